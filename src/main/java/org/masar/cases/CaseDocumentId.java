package org.masar.cases;

import java.util.UUID;
import org.masar.shared.PublicId;

/**
 * The opaque public id of a document attached to a case. Paths and parameters of this type are read by the shared id converter.
 *
 * @param value the UUID
 */
public record CaseDocumentId(UUID value) implements PublicId {

    /** A new random id. */
    public static CaseDocumentId random() {
        return new CaseDocumentId(UUID.randomUUID());
    }

    /** Reads an id from a form; text that is not a UUID names nothing, so it is a {@link CaseDocumentNotFound}. */
    public static CaseDocumentId parse(String text) {
        try {
            return new CaseDocumentId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notAUuid) {
            throw new CaseDocumentNotFound(text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
