package org.masar.assistance;

import java.util.UUID;
import org.masar.shared.PublicId;

/**
 * A cash cycle's opaque public id. Paths and parameters of this type are read by the shared id converter.
 *
 * @param value the UUID
 */
public record CashCycleId(UUID value) implements PublicId {

    /** A new random id. */
    public static CashCycleId random() {
        return new CashCycleId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
