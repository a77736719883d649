package org.masar.people;

import java.util.UUID;
import org.masar.shared.PublicId;

/**
 * A household's opaque public id. Paths and parameters of this type are read by the shared id converter.
 *
 * @param value the UUID
 */
public record HouseholdId(UUID value) implements PublicId {

    /** A new random id. */
    public static HouseholdId random() {
        return new HouseholdId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
