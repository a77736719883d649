package org.masar.collect;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which of a form's submissions to list or export; every part is optional.
 *
 * @param reviewState only those in this review state
 * @param mappingState {@code mapped}, {@code unmapped}, or {@code none} (not handed to a binding)
 * @param submitter only those sent by this username
 * @param from received on or after this day (UTC)
 * @param to received on or before this day (UTC)
 * @param instanceId only the submission with this {@code instanceID} (whether current or replaced by an edit)
 * @param allVersions every version of edited records, not only the current one
 */
public record SubmissionFilter(
        @Nullable SubmissionReviewState reviewState,
        @Nullable String mappingState,
        @Nullable String submitter,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String instanceId,
        boolean allVersions) {

    /** The current versions of every submission. */
    public static SubmissionFilter current() {
        return new SubmissionFilter(null, null, null, null, null, null, false);
    }

    /** The filter's parts that are set, as short codes for the audit trail (no answer, no name but a username). */
    public java.util.Map<String, String> auditDetails() {
        java.util.Map<String, String> details = new java.util.LinkedHashMap<>();
        if (reviewState != null) {
            details.put("reviewState", reviewState.code());
        }
        if (mappingState != null) {
            details.put("mappingState", mappingState);
        }
        if (submitter != null) {
            details.put("submitter", submitter);
        }
        if (from != null) {
            details.put("from", from.toString());
        }
        if (to != null) {
            details.put("to", to.toString());
        }
        if (instanceId != null) {
            details.put("instanceId", instanceId);
        }
        if (allVersions) {
            details.put("allVersions", "true");
        }
        return details;
    }
}
