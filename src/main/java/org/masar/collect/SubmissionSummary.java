package org.masar.collect;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored submission as lists show it: who sent it from which phone, when, its review state and what its binding
 * made of it; never the answers.
 *
 * @param recordId shared by a submission and its edits
 * @param formVersion the form version it was filled in ({@code version} attribute)
 * @param deprecatedId the {@code instanceID} this one replaced, for an edit
 * @param current whether it is the record's latest version (an edit replaces it)
 * @param submitter the username of the account that sent it
 * @param deviceId the phone's device id, when the instance carries one
 * @param mapping what the form's binding made of it; null when the form had no binding
 */
public record SubmissionSummary(
        SubmissionId id,
        String formId,
        String instanceId,
        UUID recordId,
        String formVersion,
        @Nullable String deprecatedId,
        boolean current,
        String submitter,
        @Nullable String deviceId,
        Instant receivedAt,
        int attachmentsExpected,
        int attachmentsPresent,
        SubmissionReviewState reviewState,
        @Nullable SubmissionMapping mapping) {}
