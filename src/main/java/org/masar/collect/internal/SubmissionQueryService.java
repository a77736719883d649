package org.masar.collect.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.CurrentUser;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditOutcome;
import org.masar.audit.AuditTrail;
import org.masar.collect.FormNotFound;
import org.masar.collect.SubmissionDetail;
import org.masar.collect.SubmissionFile;
import org.masar.collect.SubmissionFilter;
import org.masar.collect.SubmissionForm;
import org.masar.collect.SubmissionId;
import org.masar.collect.SubmissionNotCurrent;
import org.masar.collect.SubmissionNotFound;
import org.masar.collect.SubmissionReviewState;
import org.masar.collect.SubmissionSummary;
import org.masar.collect.Submissions;
import org.masar.shared.ForbiddenException;
import org.masar.shared.InvalidFields;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads submissions for their reviewers (and their senders) and records review decisions. Answers are read from the
 * stored instance with StAX ({@link SubmissionExportXml}) against the version's cached {@link FormSchema}, so that
 * labels come in the reader's language. Every read is audited with what was read; reads of others' submissions by a
 * sender are refused (403, audited by the trail's net for refusals).
 */
@Service
class SubmissionQueryService implements Submissions {

    static final String SUBMISSION = "collect-submission";
    static final String FORM = "collect-form";
    static final int NOTE_MAX = 2000;

    private final JdbcClient jdbc;
    private final FormSchemas schemas;
    private final AuditTrail audit;
    private final Clock clock;

    SubmissionQueryService(JdbcClient jdbc, FormSchemas schemas, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.schemas = schemas;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAuthority('collect:review')")
    @Transactional(readOnly = true)
    public PageJson<SubmissionForm> forms(Paging paging) {
        long total =
                jdbc.sql("SELECT count(*) FROM collect_form").query(Long.class).single();
        List<SubmissionForm> items = jdbc.sql("""
                        SELECT f.form_id, f.title, c.submissions, c.to_review, c.unmapped, c.last_received
                          FROM collect_form f
                          CROSS JOIN LATERAL (
                                SELECT count(*) FILTER (WHERE s.current) AS submissions,
                                       count(*) FILTER (WHERE s.current AND s.review_state = 'received') AS to_review,
                                       count(*) FILTER (WHERE s.current AND s.mapping_state = 'unmapped') AS unmapped,
                                       max(s.received_at) AS last_received
                                  FROM collect_submission s WHERE s.form = f.id) c
                         ORDER BY c.last_received DESC NULLS LAST, f.form_id
                         LIMIT :limit OFFSET :offset
                        """)
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query((row, n) -> new SubmissionForm(
                        row.getString("form_id"),
                        row.getString("title"),
                        row.getLong("submissions"),
                        row.getLong("to_review"),
                        row.getLong("unmapped"),
                        row.getTimestamp("last_received") == null
                                ? null
                                : row.getTimestamp("last_received").toInstant()))
                .list();
        return paging.page(items, total);
    }

    @Override
    @PreAuthorize("hasAnyAuthority('collect:review', 'collect:submit')")
    @Transactional(readOnly = true)
    public PageJson<SubmissionSummary> list(String formId, SubmissionFilter filter, Paging paging) {
        UUID form = formKey(formId);
        SubmissionQueryWhere.Where where = SubmissionQueryWhere.of(form, filter, SubmissionQueryWhere.onlyOf());
        long total = jdbc.sql("SELECT count(*) FROM collect_submission s WHERE " + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
        List<SubmissionSummary> items = jdbc.sql(
                        "SELECT " + SubmissionQueryWhere.SUMMARY_COLUMNS + """
                         FROM collect_submission s JOIN collect_form_version v ON v.id = s.form_version
                        WHERE %s
                        ORDER BY s.received_at DESC, s.id
                        LIMIT :limit OFFSET :offset
                        """.formatted(where.sql()))
                .params(where.params())
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query((row, n) -> SubmissionQueryWhere.summary(row, formId))
                .list();
        Map<String, String> details = new LinkedHashMap<>(filter.auditDetails());
        details.put("page", String.valueOf(paging.page()));
        details.put("rows", String.valueOf(items.size()));
        details.put("own", String.valueOf(!SubmissionQueryWhere.readsAll()));
        audit.record(
                new AuditEvent("collect.submission.listed", AuditOutcome.SUCCESS, FORM, formId, null, details, null));
        return paging.page(items, total);
    }

    @Override
    @PreAuthorize("hasAnyAuthority('collect:review', 'collect:submit')")
    @Transactional(readOnly = true)
    public SubmissionDetail get(String formId, SubmissionId id) {
        SubmissionDetail detail = read(formId, id);
        audit.record(new AuditEvent(
                "collect.submission.read",
                AuditOutcome.SUCCESS,
                SUBMISSION,
                id.toString(),
                null,
                details(formId, Map.of()),
                null));
        return detail;
    }

    @Override
    @PreAuthorize("hasAuthority('collect:review')")
    @Transactional
    public SubmissionDetail review(String formId, SubmissionId id, SubmissionReviewState state, @Nullable String note) {
        String text = note == null || note.isBlank() ? null : note.strip();
        List<InvalidFields.Field> invalid = new ArrayList<>();
        if (state == SubmissionReviewState.RECEIVED) {
            invalid.add(new InvalidFields.Field("state", "collect.submissions.invalid"));
        }
        if (text != null && text.length() > NOTE_MAX) {
            invalid.add(new InvalidFields.Field("note", "collect.error.too-long"));
        }
        if (!invalid.isEmpty()) {
            throw new InvalidFields(invalid);
        }
        UUID form = formKey(formId);
        int updated = jdbc.sql("""
                        UPDATE collect_submission SET review_state = :state
                         WHERE id = :id AND form = :form AND current
                        """)
                .param("state", state.code())
                .param("id", id.value())
                .param("form", form)
                .update();
        if (updated == 0) {
            boolean exists = jdbc.sql("SELECT EXISTS (SELECT FROM collect_submission WHERE id = :id AND form = :form)")
                    .param("id", id.value())
                    .param("form", form)
                    .query(Boolean.class)
                    .single();
            if (exists) {
                throw new SubmissionNotCurrent(id);
            }
            throw new SubmissionNotFound(formId, id.toString());
        }
        jdbc.sql("""
                        INSERT INTO collect_submission_review (id, submission, state, note, reviewed_by, reviewed_at)
                        VALUES (:id, :submission, :state, :note, :by, :at)
                        """)
                .param("id", UUID.randomUUID())
                .param("submission", id.value())
                .param("state", state.code())
                .param("note", text)
                .param("by", CurrentUser.get().username())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        audit.record(new AuditEvent(
                "collect.submission.reviewed",
                AuditOutcome.SUCCESS,
                SUBMISSION,
                id.toString(),
                null,
                details(formId, Map.of("state", state.code())),
                null));
        return read(formId, id);
    }

    @Override
    @PreAuthorize("hasAnyAuthority('collect:review', 'collect:submit')")
    @Transactional(readOnly = true)
    public SubmissionFile attachment(String formId, SubmissionId id, String filename) {
        Row row = row(formId, id);
        SubmissionFile file = jdbc.sql("""
                        SELECT a.filename, a.content_type, c.bytes
                          FROM collect_submission_attachment a
                          JOIN collect_attachment_content c ON c.sha256 = a.sha256
                         WHERE a.submission = :id AND a.filename = :name
                        """)
                .param("id", row.summary().id().value())
                .param("name", filename)
                .query((r, n) -> new SubmissionFile(
                        r.getString("filename"),
                        Optional.ofNullable(r.getString("content_type")).orElse("application/octet-stream"),
                        r.getBytes("bytes")))
                .optional()
                .orElseThrow(() -> new SubmissionNotFound(formId, filename));
        audit.record(new AuditEvent(
                "collect.submission.attachment-read",
                AuditOutcome.SUCCESS,
                SUBMISSION,
                id.toString(),
                null,
                details(formId, Map.of("file", filename)),
                null));
        return file;
    }

    // ---------------------------------------------------------------- details

    /** A submission row with what its detail needs. */
    private record Row(SubmissionSummary summary, UUID versionId, String title, String xml, UUID submittedBy) {}

    private Row row(String formId, SubmissionId id) {
        UUID form = formKey(formId);
        Row row = jdbc.sql("SELECT " + SubmissionQueryWhere.SUMMARY_COLUMNS + """
                        , s.form_version AS version_id, v.title, s.xml, s.submitted_by
                         FROM collect_submission s JOIN collect_form_version v ON v.id = s.form_version
                        WHERE s.id = :id AND s.form = :form
                        """)
                .param("id", id.value())
                .param("form", form)
                .query((r, n) -> new Row(
                        SubmissionQueryWhere.summary(r, formId),
                        r.getObject("version_id", UUID.class),
                        r.getString("title"),
                        r.getString("xml"),
                        r.getObject("submitted_by", UUID.class)))
                .optional()
                .orElseThrow(() -> new SubmissionNotFound(formId, id.toString()));
        UUID onlyOf = SubmissionQueryWhere.onlyOf();
        if (onlyOf != null && !onlyOf.equals(row.submittedBy())) {
            throw new ForbiddenException("collect.submission-forbidden", id.toString());
        }
        return row;
    }

    private SubmissionDetail read(String formId, SubmissionId id) {
        Row row = row(formId, id);
        FormSchema schema = schemas.of(row.versionId());
        SubmissionExportXml.Read answers = SubmissionExportXml.read(row.xml(), Set.copyOf(schema.repeats()), true);
        String language = LocaleContextHolder.getLocale().getLanguage();
        List<SubmissionDetail.Answer> top = new ArrayList<>();
        for (FormSchema.Field field : schema.fields()) {
            if (field.repeat() == null) {
                top.add(answer(field, answers.values().get(field.path()), language));
            }
        }
        List<SubmissionDetail.Repeat> repeats = new ArrayList<>();
        for (String repeat : schema.repeats()) {
            List<SubmissionDetail.RepeatInstance> instances = new ArrayList<>();
            for (SubmissionExportXml.Instance instance : answers.repeats().getOrDefault(repeat, List.of())) {
                List<SubmissionDetail.Answer> inside = new ArrayList<>();
                for (FormSchema.Field field : schema.fields()) {
                    if (repeat.equals(field.repeat())) {
                        inside.add(answer(field, instance.values().get(field.path()), language));
                    }
                }
                instances.add(new SubmissionDetail.RepeatInstance(instance.index(), inside));
            }
            repeats.add(new SubmissionDetail.Repeat(repeat, instances));
        }
        List<SubmissionSummary> versions = jdbc.sql("SELECT " + SubmissionQueryWhere.SUMMARY_COLUMNS + """
                         FROM collect_submission s JOIN collect_form_version v ON v.id = s.form_version
                        WHERE s.record_id = :record AND s.form = (SELECT form FROM collect_submission WHERE id = :id)
                        ORDER BY s.received_at DESC, s.id
                        """)
                .param("record", row.summary().recordId())
                .param("id", id.value())
                .query((r, n) -> SubmissionQueryWhere.summary(r, formId))
                .list();
        List<SubmissionDetail.Attachment> attachments = jdbc.sql("""
                        SELECT filename, content_type, size, sha256 IS NOT NULL AS present, received_at
                          FROM collect_submission_attachment WHERE submission = :id ORDER BY filename
                        """)
                .param("id", id.value())
                .query((r, n) -> new SubmissionDetail.Attachment(
                        r.getString("filename"),
                        r.getString("content_type"),
                        r.getObject("size") == null ? null : r.getLong("size"),
                        r.getBoolean("present"),
                        r.getTimestamp("received_at") == null
                                ? null
                                : r.getTimestamp("received_at").toInstant()))
                .list();
        List<SubmissionDetail.Review> reviews = jdbc.sql("""
                        SELECT state, note, reviewed_by, reviewed_at FROM collect_submission_review
                         WHERE submission = :id ORDER BY reviewed_at, id
                        """)
                .param("id", id.value())
                .query((r, n) -> new SubmissionDetail.Review(
                        SubmissionQueryWhere.reviewState(r.getString("state")),
                        r.getString("note"),
                        r.getString("reviewed_by"),
                        r.getTimestamp("reviewed_at").toInstant()))
                .list();
        return new SubmissionDetail(row.summary(), row.title(), top, repeats, versions, attachments, reviews);
    }

    private static SubmissionDetail.Answer answer(FormSchema.Field field, @Nullable String value, String language) {
        String valueLabel = null;
        if (value != null && !field.choices().isEmpty()) {
            Map<String, FormSchema.Choice> byValue = new LinkedHashMap<>();
            field.choices().forEach(c -> byValue.put(c.value(), c));
            List<String> labels = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String chosen : value.split("\\s+")) {
                FormSchema.Choice choice = byValue.get(chosen);
                String label = choice == null ? null : label(choice.labels(), language);
                if (seen.add(chosen)) {
                    labels.add(label == null ? chosen : label);
                }
            }
            valueLabel = String.join(", ", labels);
        }
        return new SubmissionDetail.Answer(
                field.path(), label(field.labels(), language), field.type(), value, valueLabel);
    }

    /** A label in the reader's language, else the form's only or default language, else any. */
    static @Nullable String label(Map<String, String> labels, String language) {
        if (labels.isEmpty()) {
            return null;
        }
        String label = labels.get(language);
        if (label == null) {
            label = labels.get("");
        }
        if (label == null) {
            label = labels.get("en");
        }
        return label != null ? label : labels.values().iterator().next();
    }

    private UUID formKey(String formId) {
        return jdbc.sql("SELECT id FROM collect_form WHERE form_id = :formId")
                .param("formId", formId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new FormNotFound(formId));
    }

    private static Map<String, String> details(String formId, Map<String, String> more) {
        Map<String, String> details = new LinkedHashMap<>(more);
        details.put("form", formId);
        return details;
    }
}
