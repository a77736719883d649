package org.masar.dtm;

import java.util.UUID;
import org.masar.shared.PublicId;

/**
 * A mobility-tracking round's opaque public id. Paths and parameters of this type are read by the shared id converter.
 *
 * @param value the UUID
 */
public record RoundId(UUID value) implements PublicId {

    /** A new random id. */
    public static RoundId random() {
        return new RoundId(UUID.randomUUID());
    }

    /** Reads an id from a form; text that is not a UUID names no round, so it is a {@link RoundNotFound}. */
    public static RoundId parse(String text) {
        try {
            return new RoundId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notAUuid) {
            throw new RoundNotFound(text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
