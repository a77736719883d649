package org.masar.collect.internal.binding;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.CurrentUser;
import org.masar.access.UserId;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.collect.Binding;
import org.masar.collect.BindingNotFound;
import org.masar.collect.BindingNotUnmapped;
import org.masar.collect.BindingOutcome;
import org.masar.collect.BindingSubmissionNotFound;
import org.masar.collect.BindingUnmapped;
import org.masar.collect.Bindings;
import org.masar.collect.FormNotFound;
import org.masar.collect.internal.BindingService;
import org.masar.collect.internal.FormSchema;
import org.masar.collect.internal.FormSchemas;
import org.masar.collect.internal.SubmissionBindings;
import org.masar.shared.InvalidFields;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bindings as form managers handle them ({@link Bindings}): a mapping is checked against the form's latest version
 * by its target's mapper before it is saved, and an unmapped submission is mapped again through the same
 * {@link BindingService} ingestion calls, its answers read again from the stored document.
 */
@Service
class BindingManager implements Bindings {

    private static final String SUBJECT = "collect-form";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final BindingService bindings;
    private final FormSchemas schemas;
    private final AuditTrail audit;
    private final Clock clock;

    BindingManager(
            JdbcClient jdbc,
            JsonMapper json,
            BindingService bindings,
            FormSchemas schemas,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.bindings = bindings;
        this.schemas = schemas;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAuthority('collect:manage-forms')")
    @Transactional(readOnly = true)
    public Optional<Binding> find(String formId) {
        UUID form = form(formId);
        return jdbc.sql("""
                        SELECT target, mapping::text AS mapping, updated_by, updated_at
                          FROM collect_binding WHERE form = :form
                        """)
                .param("form", form)
                .query((rs, n) -> new Binding(
                        formId,
                        rs.getString("target"),
                        json.readTree(rs.getString("mapping")),
                        rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    @Override
    @PreAuthorize("hasAuthority('collect:manage-forms')")
    @Transactional
    public Binding put(String formId, String target, @Nullable JsonNode mapping) {
        UUID form = form(formId);
        List<InvalidFields.Field> errors = new ArrayList<>();
        Optional<BindingService.TargetMapper> mapper =
                TARGETS.contains(target) ? bindings.mapper(target) : Optional.empty();
        if (mapper.isEmpty()) {
            errors.add(new InvalidFields.Field("target", "collect.binding.unknown-target"));
        }
        if (mapping == null || mapping.isNull() || mapping.isMissingNode()) {
            errors.add(new InvalidFields.Field("mapping", MappingCheck.REQUIRED));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        FormSchema schema = schemas.of(latestVersion(form, formId));
        errors.addAll(mapper.get().check(mapping, schema));
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        String by = CurrentUser.get().username();
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO collect_binding (form, target, mapping, updated_by, updated_at)
                        VALUES (:form, :target, CAST(:mapping AS jsonb), :by, :now)
                        ON CONFLICT (form) DO UPDATE
                           SET target = EXCLUDED.target, mapping = EXCLUDED.mapping,
                               updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
                        """)
                .param("form", form)
                .param("target", target)
                .param("mapping", json.writeValueAsString(mapping))
                .param("by", by)
                .param("now", Timestamp.from(now))
                .update();
        audit.record(AuditEvent.of("collect.binding.saved", SUBJECT, formId)
                .with("target", target)
                .with("version", schema.version()));
        return find(formId).orElseThrow();
    }

    @Override
    @PreAuthorize("hasAuthority('collect:manage-forms')")
    @Transactional
    public void delete(String formId) {
        UUID form = form(formId);
        String target = jdbc.sql("DELETE FROM collect_binding WHERE form = :form RETURNING target")
                .param("form", form)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new BindingNotFound(formId));
        audit.record(AuditEvent.of("collect.binding.deleted", SUBJECT, formId).with("target", target));
    }

    @Override
    @PreAuthorize("hasAuthority('collect:manage-forms') or hasAuthority('collect:review')")
    @Transactional
    public PageJson<BindingUnmapped> unmapped(String formId, Paging paging) {
        UUID form = form(formId);
        long total = jdbc.sql("""
                        SELECT count(*) FROM collect_submission
                         WHERE form = :form AND mapping_state = 'unmapped' AND current
                        """).param("form", form).query(Long.class).single();
        List<BindingUnmapped> items = jdbc.sql("""
                        SELECT id, instance_id, submitter, received_at, mapping_target, mapping_reason
                          FROM collect_submission
                         WHERE form = :form AND mapping_state = 'unmapped' AND current
                         ORDER BY received_at DESC, id
                         LIMIT :limit OFFSET :offset
                        """)
                .param("form", form)
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query((rs, n) -> new BindingUnmapped(
                        rs.getObject("id", UUID.class),
                        rs.getString("instance_id"),
                        rs.getString("submitter"),
                        rs.getTimestamp("received_at").toInstant(),
                        rs.getString("mapping_target"),
                        rs.getString("mapping_reason")))
                .list();
        audit.record(AuditEvent.of("collect.binding.unmapped-read", SUBJECT, formId)
                .with("page", paging.page())
                .with("rows", items.size()));
        return paging.page(items, total);
    }

    @Override
    @PreAuthorize("hasAuthority('collect:manage-forms')")
    @Transactional
    public BindingOutcome map(String formId, UUID submissionId) {
        UUID form = form(formId);
        Row row = rows(form, "s.id = :id", submissionId, 1).stream()
                .findFirst()
                .orElseThrow(() -> new BindingSubmissionNotFound(formId, submissionId.toString()));
        if (!row.current() || !"unmapped".equals(row.state())) {
            throw new BindingNotUnmapped(
                    submissionId.toString(), row.current() ? String.valueOf(row.state()) : "replaced");
        }
        BindingOutcome outcome = remap(formId, form, row, bound(form, formId));
        audit.record(AuditEvent.of("collect.binding.remapped", SUBJECT, formId)
                .with("submission", submissionId.toString())
                .with("state", outcome.state()));
        return outcome;
    }

    @Override
    @PreAuthorize("hasAuthority('collect:manage-forms')")
    @Transactional
    public List<BindingOutcome> mapAll(String formId) {
        UUID form = form(formId);
        String[] binding = bound(form, formId);
        List<BindingOutcome> outcomes = new ArrayList<>();
        for (Row row : rows(form, "s.mapping_state = 'unmapped' AND s.current", null, MAX_REMAP)) {
            outcomes.add(remap(formId, form, row, binding));
        }
        long mapped = outcomes.stream().filter(BindingOutcome::mapped).count();
        audit.record(AuditEvent.of("collect.binding.remapped-all", SUBJECT, formId)
                .with("tried", outcomes.size())
                .with("mapped", mapped));
        return outcomes;
    }

    /** A stored submission as mapping it again needs. */
    private record Row(
            UUID id,
            UUID version,
            String instanceId,
            @Nullable String deprecatedId,
            String xml,
            UUID submittedBy,
            boolean current,
            @Nullable String state) {}

    private List<Row> rows(UUID form, String where, @Nullable UUID id, int limit) {
        var sql = jdbc.sql("""
                        SELECT s.id, s.form_version, s.instance_id, s.deprecated_id, s.xml, s.submitted_by, s.current,
                               s.mapping_state
                          FROM collect_submission s
                         WHERE s.form = :form AND %s
                         ORDER BY s.received_at, s.id
                         LIMIT :limit
                        """.formatted(where)).param("form", form).param("limit", limit);
        if (id != null) {
            sql = sql.param("id", id);
        }
        return sql.query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("form_version", UUID.class),
                        rs.getString("instance_id"),
                        rs.getString("deprecated_id"),
                        rs.getString("xml"),
                        rs.getObject("submitted_by", UUID.class),
                        rs.getBoolean("current"),
                        rs.getString("mapping_state")))
                .list();
    }

    private BindingOutcome remap(String formId, UUID form, Row row, String[] binding) {
        FormSchema schema = schemas.of(row.version());
        SubmissionBindings.Stored stored = new SubmissionBindings.Stored(
                row.id(),
                form,
                formId,
                schema,
                row.instanceId(),
                row.deprecatedId(),
                StoredAnswers.read(row.xml(), schema),
                new UserId(row.submittedBy()));
        SubmissionBindings.Outcome outcome = bindings.map(stored, binding[0], binding[1]);
        String state;
        String ref = null;
        String reason = null;
        String target;
        switch (outcome) {
            case SubmissionBindings.Mapped mapped -> {
                state = "mapped";
                target = mapped.target();
                ref = mapped.ref();
            }
            case SubmissionBindings.Unmapped unmapped -> {
                state = "unmapped";
                target = unmapped.target();
                reason = unmapped.reason();
            }
            case SubmissionBindings.Unbound unbound -> {
                state = "unmapped";
                target = binding[0];
                reason = "The form has no binding";
            }
        }
        jdbc.sql("""
                        UPDATE collect_submission
                           SET mapping_state = :state, mapping_target = :target, mapping_ref = :ref,
                               mapping_reason = :reason
                         WHERE id = :id
                        """)
                .param("state", state)
                .param("target", target)
                .param("ref", ref)
                .param("reason", reason)
                .param("id", row.id())
                .update();
        return new BindingOutcome(row.id(), row.instanceId(), state, target, ref, reason);
    }

    /** The form's binding: target and mapping JSON. */
    private String[] bound(UUID form, String formId) {
        return jdbc.sql("SELECT target, mapping::text AS mapping FROM collect_binding WHERE form = :form")
                .param("form", form)
                .query((rs, n) -> new String[] {rs.getString("target"), rs.getString("mapping")})
                .optional()
                .orElseThrow(() -> new BindingNotFound(formId));
    }

    private UUID form(String formId) {
        return jdbc.sql("SELECT id FROM collect_form WHERE form_id = :formId")
                .param("formId", formId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new FormNotFound(formId));
    }

    private UUID latestVersion(UUID form, String formId) {
        return jdbc.sql("""
                        SELECT id FROM collect_form_version WHERE form = :form
                         ORDER BY uploaded_at DESC, id LIMIT 1
                        """)
                .param("form", form)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new FormNotFound(formId));
    }
}
