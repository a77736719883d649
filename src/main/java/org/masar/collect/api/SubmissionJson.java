package org.masar.collect.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.collect.SubmissionDetail;
import org.masar.collect.SubmissionMapping;
import org.masar.collect.SubmissionSummary;

/**
 * A submission as the API shows it: in lists without its answers; alone with them, its versions, attachments and
 * reviews.
 *
 * @param reviewState {@code received}, {@code approved}, {@code has-issues} or {@code rejected}
 * @param mapping what the form's binding made of it; null when the form had no binding
 */
record SubmissionJson(
        UUID id,
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
        String reviewState,
        @Nullable SubmissionMapping mapping,
        @Nullable String formTitle,
        @Nullable List<SubmissionDetail.Answer> answers,
        @Nullable List<RepeatJson> repeats,
        @Nullable List<SubmissionJson> versions,
        @Nullable List<AttachmentJson> attachments,
        @Nullable List<ReviewJson> reviews) {

    record RepeatJson(String path, List<SubmissionDetail.RepeatInstance> instances) {}

    record AttachmentJson(
            String filename,
            @Nullable String contentType,
            @Nullable Long size,
            boolean present,
            @Nullable Instant receivedAt,
            @Nullable String downloadUrl) {}

    record ReviewJson(String state, @Nullable String note, String reviewedBy, Instant reviewedAt) {}

    static SubmissionJson of(SubmissionSummary s) {
        return new SubmissionJson(
                s.id().value(),
                s.formId(),
                s.instanceId(),
                s.recordId(),
                s.formVersion(),
                s.deprecatedId(),
                s.current(),
                s.submitter(),
                s.deviceId(),
                s.receivedAt(),
                s.attachmentsExpected(),
                s.attachmentsPresent(),
                s.reviewState().code(),
                s.mapping(),
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static SubmissionJson of(SubmissionDetail d, String self) {
        SubmissionSummary s = d.summary();
        return new SubmissionJson(
                s.id().value(),
                s.formId(),
                s.instanceId(),
                s.recordId(),
                s.formVersion(),
                s.deprecatedId(),
                s.current(),
                s.submitter(),
                s.deviceId(),
                s.receivedAt(),
                s.attachmentsExpected(),
                s.attachmentsPresent(),
                s.reviewState().code(),
                s.mapping(),
                d.formTitle(),
                d.answers(),
                d.repeats().stream()
                        .map(r -> new RepeatJson(r.path(), r.instances()))
                        .toList(),
                d.versions().stream().map(SubmissionJson::of).toList(),
                d.attachments().stream()
                        .map(a -> new AttachmentJson(
                                a.filename(),
                                a.contentType(),
                                a.size(),
                                a.present(),
                                a.receivedAt(),
                                a.present()
                                        ? self + "/attachments/"
                                                + org.springframework.web.util.UriUtils.encodePathSegment(
                                                        a.filename(), "UTF-8")
                                        : null))
                        .toList(),
                d.reviews().stream()
                        .map(r -> new ReviewJson(r.state().code(), r.note(), r.reviewedBy(), r.reviewedAt()))
                        .toList());
    }
}
