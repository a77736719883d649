package org.masar.people;

import java.util.Locale;
import java.util.Optional;

/** How a member of a household is related to its head; the API writes it in lower case. */
public enum Relationship {
    HEAD,
    SPOUSE,
    CHILD,
    PARENT,
    SIBLING,
    GRANDCHILD,
    GRANDPARENT,
    OTHER_RELATIVE,
    UNRELATED;

    /** The API's and the database's spelling. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The relationship spelt this way, if there is one. */
    public static Optional<Relationship> of(String code) {
        for (Relationship relationship : values()) {
            if (relationship.code().equals(code)) {
                return Optional.of(relationship);
            }
        }
        return Optional.empty();
    }
}
