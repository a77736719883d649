package org.masar.cases;

import java.util.UUID;
import org.masar.shared.PublicId;

/**
 * A case's opaque public id. Paths and parameters of this type are read by the shared id converter.
 *
 * @param value the UUID
 */
public record CaseId(UUID value) implements PublicId {

    /** A new random id. */
    public static CaseId random() {
        return new CaseId(UUID.randomUUID());
    }

    /** Reads an id from a form; text that is not a UUID names no case, so it is a {@link CaseNotFound}. */
    public static CaseId parse(String text) {
        try {
            return new CaseId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notAUuid) {
            throw new CaseNotFound(text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
