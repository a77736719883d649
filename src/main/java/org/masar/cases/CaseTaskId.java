package org.masar.cases;

import java.util.UUID;
import org.masar.shared.PublicId;

/**
 * The opaque public id of a task on a case. Paths and parameters of this type are read by the shared id converter.
 *
 * @param value the UUID
 */
public record CaseTaskId(UUID value) implements PublicId {

    /** A new random id. */
    public static CaseTaskId random() {
        return new CaseTaskId(UUID.randomUUID());
    }

    /** Reads an id from a form; text that is not a UUID names nothing, so it is a {@link CaseTaskNotFound}. */
    public static CaseTaskId parse(String text) {
        try {
            return new CaseTaskId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notAUuid) {
            throw new CaseTaskNotFound(text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
