package org.masar.assistance;

import java.util.UUID;
import org.masar.shared.PublicId;

/**
 * A distribution's opaque public id. Paths and parameters of this type are read by the shared id converter.
 *
 * @param value the UUID
 */
public record DistributionId(UUID value) implements PublicId {

    /** A new random id. */
    public static DistributionId random() {
        return new DistributionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
