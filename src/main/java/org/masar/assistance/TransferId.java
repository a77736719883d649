package org.masar.assistance;

import java.util.UUID;
import org.masar.shared.PublicId;

/**
 * A cash transfer's opaque public id. Paths and parameters of this type are read by the shared id converter.
 *
 * @param value the UUID
 */
public record TransferId(UUID value) implements PublicId {

    /** A new random id. */
    public static TransferId random() {
        return new TransferId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
