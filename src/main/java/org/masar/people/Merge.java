package org.masar.people;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One merge of a person's record into another's (the survivor), and its undoing when it was undone.
 *
 * @param merged the record merged away; it stays as a row pointing to the survivor
 * @param mergedNumber the merged record's registration number, which people may still quote
 * @param survivor the record that carries on
 */
public record Merge(
        PersonId merged,
        String mergedNumber,
        PersonId survivor,
        Instant mergedAt,
        String mergedBy,
        @Nullable Instant undoneAt,
        @Nullable String undoneBy) {

    /** Whether the merge was undone. */
    public boolean undone() {
        return undoneAt != null;
    }
}
