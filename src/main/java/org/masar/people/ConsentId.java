package org.masar.people;

import java.util.UUID;
import org.masar.shared.PublicId;

/**
 * A consent's opaque public id.
 *
 * @param value the UUID
 */
public record ConsentId(UUID value) implements PublicId {

    /** A new random id. */
    public static ConsentId random() {
        return new ConsentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
