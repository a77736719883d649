package org.masar.collect;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A form with what reviewers have to do on it: its current submissions, those still to review, those kept unmapped.
 *
 * @param lastReceivedAt when its latest submission came in; null when none has
 */
public record SubmissionForm(
        String formId,
        String title,
        long submissions,
        long toReview,
        long unmapped,
        @Nullable Instant lastReceivedAt) {}
