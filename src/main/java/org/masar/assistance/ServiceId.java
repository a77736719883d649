package org.masar.assistance;

import java.util.UUID;
import org.masar.shared.PublicId;

/**
 * A delivered service's opaque public id. Paths and parameters of this type are read by the shared id converter.
 *
 * @param value the UUID
 */
public record ServiceId(UUID value) implements PublicId {

    /** A new random id. */
    public static ServiceId random() {
        return new ServiceId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
