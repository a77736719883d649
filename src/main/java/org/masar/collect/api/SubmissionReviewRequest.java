package org.masar.collect.api;

import org.jspecify.annotations.Nullable;

/**
 * A review decision.
 *
 * @param state {@code approved}, {@code has-issues} or {@code rejected}
 * @param note why, for the sender and the other reviewers (at most 2,000 characters)
 */
record SubmissionReviewRequest(
        @Nullable String state, @Nullable String note) {}
