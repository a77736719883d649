package org.masar.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.CurrentUser;
import org.masar.access.Directory;
import org.masar.access.OfficeId;
import org.masar.access.Programme;
import org.masar.access.RecordRef;
import org.masar.access.RecordShareNotFound;
import org.masar.access.RestrictedRecordNotFound;
import org.masar.access.RestrictedRecords;
import org.masar.access.Scopes;
import org.masar.access.Sensitivity;
import org.masar.access.SystemIdentity;
import org.masar.access.UserId;
import org.masar.access.Users;
import org.masar.approvals.Approval;
import org.masar.approvals.Approvals;
import org.masar.approvals.NewApproval;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.cases.CaseApprovalPending;
import org.masar.cases.CaseAssessment;
import org.masar.cases.CaseDetails;
import org.masar.cases.CaseEvent;
import org.masar.cases.CaseFlag;
import org.masar.cases.CaseFlagNotFound;
import org.masar.cases.CaseId;
import org.masar.cases.CaseNotClosed;
import org.masar.cases.CaseNotFound;
import org.masar.cases.CaseNotOpen;
import org.masar.cases.CaseOutOfScope;
import org.masar.cases.CaseSensitivityLowered;
import org.masar.cases.CaseStage;
import org.masar.cases.CaseSummary;
import org.masar.cases.CaseTransfer;
import org.masar.cases.CaseTransferDenied;
import org.masar.cases.CaseTransferNotFound;
import org.masar.cases.CaseTransferNotPending;
import org.masar.cases.CaseTransferNotYours;
import org.masar.cases.CaseTransition;
import org.masar.cases.CaseTransitionRefused;
import org.masar.cases.CaseType;
import org.masar.cases.CaseTypeNotFound;
import org.masar.cases.Cases;
import org.masar.cases.IncomingTransfer;
import org.masar.cases.NewCase;
import org.masar.cases.NewTransfer;
import org.masar.geo.PCode;
import org.masar.people.HouseholdId;
import org.masar.people.Households;
import org.masar.people.People;
import org.masar.people.PersonId;
import org.masar.people.PersonRecord;
import org.masar.people.PersonTimeline;
import org.masar.people.TimelineEntry;
import org.masar.shared.Actor;
import org.masar.shared.InvalidFields;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cases: each step checks permission, the restricted-record rule and the user's scopes, then the case's state and
 * version, and writes the case, its history entry, its audit entry and the person's timeline entry in one transaction.
 *
 * <p>Scopes: a case is within a user's scopes by {@link CaseScope}'s rule (the lists' too), or when they receive its
 * pending transfer.
 */
@Service
class CaseService implements Cases {

    /** The record type the migration registered the case table under. */
    static final String RECORD_TYPE = "cases.case";

    /** The approvals command type of a move that needs a supervisor. */
    static final String STAGE_CHANGE = "cases.stage-change";

    static final String APPROVE = "cases:approve";

    private static final String SELECT = """
            SELECT id, case_number, case_type, person_id, household_id, office_id, baladiya_pcode, assigned_to,
                   sensitivity, status, stage, opened_at, opened_by, closed_at, closure_reason, pending_approval,
                   pending_stage, reopen_stage, updated_at, version
              FROM cases_case
            """;

    private final JdbcClient jdbc;
    private final RestrictedRecords restricted;
    private final Users users;
    private final People people;
    private final Households households;
    private final PersonTimeline timeline;
    private final Approvals approvals;
    private final AuditTrail audit;
    private final CaseTypeService types;
    private final Directory directory;
    private final SystemIdentity system;
    private final JsonMapper json;
    private final Clock clock;

    CaseService(
            JdbcClient jdbc,
            RestrictedRecords restricted,
            Users users,
            People people,
            Households households,
            PersonTimeline timeline,
            Approvals approvals,
            AuditTrail audit,
            CaseTypeService types,
            Directory directory,
            SystemIdentity system,
            JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.restricted = restricted;
        this.users = users;
        this.people = people;
        this.households = households;
        this.timeline = timeline;
        this.approvals = approvals;
        this.audit = audit;
        this.types = types;
        this.directory = directory;
        this.system = system;
        this.json = json;
        this.clock = clock;
    }

    /** A case's row as stored. */
    record Row(
            UUID id,
            String number,
            String type,
            UUID person,
            @Nullable UUID household,
            UUID office,
            @Nullable String baladiya,
            @Nullable UUID assignee,
            Sensitivity sensitivity,
            String status,
            String stage,
            Instant openedAt,
            String openedBy,
            @Nullable Instant closedAt,
            @Nullable String closureReason,
            @Nullable UUID pendingApproval,
            @Nullable String pendingStage,
            @Nullable String reopenStage,
            Instant updatedAt,
            int version) {

        CaseId caseId() {
            return new CaseId(id);
        }

        RecordRef ref() {
            return new RecordRef(RECORD_TYPE, id);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("case_number"),
                rs.getString("case_type"),
                rs.getObject("person_id", UUID.class),
                rs.getObject("household_id", UUID.class),
                rs.getObject("office_id", UUID.class),
                rs.getString("baladiya_pcode"),
                rs.getObject("assigned_to", UUID.class),
                Sensitivity.valueOf(rs.getString("sensitivity")),
                rs.getString("status"),
                rs.getString("stage"),
                rs.getTimestamp("opened_at").toInstant(),
                rs.getString("opened_by"),
                closed == null ? null : closed.toInstant(),
                rs.getString("closure_reason"),
                rs.getObject("pending_approval", UUID.class),
                rs.getString("pending_stage"),
                rs.getString("reopen_stage"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }

    // ---- reading ----

    @Override
    @PreAuthorize("hasAuthority('cases:read')")
    @Transactional
    public CaseSummary summary(CaseId id) {
        return summaryOf(readable(id));
    }

    /**
     * The case as stored, without any check: only for work the system identity does (a delivery another module
     * records), whose caller need not read the case.
     *
     * @throws CaseNotFound when there is no such case
     */
    CaseSummary stored(CaseId id) {
        return summaryOf(find(id).orElseThrow(() -> new CaseNotFound(id)));
    }

    private CaseSummary summaryOf(Row row) {
        return new CaseSummary(
                row.caseId(),
                row.number(),
                row.type(),
                new PersonId(row.person()),
                row.household() == null ? null : new HouseholdId(row.household()),
                new OfficeId(row.office()),
                row.assignee() == null ? null : new UserId(row.assignee()),
                row.sensitivity(),
                row.status(),
                types.load(row.type()).timelinePermission());
    }

    @Override
    @PreAuthorize("hasAuthority('cases:read')")
    @Transactional
    public CaseDetails get(CaseId id) {
        return details(readable(id));
    }

    /** The case as the restricted-record rule lets the user see it (404, or 403 audited), scopes not yet asked. */
    Row visible(CaseId id) {
        try {
            restricted.checkRead(new RecordRef(RECORD_TYPE, id.value()));
        } catch (RestrictedRecordNotFound none) {
            throw new CaseNotFound(id);
        }
        return find(id).orElseThrow(() -> new CaseNotFound(id));
    }

    java.util.Optional<Row> find(CaseId id) {
        return jdbc.sql(SELECT + " WHERE id = :id")
                .param("id", id.value())
                .query(CaseService::row)
                .optional();
    }

    /** A case the user may read: the restricted-record rule, then the scopes (403 {@code cases.out-of-scope}). */
    Row readable(CaseId id) {
        Row row = visible(id);
        if (!system.isActive() && !inScope(row)) {
            throw new CaseOutOfScope(id);
        }
        return row;
    }

    private boolean inScope(Row row) {
        @Nullable UUID me = me();
        Scopes scopes = users.currentScopes();
        return CaseScope.covers(
                        scopes,
                        me,
                        row.assignee(),
                        row.office(),
                        row.baladiya(),
                        types.load(row.type()).programme())
                || (me != null && receives(row, me, scopes));
    }

    private static boolean coversProgramme(Scopes scopes, String programme) {
        return scopes.programmes().isEmpty() || scopes.coversProgramme(Programme.valueOf(programme));
    }

    /** Whether the user is the receiver of the case's pending transfer (named, or a user of the receiving office). */
    private boolean receives(Row row, UUID me, Scopes scopes) {
        return pendingTransfer(row.id())
                .map(transfer -> receives(transfer, me, scopes))
                .orElse(false);
    }

    private static boolean receives(CaseTransfer transfer, UUID me, Scopes scopes) {
        return transfer.toUser() != null
                ? transfer.toUser().value().equals(me)
                : scopes.coversOffice(transfer.toOffice());
    }

    private CaseDetails details(Row row) {
        List<CaseFlag> flags = jdbc.sql("""
                        SELECT id, message, flag_date, flagged_at, flagged_by FROM cases_flag
                         WHERE case_id = :id AND removed_at IS NULL ORDER BY flag_date DESC, flagged_at DESC
                        """)
                .param("id", row.id())
                .query((rs, n) -> new CaseFlag(
                        rs.getObject("id", UUID.class),
                        rs.getString("message"),
                        rs.getObject("flag_date", LocalDate.class),
                        rs.getTimestamp("flagged_at").toInstant(),
                        rs.getString("flagged_by")))
                .list();
        List<CaseEvent> history = jdbc.sql("""
                        SELECT occurred_at, actor, kind, from_stage, to_stage, status, reason FROM cases_case_event
                         WHERE case_id = :id ORDER BY occurred_at DESC, id DESC
                        """)
                .param("id", row.id())
                .query((rs, n) -> new CaseEvent(
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("kind"),
                        rs.getString("from_stage"),
                        rs.getString("to_stage"),
                        rs.getString("status"),
                        rs.getString("reason")))
                .list();
        return new CaseDetails(
                row.caseId(),
                row.number(),
                row.type(),
                new PersonId(row.person()),
                row.household() == null ? null : new HouseholdId(row.household()),
                new OfficeId(row.office()),
                row.baladiya(),
                row.assignee() == null ? null : new UserId(row.assignee()),
                row.sensitivity(),
                row.status(),
                row.stage(),
                row.openedAt(),
                row.openedBy(),
                row.closedAt(),
                row.closureReason(),
                row.pendingApproval(),
                row.pendingStage(),
                row.updatedAt(),
                row.version(),
                flags,
                pendingTransfer(row.id()).orElse(null),
                history);
    }

    private java.util.Optional<CaseTransfer> pendingTransfer(UUID caseId) {
        return jdbc.sql("""
                        SELECT id, from_user, from_office, to_user, to_office, reason, requested_at, requested_by,
                               status, decided_at, decided_by, decline_reason
                          FROM cases_transfer WHERE case_id = :id AND status = 'pending'
                        """).param("id", caseId).query(CaseService::transfer).optional();
    }

    private java.util.Optional<CaseTransfer> transfer(UUID caseId, UUID transferId) {
        return jdbc.sql("""
                        SELECT id, from_user, from_office, to_user, to_office, reason, requested_at, requested_by,
                               status, decided_at, decided_by, decline_reason
                          FROM cases_transfer WHERE case_id = :case AND id = :id
                        """)
                .param("case", caseId)
                .param("id", transferId)
                .query(CaseService::transfer)
                .optional();
    }

    private static CaseTransfer transfer(ResultSet rs, int n) throws SQLException {
        UUID fromUser = rs.getObject("from_user", UUID.class);
        UUID toUser = rs.getObject("to_user", UUID.class);
        Timestamp decided = rs.getTimestamp("decided_at");
        return new CaseTransfer(
                rs.getObject("id", UUID.class),
                fromUser == null ? null : new UserId(fromUser),
                new OfficeId(rs.getObject("from_office", UUID.class)),
                toUser == null ? null : new UserId(toUser),
                new OfficeId(rs.getObject("to_office", UUID.class)),
                rs.getString("reason"),
                rs.getTimestamp("requested_at").toInstant(),
                rs.getString("requested_by"),
                rs.getString("status"),
                decided == null ? null : decided.toInstant(),
                rs.getString("decided_by"),
                rs.getString("decline_reason"));
    }

    // ---- opening ----

    @Override
    @PreAuthorize("hasAuthority('cases:write')")
    @Transactional
    public CaseDetails open(NewCase command) {
        List<InvalidFields.Field> errors = new ArrayList<>();
        if (command.caseType() == null || command.caseType().isBlank()) {
            errors.add(new InvalidFields.Field("caseType", "cases.validation.required"));
        }
        if (command.person() == null) {
            errors.add(new InvalidFields.Field("person", "cases.validation.required"));
        }
        if (command.office() == null) {
            errors.add(new InvalidFields.Field("office", "cases.validation.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        CaseType type;
        try {
            type = types.load(command.caseType());
        } catch (CaseTypeNotFound unknown) {
            throw new InvalidFields(List.of(new InvalidFields.Field("caseType", "cases.validation.unknown-type")));
        }
        if (!type.active()) {
            throw new InvalidFields(List.of(new InvalidFields.Field("caseType", "cases.validation.unknown-type")));
        }
        PersonId person = people.current(command.person());
        PersonRecord record = people.get(person); // the person in the user's scopes (403 otherwise)
        if (directory.officeName(command.office()).isEmpty()) {
            throw new InvalidFields(List.of(new InvalidFields.Field("office", "cases.validation.unknown-office")));
        }
        Scopes scopes = users.currentScopes();
        if (!scopes.offices().isEmpty() && !scopes.coversOffice(command.office())) {
            throw new CaseOutOfScope(command.office());
        }
        if (!coversProgramme(scopes, type.programme())) {
            throw new CaseOutOfScope(type.code());
        }
        if (command.household() != null) {
            households.get(command.household()); // 404 when there is none
        }
        UUID me = CurrentUser.get().id().value();
        UUID assignee = command.assignee() == null ? me : command.assignee().value();
        if (!assignee.equals(me)) {
            restricted.checkAssignment(new UserId(assignee));
        }
        Sensitivity sensitivity = command.sensitivity() == null ? type.defaultSensitivity() : command.sensitivity();
        if (type.defaultSensitivity() == Sensitivity.RESTRICTED
                && sensitivity == Sensitivity.NORMAL
                && !holds(RestrictedRecords.SHARE_PERMISSION)) {
            throw new CaseSensitivityLowered(type.code());
        }
        UUID id = UUID.randomUUID();
        long sequence = jdbc.sql("SELECT nextval('cases_case_number_seq')")
                .query(Long.class)
                .single();
        String number = "C-" + String.format("%06d", sequence);
        Instant now = now();
        String by = Actor.current().name();
        String stage = type.firstStage().code();
        String baladiya = record.details().baladiya();
        jdbc.sql("""
                        INSERT INTO cases_case (id, case_number, case_type, person_id, household_id, office_id,
                                                baladiya_pcode, assigned_to, sensitivity, status, stage, opened_at,
                                                opened_by, updated_at, updated_by)
                        VALUES (:id, :number, :type, :person, :household, :office, :baladiya, :assignee,
                                :sensitivity, 'open', :stage, :at, :by, :at, :by)
                        """)
                .param("id", id)
                .param("number", number)
                .param("type", type.code())
                .param("person", person.value())
                .param(
                        "household",
                        command.household() == null ? null : command.household().value())
                .param("office", command.office().value())
                .param("baladiya", baladiya)
                .param("assignee", assignee)
                .param("sensitivity", sensitivity.name())
                .param("stage", stage)
                .param("at", Timestamp.from(now))
                .param("by", by)
                .update();
        Row row = new Row(
                id,
                number,
                type.code(),
                person.value(),
                command.household() == null ? null : command.household().value(),
                command.office().value(),
                baladiya,
                assignee,
                sensitivity,
                "open",
                stage,
                now,
                by,
                null,
                null,
                null,
                null,
                null,
                now,
                0);
        boolean readsIt = assignee.equals(me)
                || sensitivity == Sensitivity.NORMAL
                || restricted.mayRead(new UserId(me), row.ref());
        if (readsIt) {
            event(row, "opened", null, stage, "open", null, Map.of("type", type.code()));
        } else {
            // The history of a case the opener will not read is written for its readers, by the system identity.
            system.run(
                    "cases.case-opened-for-another",
                    () -> event(row, "opened", null, stage, "open", null, Map.of("type", type.code())));
        }
        audit.record(AuditEvent.of("cases.case.opened", "case", id.toString())
                .with("caseType", type.code())
                .with("sensitivity", sensitivity.name()));
        onTimeline(row, type, "opened", Map.of("stage", stage));
        if (!readsIt) {
            // Opened for someone else who reads it; the opener sees what they wrote, not what follows.
            return new CaseDetails(
                    row.caseId(),
                    number,
                    type.code(),
                    person,
                    command.household(),
                    command.office(),
                    baladiya,
                    new UserId(assignee),
                    sensitivity,
                    "open",
                    stage,
                    now,
                    by,
                    null,
                    null,
                    null,
                    null,
                    now,
                    0,
                    List.of(),
                    null,
                    List.of());
        }
        return details(find(row.caseId()).orElseThrow());
    }

    // ---- stages ----

    @Override
    @PreAuthorize("hasAuthority('cases:write')")
    @Transactional
    public CaseDetails moveStage(CaseId id, String to, @Nullable String reason, int version) {
        Row row = readable(id);
        current(row, version);
        open(row);
        if (to == null || to.isBlank()) {
            throw new InvalidFields(List.of(new InvalidFields.Field("to", "cases.validation.required")));
        }
        String why = reason(reason, "reason", false);
        CaseType type = types.load(row.type());
        CaseTransition move =
                type.transition(row.stage(), to).orElseThrow(() -> new CaseTransitionRefused(row.stage(), to));
        boolean closing = type.stage(to).map(CaseStage::closing).orElse(false);
        if (closing && why == null) {
            throw new InvalidFields(List.of(new InvalidFields.Field("reason", "cases.validation.required")));
        }
        if (!move.needsApproval()) {
            applyMove(row, type, to, why, null);
            return details(find(id).orElseThrow());
        }
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("from", row.stage());
        payload.put("to", to);
        if (why != null) {
            payload.put("reason", why);
        }
        Approval asked = approvals.request(new NewApproval(
                STAGE_CHANGE,
                id.toString(),
                row.number() + ": " + row.stage() + " → " + to,
                APPROVE,
                row.baladiya() == null ? null : new PCode(row.baladiya()),
                json.writeValueAsString(payload)));
        update(
                row,
                "pending_approval = :approval, pending_stage = :to",
                Map.of("approval", asked.id().value(), "to", to));
        event(
                row,
                "stage.requested",
                row.stage(),
                to,
                row.status(),
                why,
                Map.of("approval", asked.id().toString()));
        audit.record(AuditEvent.of("cases.case.stage-requested", "case", id.toString())
                .with("from", row.stage())
                .with("to", to)
                .with("approval", asked.id().toString()));
        onTimeline(row, type, "stage.requested", Map.of("stage", to));
        return details(find(id).orElseThrow());
    }

    /** Moves the case, as the current user (the maker, or the approver of the move's command). */
    private void applyMove(Row row, CaseType type, String to, @Nullable String reason, @Nullable UUID approval) {
        boolean closing = type.stage(to).map(CaseStage::closing).orElse(false);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("to", to);
        String status = row.status();
        if (closing) {
            values.put("closedAt", Timestamp.from(now()));
            values.put("reason", reason);
            values.put("from", row.stage());
            update(
                    row,
                    "stage = :to, status = 'closed', closed_at = :closedAt, closure_reason = :reason,"
                            + " reopen_stage = :from, pending_approval = NULL, pending_stage = NULL",
                    values);
            status = "closed";
        } else {
            update(row, "stage = :to, pending_approval = NULL, pending_stage = NULL", values);
        }
        Map<String, String> details = approval == null ? Map.of() : Map.of("approval", approval.toString());
        String kind = closing ? "closed" : "stage.moved";
        event(row, kind, row.stage(), to, status, reason, details);
        AuditEvent entry = AuditEvent.of(
                        closing ? "cases.case.closed" : "cases.case.stage-moved",
                        "case",
                        row.id().toString())
                .with("from", row.stage())
                .with("to", to);
        audit.record(approval == null ? entry : entry.with("approval", approval.toString()));
        onTimeline(row, type, kind, Map.of("stage", to));
    }

    /** The approver approved a move: it happens now, as them, if the case still stands where it was asked. */
    @Transactional
    void approved(Approval approval) {
        CaseId id = CaseId.parse(approval.subject());
        Row row = find(id).orElseThrow(() -> new CaseNotFound(id));
        if (!approval.id().value().equals(row.pendingApproval()) || row.pendingStage() == null) {
            throw new CaseApprovalPending(String.valueOf(row.pendingStage()));
        }
        if (!"open".equals(row.status())) {
            throw new CaseNotOpen(row.id(), row.status());
        }
        CaseType type = types.load(row.type());
        String to = row.pendingStage();
        type.transition(row.stage(), to).orElseThrow(() -> new CaseTransitionRefused(row.stage(), to));
        String reason = json.readTree(approval.payloadJson()).path("reason").asString(null);
        applyMove(row, type, to, reason, approval.id().value());
    }

    /** A move's command was rejected or withdrawn: the case no longer shows it pending. */
    @Transactional
    void dropped(Approval approval, String kind) {
        CaseId id = CaseId.parse(approval.subject());
        if (find(id).isEmpty()) {
            // A checker who may decide the command but not read the restricted case rejected it: the case must not
            // stay pending for ever, so the mark is cleared by the system identity (audited with its reason).
            system.run("cases.stage-change-dropped", () -> clearPending(id, approval, kind));
        } else {
            clearPending(id, approval, kind);
        }
    }

    private void clearPending(CaseId id, Approval approval, String kind) {
        find(id).filter(row -> approval.id().value().equals(row.pendingApproval()))
                .ifPresent(row -> {
                    update(row, "pending_approval = NULL, pending_stage = NULL", Map.of());
                    event(
                            row,
                            kind,
                            row.stage(),
                            row.pendingStage(),
                            row.status(),
                            approval.reason(),
                            Map.of("approval", approval.id().toString()));
                    audit.record(AuditEvent.of(
                                    "stage.rejected".equals(kind)
                                            ? "cases.case.stage-rejected"
                                            : "cases.case.stage-withdrawn",
                                    "case",
                                    row.id().toString())
                            .with("approval", approval.id().toString()));
                    onTimeline(row, types.load(row.type()), kind, Map.of("stage", String.valueOf(row.pendingStage())));
                });
    }

    @Override
    @PreAuthorize("hasAuthority('cases:write')")
    @Transactional
    public CaseDetails reopen(CaseId id, String reason, int version) {
        Row row = readable(id);
        current(row, version);
        if (!"closed".equals(row.status())) {
            throw new CaseNotClosed(row.status());
        }
        String why = reason(reason, "reason", true);
        CaseType type = types.load(row.type());
        String back = row.reopenStage() == null ? type.firstStage().code() : row.reopenStage();
        update(
                row,
                "status = 'open', stage = :back, closed_at = NULL, closure_reason = NULL, reopen_stage = NULL",
                Map.of("back", back));
        event(row, "reopened", row.stage(), back, "open", why, Map.of());
        audit.record(AuditEvent.of("cases.case.reopened", "case", id.toString()).with("stage", back));
        onTimeline(row, type, "reopened", Map.of("stage", back));
        return details(find(id).orElseThrow());
    }

    // ---- transfers ----

    @Override
    @PreAuthorize("hasAuthority('cases:write')")
    @Transactional
    public CaseDetails requestTransfer(CaseId id, NewTransfer transfer, int version) {
        Row row = readable(id);
        current(row, version);
        open(row);
        String why = reason(transfer.reason(), "reason", true);
        OfficeId toOffice = transfer.toOffice() == null ? new OfficeId(row.office()) : transfer.toOffice();
        if (directory.officeName(toOffice).isEmpty()) {
            throw new InvalidFields(List.of(new InvalidFields.Field("toOffice", "cases.validation.unknown-office")));
        }
        UUID me = CurrentUser.get().id().value();
        UserId toUser = transfer.toUser();
        if (toUser != null && directory.userName(toUser).isEmpty()) {
            throw new InvalidFields(List.of(new InvalidFields.Field("toUser", "cases.validation.unknown-user")));
        }
        if (toUser != null && toUser.value().equals(row.assignee())) {
            throw new InvalidFields(
                    List.of(new InvalidFields.Field("toUser", "cases.validation.transfer-to-assignee")));
        }
        if (toUser == null && toOffice.value().equals(row.office())) {
            throw new InvalidFields(List.of(new InvalidFields.Field("toOffice", "cases.validation.transfer-nowhere")));
        }
        if (row.sensitivity() == Sensitivity.RESTRICTED) {
            // The database's rule for handing a restricted record over: who may pass it on, to whom they may assign it.
            boolean may = toUser != null
                    && Boolean.TRUE.equals(jdbc.sql("""
                                    SELECT access_may_share(:type, :id) AND access_may_assign(:to)
                                    """)
                            .param("type", RECORD_TYPE)
                            .param("id", row.id())
                            .param("to", toUser.value())
                            .query(Boolean.class)
                            .single());
            if (!may) {
                throw new CaseTransferDenied(row.number());
            }
            restricted.share(row.ref(), toUser, "cases.transfer");
        }
        UUID transferId = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO cases_transfer (id, case_id, from_user, from_office, to_user, to_office, reason,
                                                    requested_at, requested_by)
                        VALUES (:id, :case, :fromUser, :fromOffice, :toUser, :toOffice, :reason, :at, :by)
                        """)
                .param("id", transferId)
                .param("case", row.id())
                .param("fromUser", row.assignee() == null ? me : row.assignee())
                .param("fromOffice", row.office())
                .param("toUser", toUser == null ? null : toUser.value())
                .param("toOffice", toOffice.value())
                .param("reason", why)
                .param("at", Timestamp.from(now()))
                .param("by", Actor.current().name())
                .update();
        update(row, "status = 'transferred'", Map.of());
        event(row, "transfer.requested", null, null, "transferred", why, Map.of("transfer", transferId.toString()));
        audit.record(AuditEvent.of("cases.transfer.requested", "case", id.toString())
                .with("transfer", transferId.toString())
                .with("toOffice", toOffice.toString()));
        onTimeline(row, types.load(row.type()), "transfer.requested", Map.of());
        return details(find(id).orElseThrow());
    }

    @Override
    @PreAuthorize("hasAuthority('cases:write')")
    @Transactional
    public CaseDetails acceptTransfer(CaseId id, UUID transferId, int version) {
        Row row = visible(id);
        CaseTransfer transfer = pendingAnswer(row, transferId);
        current(row, version);
        UUID me = CurrentUser.get().id().value();
        Runnable handOver = () -> update(
                row,
                "status = 'open', assigned_to = :me, office_id = :office",
                Map.of("me", me, "office", transfer.toOffice().value()));
        if (row.sensitivity() == Sensitivity.RESTRICTED) {
            // The sender passed the database's rule for handing it over when asking (see requestTransfer).
            system.run("cases.transfer-accepted", handOver);
        } else {
            handOver.run();
        }
        decide(transfer, "accepted", null);
        event(row, "transfer.accepted", null, null, "open", null, Map.of("transfer", transferId.toString()));
        audit.record(AuditEvent.of("cases.transfer.accepted", "case", id.toString())
                .with("transfer", transferId.toString()));
        onTimeline(row, types.load(row.type()), "transfer.accepted", Map.of());
        return details(find(id).orElseThrow());
    }

    @Override
    @PreAuthorize("hasAuthority('cases:write')")
    @Transactional
    public CaseDetails declineTransfer(CaseId id, UUID transferId, String reason, int version) {
        Row row = visible(id);
        CaseTransfer transfer = pendingAnswer(row, transferId);
        current(row, version);
        String why = reason(reason, "reason", true);
        update(row, "status = 'open'", Map.of());
        decide(transfer, "declined", why);
        event(row, "transfer.declined", null, null, "open", why, Map.of("transfer", transferId.toString()));
        audit.record(AuditEvent.of("cases.transfer.declined", "case", id.toString())
                .with("transfer", transferId.toString()));
        onTimeline(row, types.load(row.type()), "transfer.declined", Map.of());
        // What the receiver saw as they declined; a restricted case is theirs to read no more once its share ends.
        CaseDetails answer = details(find(id).orElseThrow());
        endShare(row, transfer);
        return answer;
    }

    @Override
    @PreAuthorize("hasAuthority('cases:write')")
    @Transactional
    public CaseDetails cancelTransfer(CaseId id, UUID transferId, int version) {
        Row row = readable(id);
        CaseTransfer transfer = transfer(row.id(), transferId).orElseThrow(() -> new CaseTransferNotFound(transferId));
        if (!"pending".equals(transfer.status())) {
            throw new CaseTransferNotPending(transfer.status());
        }
        UUID me = CurrentUser.get().id().value();
        boolean sender =
                (transfer.fromUser() != null && transfer.fromUser().value().equals(me))
                        || transfer.requestedBy().equals(Actor.current().name());
        if (!sender) {
            throw new CaseTransferNotYours(transferId);
        }
        current(row, version);
        update(row, "status = 'open'", Map.of());
        decide(transfer, "cancelled", null);
        event(row, "transfer.cancelled", null, null, "open", null, Map.of("transfer", transferId.toString()));
        audit.record(AuditEvent.of("cases.transfer.cancelled", "case", id.toString())
                .with("transfer", transferId.toString()));
        onTimeline(row, types.load(row.type()), "transfer.cancelled", Map.of());
        endShare(row, transfer);
        return details(find(id).orElseThrow());
    }

    @Override
    @PreAuthorize("hasAuthority('cases:write')")
    @Transactional(readOnly = true)
    public List<IncomingTransfer> incomingTransfers() {
        UUID me = CurrentUser.get().id().value();
        Scopes scopes = users.currentScopes();
        return jdbc.sql("""
                        SELECT t.id, t.case_id, c.case_number, c.case_type, t.reason, t.requested_at, t.requested_by
                          FROM cases_transfer t JOIN cases_case c ON c.id = t.case_id
                         WHERE t.status = 'pending'
                           AND (t.to_user = :me
                                OR (t.to_user IS NULL AND (:allOffices OR t.to_office = ANY(:offices))))
                         ORDER BY t.requested_at, t.id
                         LIMIT 200
                        """)
                .param("me", me)
                .param("allOffices", scopes.allOffices())
                .param("offices", scopes.offices().stream().map(OfficeId::value).toArray(UUID[]::new))
                .query((rs, n) -> new IncomingTransfer(
                        new CaseId(rs.getObject("case_id", UUID.class)),
                        rs.getString("case_number"),
                        rs.getString("case_type"),
                        rs.getObject("id", UUID.class),
                        rs.getString("reason"),
                        rs.getTimestamp("requested_at").toInstant(),
                        rs.getString("requested_by")))
                .list();
    }

    /** The pending transfer the current user receives, or the refusal. */
    private CaseTransfer pendingAnswer(Row row, UUID transferId) {
        CaseTransfer transfer = transfer(row.id(), transferId).orElseThrow(() -> new CaseTransferNotFound(transferId));
        if (!"pending".equals(transfer.status())) {
            throw new CaseTransferNotPending(transfer.status());
        }
        if (!receives(transfer, CurrentUser.get().id().value(), users.currentScopes())) {
            throw new CaseTransferNotYours(transferId);
        }
        return transfer;
    }

    private void decide(CaseTransfer transfer, String status, @Nullable String reason) {
        jdbc.sql("""
                        UPDATE cases_transfer SET status = :status, decided_at = :at, decided_by = :by,
                                                  decline_reason = :reason
                         WHERE id = :id AND status = 'pending'
                        """)
                .param("status", status)
                .param("at", Timestamp.from(now()))
                .param("by", Actor.current().name())
                .param("reason", reason)
                .param("id", transfer.id())
                .update();
    }

    /** A restricted case's receiver who did not take it on no longer reads it through the transfer's share. */
    private void endShare(Row row, CaseTransfer transfer) {
        if (row.sensitivity() == Sensitivity.RESTRICTED && transfer.toUser() != null) {
            system.run("cases.transfer-share-ended", () -> {
                try {
                    restricted.revokeShare(row.ref(), transfer.toUser());
                } catch (RecordShareNotFound gone) {
                    // Revoked meanwhile by who may: nothing left to end.
                }
            });
        }
    }

    // ---- flags ----

    @Override
    @PreAuthorize("hasAuthority('cases:write')")
    @Transactional
    public CaseDetails addFlag(CaseId id, String message, LocalDate date, int version) {
        Row row = readable(id);
        current(row, version);
        notMerged(row);
        List<InvalidFields.Field> errors = new ArrayList<>();
        if (message == null || message.isBlank()) {
            errors.add(new InvalidFields.Field("message", "cases.validation.required"));
        } else if (message.strip().length() > 500) {
            errors.add(new InvalidFields.Field("message", "cases.validation.too-long"));
        }
        if (date == null) {
            errors.add(new InvalidFields.Field("date", "cases.validation.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        UUID flag = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO cases_flag (id, case_id, message, flag_date, flagged_at, flagged_by)
                        VALUES (:id, :case, :message, :date, :at, :by)
                        """)
                .param("id", flag)
                .param("case", row.id())
                .param("message", message.strip())
                .param("date", date)
                .param("at", Timestamp.from(now()))
                .param("by", Actor.current().name())
                .update();
        update(row, "status = status", Map.of());
        event(row, "flag.added", null, null, row.status(), null, Map.of("flag", flag.toString()));
        audit.record(AuditEvent.of("cases.flag.added", "case", id.toString()).with("flag", flag.toString()));
        onTimeline(row, types.load(row.type()), "flag.added", Map.of());
        return details(find(id).orElseThrow());
    }

    @Override
    @PreAuthorize("hasAuthority('cases:write')")
    @Transactional
    public CaseDetails removeFlag(CaseId id, UUID flag, String reason, int version) {
        Row row = readable(id);
        boolean exists = jdbc.sql("SELECT count(*) > 0 FROM cases_flag WHERE id = :id AND case_id = :case"
                        + " AND removed_at IS NULL")
                .param("id", flag)
                .param("case", row.id())
                .query(Boolean.class)
                .single();
        if (!exists) {
            throw new CaseFlagNotFound(flag);
        }
        current(row, version);
        String why = reason(reason, "reason", true);
        jdbc.sql("""
                        UPDATE cases_flag SET removed_at = :at, removed_by = :by, removal_reason = :reason
                         WHERE id = :id AND removed_at IS NULL
                        """)
                .param("at", Timestamp.from(now()))
                .param("by", Actor.current().name())
                .param("reason", why)
                .param("id", flag)
                .update();
        update(row, "status = status", Map.of());
        event(row, "flag.removed", null, null, row.status(), why, Map.of("flag", flag.toString()));
        audit.record(AuditEvent.of("cases.flag.removed", "case", id.toString()).with("flag", flag.toString()));
        onTimeline(row, types.load(row.type()), "flag.removed", Map.of());
        return details(find(id).orElseThrow());
    }

    // ---- assessments ----

    @Override
    @PreAuthorize("hasAuthority('cases:write')")
    @Transactional
    public CaseAssessment assess(CaseId id, JsonNode answers, int version) {
        Row row = readable(id);
        current(row, version);
        open(row);
        CaseTypeService.Answering questionnaire = types.currentAnswering(row.type());
        List<InvalidFields.Field> errors = questionnaire.answers().errors(answers, "answers");
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        UUID assessment = UUID.randomUUID();
        Instant now = now();
        jdbc.sql("""
                        INSERT INTO cases_assessment (id, case_id, version_id, answers, assessed_at, assessed_by)
                        VALUES (:id, :case, :version, CAST(:answers AS jsonb), :at, :by)
                        """)
                .param("id", assessment)
                .param("case", row.id())
                .param("version", questionnaire.versionId())
                .param("answers", json.writeValueAsString(answers))
                .param("at", Timestamp.from(now))
                .param("by", Actor.current().name())
                .update();
        update(row, "status = status", Map.of());
        event(row, "assessed", null, null, row.status(), null, Map.of("assessment", assessment.toString()));
        audit.record(AuditEvent.of("cases.assessment.recorded", "case", id.toString())
                .with("assessment", assessment.toString())
                .with("questionnaireVersion", questionnaire.number()));
        onTimeline(row, types.load(row.type()), "assessed", Map.of());
        return assessments(row).getFirst();
    }

    @Override
    @PreAuthorize("hasAuthority('cases:read')")
    @Transactional
    public List<CaseAssessment> assessments(CaseId id) {
        return assessments(readable(id));
    }

    private List<CaseAssessment> assessments(Row row) {
        return jdbc.sql("""
                        SELECT a.id, a.version_id, v.number, a.answers, a.assessed_at, a.assessed_by
                          FROM cases_assessment a JOIN cases_assessment_version v ON v.id = a.version_id
                         WHERE a.case_id = :case ORDER BY a.assessed_at DESC, a.id
                        """)
                .param("case", row.id())
                .query((rs, n) -> new CaseAssessment(
                        rs.getObject("id", UUID.class),
                        rs.getObject("version_id", UUID.class),
                        rs.getInt("number"),
                        json.readTree(rs.getString("answers")),
                        rs.getTimestamp("assessed_at").toInstant(),
                        rs.getString("assessed_by")))
                .list();
    }

    // ---- merges of persons ----

    /** Re-points the merged person's cases to the survivor, remembering them; a second delivery moves nothing. */
    void personMerged(PersonId merged, PersonId survivor) {
        List<Row> moved = jdbc.sql(SELECT + " WHERE person_id = :merged")
                .param("merged", merged.value())
                .query(CaseService::row)
                .list();
        for (Row row : moved) {
            jdbc.sql("""
                            INSERT INTO cases_merge_move (case_id, merged_person, survivor, moved_at)
                            VALUES (:case, :merged, :survivor, :at) ON CONFLICT DO NOTHING
                            """)
                    .param("case", row.id())
                    .param("merged", merged.value())
                    .param("survivor", survivor.value())
                    .param("at", Timestamp.from(now()))
                    .update();
            update(row, "person_id = :survivor", Map.of("survivor", survivor.value()));
            event(
                    row,
                    "person.merged",
                    null,
                    null,
                    row.status(),
                    null,
                    Map.of("from", merged.toString(), "to", survivor.toString()));
            audit.record(
                    AuditEvent.of("cases.case.person-merged", "case", row.id().toString())
                            .with("merged", merged.toString())
                            .with("survivor", survivor.toString()));
        }
    }

    /** Moves back exactly the cases the merge moved; a second delivery finds none to move. */
    void personUnmerged(PersonId merged, PersonId survivor) {
        List<Row> back = jdbc.sql(SELECT + """
                         WHERE person_id = :survivor AND id IN (SELECT case_id FROM cases_merge_move
                                                                 WHERE merged_person = :merged AND survivor = :survivor)
                        """)
                .param("merged", merged.value())
                .param("survivor", survivor.value())
                .query(CaseService::row)
                .list();
        for (Row row : back) {
            update(row, "person_id = :merged", Map.of("merged", merged.value()));
            event(
                    row,
                    "person.unmerged",
                    null,
                    null,
                    row.status(),
                    null,
                    Map.of("from", survivor.toString(), "to", merged.toString()));
            audit.record(
                    AuditEvent.of("cases.case.person-unmerged", "case", row.id().toString())
                            .with("merged", merged.toString())
                            .with("survivor", survivor.toString()));
        }
        jdbc.sql("DELETE FROM cases_merge_move WHERE merged_person = :merged AND survivor = :survivor")
                .param("merged", merged.value())
                .param("survivor", survivor.value())
                .update();
    }

    // ---- helpers ----

    /** The version the caller read must still be the case's, else the 409 {@code conflict.stale}. */
    private static void current(Row row, int version) {
        if (row.version() != version) {
            throw new OptimisticLockingFailureException("Case " + row.number() + " is at version " + row.version());
        }
    }

    private static void open(Row row) {
        if (!"open".equals(row.status())) {
            throw new CaseNotOpen(row.id(), row.status());
        }
        if (row.pendingApproval() != null) {
            throw new CaseApprovalPending(String.valueOf(row.pendingStage()));
        }
    }

    private static void notMerged(Row row) {
        if ("merged".equals(row.status())) {
            throw new CaseNotOpen(row.id(), row.status());
        }
    }

    private static @Nullable String reason(@Nullable String reason, String field, boolean required) {
        if (reason == null || reason.isBlank()) {
            if (required) {
                throw new InvalidFields(List.of(new InvalidFields.Field(field, "cases.validation.required")));
            }
            return null;
        }
        if (reason.strip().length() > 2000) {
            throw new InvalidFields(List.of(new InvalidFields.Field(field, "cases.validation.too-long")));
        }
        return reason.strip();
    }

    /** Changes the case and bumps its version, only if no one changed it since it was read. */
    private void update(Row row, String assignments, Map<String, ?> values) {
        var statement = jdbc.sql("UPDATE cases_case SET " + assignments
                        + ", version = version + 1, updated_at = :now, updated_by = :by"
                        + " WHERE id = :id AND version = :version")
                .param("now", Timestamp.from(now()))
                .param("by", Actor.current().name())
                .param("id", row.id())
                .param("version", row.version());
        for (Map.Entry<String, ?> value : values.entrySet()) {
            statement = statement.param(value.getKey(), value.getValue());
        }
        if (statement.update() != 1) {
            throw new OptimisticLockingFailureException("Case " + row.number() + " changed meanwhile");
        }
    }

    private void event(
            Row row,
            String kind,
            @Nullable String from,
            @Nullable String to,
            @Nullable String status,
            @Nullable String reason,
            Map<String, String> details) {
        jdbc.sql("""
                        INSERT INTO cases_case_event (case_id, occurred_at, actor, kind, from_stage, to_stage, status,
                                                      reason, details)
                        VALUES (:case, :at, :actor, :kind, :from, :to, :status, :reason, CAST(:details AS jsonb))
                        """)
                .param("case", row.id())
                .param("at", Timestamp.from(now()))
                .param("actor", Actor.current().name())
                .param("kind", kind)
                .param("from", from)
                .param("to", to)
                .param("status", status)
                .param("reason", reason)
                .param("details", json.writeValueAsString(details))
                .update();
    }

    private void onTimeline(Row row, CaseType type, String kind, Map<String, String> details) {
        Map<String, String> values = new LinkedHashMap<>(details);
        values.put("number", row.number());
        timeline.add(
                new PersonId(row.person()),
                new TimelineEntry(
                        now(),
                        "cases",
                        kind,
                        row.id().toString(),
                        Actor.current().name(),
                        values),
                type.timelinePermission());
    }

    private static @Nullable UUID me() {
        return CurrentUser.find().map(user -> user.id().value()).orElse(null);
    }

    private static boolean holds(String permission) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(permission::equals);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
