package org.masar.access;

import java.util.UUID;
import org.masar.shared.PublicId;

/** The opaque public id of an organisation (the mission or a partner). */
public record OrganisationId(UUID value) implements PublicId {

    /** Reads an id from a path or a form; an invalid text throws {@link IllegalArgumentException}. */
    public static OrganisationId parse(String text) {
        return new OrganisationId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
