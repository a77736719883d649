package org.masar.collect.api;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.collect.SubmissionFilter;
import org.masar.collect.SubmissionReviewState;
import org.masar.shared.InvalidFields;

/** The filter of a list or an export of submissions, as its query string gives it (every parameter optional). */
record SubmissionQuery(
        @Parameter(description = "received, approved, has-issues or rejected") @Nullable
        String reviewState,

        @Parameter(description = "mapped, unmapped or none (not handed to a binding)") @Nullable
        String mappingState,

        @Parameter(description = "the username that sent them") @Nullable
        String submitter,

        @Parameter(description = "received on or after this day (UTC), YYYY-MM-DD") @Nullable
        String from,

        @Parameter(description = "received on or before this day (UTC), YYYY-MM-DD") @Nullable
        String to,

        @Parameter(description = "the submission with this instanceID, whether current or replaced by an edit")
        @Nullable
        String instanceId,

        @Parameter(description = "true: every version of edited records, not only the current one") @Nullable
        Boolean all) {

    /** The filter; a malformed value is a 400 naming its parameter. */
    SubmissionFilter filter() {
        SubmissionReviewState state = null;
        if (!blank(reviewState)) {
            state = SubmissionReviewState.ofCode(reviewState.strip()).orElseThrow(() -> invalid("reviewState"));
        }
        return new SubmissionFilter(
                state,
                blank(mappingState) ? null : mappingState.strip(),
                blank(submitter) ? null : submitter.strip(),
                day("from", from),
                day("to", to),
                blank(instanceId) ? null : instanceId.strip(),
                Boolean.TRUE.equals(all));
    }

    private static @Nullable LocalDate day(String field, @Nullable String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException malformed) {
            throw invalid(field);
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static InvalidFields invalid(String field) {
        return new InvalidFields(List.of(new InvalidFields.Field(field, "collect.submissions.invalid")));
    }
}
