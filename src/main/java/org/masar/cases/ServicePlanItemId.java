package org.masar.cases;

import java.util.UUID;
import org.masar.shared.PublicId;

/**
 * The opaque public id of an item of a case's service plan. Paths and parameters of this type are read by the shared id converter.
 *
 * @param value the UUID
 */
public record ServicePlanItemId(UUID value) implements PublicId {

    /** A new random id. */
    public static ServicePlanItemId random() {
        return new ServicePlanItemId(UUID.randomUUID());
    }

    /** Reads an id from a form; text that is not a UUID names nothing, so it is a {@link ServicePlanItemNotFound}. */
    public static ServicePlanItemId parse(String text) {
        try {
            return new ServicePlanItemId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notAUuid) {
            throw new ServicePlanItemNotFound(text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
