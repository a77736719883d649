package org.masar.people;

import java.util.UUID;
import org.masar.shared.PublicId;

/**
 * A person's opaque public id. Paths and parameters of this type are read by the shared id converter.
 *
 * @param value the UUID
 */
public record PersonId(UUID value) implements PublicId {

    /** A new random id. */
    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    /** Reads an id from a form; text that is not a UUID names no person, so it is a {@link PersonNotFound}. */
    public static PersonId parse(String text) {
        try {
            return new PersonId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notAUuid) {
            throw new PersonNotFound(text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
