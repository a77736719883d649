package org.masar.collect;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a submission stands in review: {@code received} until a reviewer decides, then {@code approved}, {@code
 * has-issues} or {@code rejected} (a decision may be changed; every one is kept in the review history).
 */
public enum SubmissionReviewState {
    RECEIVED,
    APPROVED,
    HAS_ISSUES,
    REJECTED;

    /** The code of the API and the database ({@code has-issues}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The state with this code ({@code approved}, {@code has-issues}…), if there is one. */
    public static Optional<SubmissionReviewState> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
