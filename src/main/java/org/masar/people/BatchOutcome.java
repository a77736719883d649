package org.masar.people;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What became of one person of a batch: registered, or refused with the fields in error (and nothing written for it).
 *
 * @param index the person's position in the batch, from 0
 */
public record BatchOutcome(int index, @Nullable Registration registration, List<InvalidField> errors) {

    public BatchOutcome {
        errors = List.copyOf(errors);
    }

    public boolean registered() {
        return registration != null;
    }
}
