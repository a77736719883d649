package org.masar.cases;

import java.util.UUID;
import org.masar.shared.PublicId;

/**
 * The opaque public id of a note on a case. Paths and parameters of this type are read by the shared id converter.
 *
 * @param value the UUID
 */
public record CaseNoteId(UUID value) implements PublicId {

    /** A new random id. */
    public static CaseNoteId random() {
        return new CaseNoteId(UUID.randomUUID());
    }

    /** Reads an id from a form; text that is not a UUID names nothing, so it is a {@link CaseNoteNotFound}. */
    public static CaseNoteId parse(String text) {
        try {
            return new CaseNoteId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notAUuid) {
            throw new CaseNoteNotFound(text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
