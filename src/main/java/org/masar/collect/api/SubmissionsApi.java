package org.masar.collect.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.collect.SubmissionExportFormat;
import org.masar.collect.SubmissionExports;
import org.masar.collect.SubmissionFile;
import org.masar.collect.SubmissionId;
import org.masar.collect.SubmissionReviewState;
import org.masar.collect.Submissions;
import org.masar.shared.InvalidFields;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * What phones sent, for reviewers ({@code collect:review}: every submission of a form) and senders ({@code
 * collect:submit} alone: their own): lists, a submission with its answers, review decisions, attachments, and exports
 * ({@code collect:export}). Every read is audited.
 */
@RestController
@RequestMapping(path = "/api/v1/collect/forms/{formId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Collect submissions", description = "Submissions sent by phones: browse, review, export")
class SubmissionsApi {

    static final String EXPORT = """
            Columns: _instance_id, _received_at, _submitter, _version, _review_state, _mapping_state, then one per \
            question outside repeats in form order, named by path. A repeat's instances are in a table of their own \
            (_instance_id, _index, its questions): in XLSX a sheet per repeat; in CSV the table of ?repeat=<path>. \
            Streamed; needs collect:export; audited with its filter and row count.""";

    private final Submissions submissions;
    private final SubmissionExports exports;

    SubmissionsApi(Submissions submissions, SubmissionExports exports) {
        this.submissions = submissions;
        this.exports = exports;
    }

    @GetMapping("/submissions")
    @Operation(
            summary = "A form's submissions, newest first (current versions unless all=true or instanceId is given); "
                    + "a holder of collect:submit alone sees only their own")
    PageJson<SubmissionJson> list(
            @PathVariable String formId,
            @ParameterObject SubmissionQuery query,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return submissions.list(formId, query.filter(), new Paging(page, size)).map(SubmissionJson::of);
    }

    @GetMapping("/submissions/{id}")
    @Operation(
            summary = "A submission with its answers (labels in the caller's language), versions, attachments "
                    + "and review history")
    SubmissionJson get(@PathVariable String formId, @PathVariable SubmissionId id) {
        return SubmissionJson.of(submissions.get(formId, id), self(formId, id));
    }

    @PostMapping(path = "/submissions/{id}/review", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Records a review decision (approved, has-issues, rejected, with a note) on the record's "
                    + "current version; needs collect:review")
    SubmissionJson review(
            @PathVariable String formId, @PathVariable SubmissionId id, @RequestBody SubmissionReviewRequest request) {
        SubmissionReviewState state = request.state() == null
                ? null
                : SubmissionReviewState.ofCode(request.state()).orElse(null);
        if (state == null) {
            throw new InvalidFields(List.of(new InvalidFields.Field("state", "collect.submissions.invalid")));
        }
        return SubmissionJson.of(submissions.review(formId, id, state, request.note()), self(formId, id));
    }

    @GetMapping(path = "/submissions/{id}/attachments/{filename}", produces = MediaType.ALL_VALUE)
    @Operation(summary = "One attachment's content, as a download")
    ResponseEntity<byte[]> attachment(
            @PathVariable String formId, @PathVariable SubmissionId id, @PathVariable String filename) {
        SubmissionFile file = submissions.attachment(formId, id, filename);
        MediaType type;
        try {
            type = MediaType.parseMediaType(file.contentType());
        } catch (IllegalArgumentException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.bytes());
    }

    @GetMapping(path = "/submissions.csv", produces = "text/csv")
    @Operation(summary = "The submissions as CSV (UTF-8 with a byte-order mark)", description = EXPORT)
    void csv(
            @PathVariable String formId,
            @ParameterObject SubmissionQuery query,
            @RequestParam(required = false) @Nullable String repeat,
            HttpServletResponse response) {
        exports.export(
                formId,
                query.filter(),
                SubmissionExportFormat.CSV,
                repeat == null || repeat.isBlank() ? null : repeat.strip(),
                file(response, SubmissionExportFormat.CSV, formId + (repeat == null ? "" : "-" + repeat)));
    }

    @GetMapping(
            path = "/submissions.xlsx",
            produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The submissions as XLSX, a sheet per repeat", description = EXPORT)
    void xlsx(@PathVariable String formId, @ParameterObject SubmissionQuery query, HttpServletResponse response) {
        exports.export(
                formId,
                query.filter(),
                SubmissionExportFormat.XLSX,
                null,
                file(response, SubmissionExportFormat.XLSX, formId));
    }

    private static String self(String formId, SubmissionId id) {
        return "/api/v1/collect/forms/" + UriUtils.encodePathSegment(formId, "UTF-8") + "/submissions/" + id;
    }

    /**
     * The response's body, which becomes a file only when the first byte is written: a refusal or a bad filter before
     * that is answered as a problem, with no attachment header left on it.
     */
    static OutputStream file(HttpServletResponse response, SubmissionExportFormat format, String name) {
        return new OutputStream() {
            private @Nullable OutputStream body;

            private OutputStream body() throws IOException {
                if (body == null) {
                    response.setContentType(format.contentType());
                    response.setHeader(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename(name.replace('/', '-') + "." + format.extension(), StandardCharsets.UTF_8)
                                    .build()
                                    .toString());
                    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                    response.setHeader("X-Content-Type-Options", "nosniff");
                    body = response.getOutputStream();
                }
                return body;
            }

            @Override
            public void write(int b) throws IOException {
                body().write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                body().write(bytes, offset, length);
            }

            @Override
            public void flush() throws IOException {
                if (body != null) {
                    body.flush();
                }
            }

            @Override
            public void close() {
                // The container closes the response.
            }
        };
    }
}
