package org.masar.referrals.api;

import org.jspecify.annotations.Nullable;

/**
 * An answer to a referral, quoting the version the caller saw.
 *
 * @param version the referral's version as read (a stale one is a 409)
 * @param reason why it is declined or revoked
 * @param outcome how it ended (completion): service-delivered, not-reachable, refused-by-person, not-eligible,
 *     referred-onward, other
 * @param note a short note on the outcome
 */
record AnswerRequest(
        @Nullable Integer version,
        @Nullable String reason,
        @Nullable String outcome,
        @Nullable String note) {}
