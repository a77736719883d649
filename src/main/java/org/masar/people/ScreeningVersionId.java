package org.masar.people;

import java.util.UUID;
import org.masar.shared.PublicId;

/**
 * The opaque public id of one published version of a screening questionnaire.
 *
 * @param value the UUID
 */
public record ScreeningVersionId(UUID value) implements PublicId {

    @Override
    public String toString() {
        return value.toString();
    }
}
