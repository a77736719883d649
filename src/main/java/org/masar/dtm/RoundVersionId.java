package org.masar.dtm;

import java.util.UUID;
import org.masar.shared.PublicId;

/**
 * The opaque public id of one version of a round (version 1 is the collection, the next ones its corrections). It is
 * the subject of a publication request in the maker-checker.
 *
 * @param value the UUID
 */
public record RoundVersionId(UUID value) implements PublicId {

    /** A new random id. */
    public static RoundVersionId random() {
        return new RoundVersionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
