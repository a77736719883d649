package org.masar.people;

import java.util.UUID;
import org.masar.shared.PublicId;

/**
 * The opaque public id of one screening of a person.
 *
 * @param value the UUID
 */
public record ScreeningId(UUID value) implements PublicId {

    @Override
    public String toString() {
        return value.toString();
    }
}
