package org.masar.dtm;

import java.util.UUID;
import org.masar.shared.PublicId;

/**
 * An emergency event's opaque public id.
 *
 * @param value the UUID
 */
public record EmergencyEventId(UUID value) implements PublicId {

    /** A new random id. */
    public static EmergencyEventId random() {
        return new EmergencyEventId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
