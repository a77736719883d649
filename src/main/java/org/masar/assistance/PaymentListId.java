package org.masar.assistance;

import java.util.UUID;
import org.masar.shared.PublicId;

/**
 * A payment list's opaque public id. Paths and parameters of this type are read by the shared id converter.
 *
 * @param value the UUID
 */
public record PaymentListId(UUID value) implements PublicId {

    /** A new random id. */
    public static PaymentListId random() {
        return new PaymentListId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
