package org.masar.collect;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What mapping a submission (again) made of it.
 *
 * @param state {@code mapped} or {@code unmapped}
 * @param ref the record made in the target when mapped (an assessment's {@code <round>/<P-code>}, a survey's,
 *     screening's or person's id)
 * @param reason why it is still unmapped
 */
public record BindingOutcome(
        UUID submissionId,
        String instanceId,
        String state,
        String target,
        @Nullable String ref,
        @Nullable String reason) {

    /** Whether the submission is now recorded in its target. */
    public boolean mapped() {
        return "mapped".equals(state);
    }
}
