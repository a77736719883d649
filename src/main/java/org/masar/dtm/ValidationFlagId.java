package org.masar.dtm;

import java.util.UUID;
import org.masar.shared.PublicId;

/**
 * A validation flag's opaque public id.
 *
 * @param value the UUID
 */
public record ValidationFlagId(UUID value) implements PublicId {

    /** A new random id. */
    public static ValidationFlagId random() {
        return new ValidationFlagId(UUID.randomUUID());
    }

    /** Reads an id from a form; text that is not a UUID names no flag, so it is a {@link ValidationFlagNotFound}. */
    public static ValidationFlagId parse(String text) {
        try {
            return new ValidationFlagId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notAUuid) {
            throw new ValidationFlagNotFound(text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
