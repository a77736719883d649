package org.masar.cases.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.CurrentUser;
import org.masar.access.RecordRef;
import org.masar.access.RestrictedRecords;
import org.masar.access.UserId;
import org.masar.cases.CaseId;
import org.masar.cases.CaseSummary;
import org.masar.cases.CaseTask;
import org.masar.cases.CaseTaskChange;
import org.masar.cases.CaseTaskId;
import org.masar.cases.CaseTaskNotFound;
import org.masar.cases.CaseTaskNotOpen;
import org.masar.cases.CaseTaskStale;
import org.masar.cases.CaseTaskStatus;
import org.masar.cases.CaseTasks;
import org.masar.cases.NewCaseTask;
import org.masar.shared.InvalidFields;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks on cases. Each change is one guarded UPDATE (the task open, at the version the caller read), so that two
 * phones changing one task end in exactly one change and a 409 for the other; when nothing was updated, the task as
 * stored says why (gone, no longer open, or changed meanwhile).
 */
@Service
class CaseTaskService implements CaseTasks {

    static final String SUBJECT = "case-task";
    static final int LONGEST_TITLE = 200;
    static final int LONGEST_REASON = 1000;
    /** Due days outside these are typing mistakes (and would not fit every database type): refused. */
    static final LocalDate EARLIEST_DUE = LocalDate.of(2000, 1, 1);

    static final LocalDate LATEST_DUE = LocalDate.of(2100, 12, 31);

    private static final String SELECT = """
            SELECT t.id, t.case_id, c.case_number, t.title, t.due_on, t.assigned_to, t.status, t.created_at,
                   t.created_by, t.closed_at, t.closed_by, t.cancel_reason, t.version
              FROM cases_case_task t JOIN cases_case c ON c.id = t.case_id
            """;

    /** The user's open tasks, or only those whose day has passed. */
    private static final String MINE = """
             WHERE t.assigned_to = :me AND t.status = 'open'
               AND (NOT CAST(:overdueOnly AS boolean) OR t.due_on < :today)
            """;

    private static final String SELECT_MINE = """
            SELECT t.id, t.case_id, c.case_number, c.sensitivity, t.title, t.due_on, t.assigned_to, t.status,
                   t.created_at, t.created_by, t.closed_at, t.closed_by, t.cancel_reason, t.version
              FROM cases_case_task t JOIN cases_case c ON c.id = t.case_id
            """;

    private final JdbcClient jdbc;
    private final CaseWorkGuard guard;
    private final RestrictedRecords restricted;

    CaseTaskService(JdbcClient jdbc, CaseWorkGuard guard, RestrictedRecords restricted) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.restricted = restricted;
    }

    @Override
    @PreAuthorize("hasAuthority('cases:read')")
    @Transactional(readOnly = true)
    public PageJson<CaseTask> ofCase(CaseId caseId, Paging paging) {
        guard.readable(caseId);
        LocalDate today = guard.today();
        List<CaseTask> items = jdbc.sql(SELECT + """
                         WHERE t.case_id = :case
                         ORDER BY t.status <> 'open', CASE WHEN t.status = 'open' THEN t.due_on END, t.created_at DESC
                         LIMIT :limit OFFSET :offset
                        """)
                .param("case", caseId.value())
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query((row, n) -> task(row, today))
                .list();
        long total = jdbc.sql("SELECT count(*) FROM cases_case_task WHERE case_id = :case")
                .param("case", caseId.value())
                .query(Long.class)
                .single();
        return paging.page(items, total);
    }

    @Override
    @PreAuthorize("hasAuthority('cases:read')")
    @Transactional(readOnly = true)
    public CaseTask get(CaseId caseId, CaseTaskId task) {
        guard.readable(caseId);
        return load(caseId, task);
    }

    @Override
    @PreAuthorize("hasAuthority('cases:write')")
    @Transactional
    public CaseTask add(CaseId caseId, NewCaseTask task) {
        CaseSummary summary = guard.writable(caseId);
        UserId assignee = task.assignee() == null ? CurrentUser.get().id() : task.assignee();
        String title = checked(task.title(), task.dueOn(), assignee, caseId);
        UUID id = UUID.randomUUID();
        Instant now = guard.now();
        jdbc.sql("""
                        INSERT INTO cases_case_task (id, case_id, title, due_on, assigned_to, status, created_at,
                                                     created_by, updated_at, updated_by, version)
                        VALUES (:id, :case, :title, :due, :assignee, 'open', :now, :by, :now, :by, 0)
                        """)
                .param("id", id)
                .param("case", caseId.value())
                .param("title", title)
                .param("due", Date.valueOf(task.dueOn()))
                .param("assignee", assignee.value())
                .param("now", guard.timestamp(now))
                .param("by", guard.actor())
                .update();
        guard.audit(
                "cases.task.created",
                SUBJECT,
                id,
                summary.id(),
                Map.of("assignee", assignee.toString(), "dueOn", task.dueOn().toString()));
        return load(caseId, new CaseTaskId(id));
    }

    @Override
    @PreAuthorize("hasAuthority('cases:write')")
    @Transactional
    public CaseTask change(CaseId caseId, CaseTaskId taskId, CaseTaskChange change) {
        guard.writable(caseId);
        String title = checked(change.title(), change.dueOn(), change.assignee(), caseId);
        int updated = jdbc.sql("""
                        UPDATE cases_case_task
                           SET title = :title, due_on = :due, assigned_to = :assignee, updated_at = :now,
                               updated_by = :by, version = version + 1
                         WHERE id = :id AND case_id = :case AND status = 'open' AND version = :version
                        """)
                .param("title", title)
                .param("due", Date.valueOf(change.dueOn()))
                .param("assignee", change.assignee().value())
                .param("now", guard.timestamp(guard.now()))
                .param("by", guard.actor())
                .param("id", taskId.value())
                .param("case", caseId.value())
                .param("version", change.version())
                .update();
        refuseUnless(updated, caseId, taskId);
        guard.audit(
                "cases.task.updated",
                SUBJECT,
                taskId.value(),
                caseId,
                Map.of(
                        "assignee",
                        change.assignee().toString(),
                        "dueOn",
                        change.dueOn().toString()));
        return load(caseId, taskId);
    }

    @Override
    @PreAuthorize("hasAuthority('cases:write')")
    @Transactional
    public CaseTask complete(CaseId caseId, CaseTaskId taskId, int version) {
        guard.writable(caseId);
        close(caseId, taskId, version, "done", null);
        guard.audit("cases.task.completed", SUBJECT, taskId.value(), caseId, Map.of());
        return load(caseId, taskId);
    }

    @Override
    @PreAuthorize("hasAuthority('cases:write')")
    @Transactional
    public CaseTask cancel(CaseId caseId, CaseTaskId taskId, String reason, int version) {
        guard.writable(caseId);
        String why = reason.strip();
        if (why.isEmpty() || why.length() > LONGEST_REASON) {
            throw new InvalidFields(List.of(new InvalidFields.Field("reason", "cases-work.invalid.reason")));
        }
        close(caseId, taskId, version, "cancelled", why);
        guard.audit("cases.task.cancelled", SUBJECT, taskId.value(), caseId, Map.of());
        return load(caseId, taskId);
    }

    @Override
    @PreAuthorize("hasAuthority('cases:read')")
    @Transactional(readOnly = true)
    public PageJson<CaseTask> mine(boolean overdueOnly, Paging paging) {
        UUID me = CurrentUser.get().id().value();
        LocalDate today = guard.today();
        record Row(CaseTask task, boolean restricted) {}
        List<Row> rows = jdbc.sql(SELECT_MINE + MINE + """
                         ORDER BY t.due_on < :today DESC, t.due_on, t.created_at
                         LIMIT :limit OFFSET :offset
                        """)
                .param("me", me)
                .param("overdueOnly", overdueOnly)
                .param("today", Date.valueOf(today))
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query((row, n) -> new Row(task(row, today), "RESTRICTED".equals(row.getString("sensitivity"))))
                .list();
        // A task's title on a restricted case is part of it: its read is audited as the case's own reads are (the
        // database shows the user only the cases they may read).
        Set<CaseId> restrictedCases = new LinkedHashSet<>();
        rows.stream()
                .filter(Row::restricted)
                .forEach(row -> restrictedCases.add(row.task().caseId()));
        for (CaseId caseId : restrictedCases) {
            guard.audit("cases.task.restricted-read", "case", caseId.value(), caseId, Map.of());
        }
        return paging.page(rows.stream().map(Row::task).toList(), count(me, overdueOnly, today));
    }

    @Override
    @PreAuthorize("hasAuthority('cases:read')")
    @Transactional(readOnly = true)
    public long myOverdueCount() {
        return count(CurrentUser.get().id().value(), true, guard.today());
    }

    private long count(UUID me, boolean overdueOnly, LocalDate today) {
        return jdbc.sql("SELECT count(*) FROM cases_case_task t" + MINE)
                .param("me", me)
                .param("overdueOnly", overdueOnly)
                .param("today", Date.valueOf(today))
                .query(Long.class)
                .single();
    }

    private void close(CaseId caseId, CaseTaskId taskId, int version, String status, @Nullable String reason) {
        int updated = jdbc.sql("""
                        UPDATE cases_case_task
                           SET status = :status, closed_at = :now, closed_by = :by, cancel_reason = :reason,
                               updated_at = :now, updated_by = :by, version = version + 1
                         WHERE id = :id AND case_id = :case AND status = 'open' AND version = :version
                        """)
                .param("status", status)
                .param("reason", reason)
                .param("now", guard.timestamp(guard.now()))
                .param("by", guard.actor())
                .param("id", taskId.value())
                .param("case", caseId.value())
                .param("version", version)
                .update();
        refuseUnless(updated, caseId, taskId);
    }

    /** Nothing updated: the stored task says why. */
    private void refuseUnless(int updated, CaseId caseId, CaseTaskId taskId) {
        if (updated == 1) {
            return;
        }
        CaseTask stored = find(caseId, taskId).orElseThrow(() -> new CaseTaskNotFound(taskId));
        if (stored.status() != CaseTaskStatus.OPEN) {
            throw new CaseTaskNotOpen(taskId, stored.status());
        }
        throw new CaseTaskStale(taskId);
    }

    /** The title as kept; refuses a bad title, day or assignee field by field. */
    private String checked(@Nullable String title, @Nullable LocalDate dueOn, UserId assignee, CaseId caseId) {
        List<InvalidFields.Field> refused = new ArrayList<>();
        String kept = title == null ? "" : title.strip();
        if (kept.isEmpty() || kept.length() > LONGEST_TITLE) {
            refused.add(new InvalidFields.Field("title", "cases-work.invalid.title"));
        }
        if (dueOn == null || dueOn.isBefore(EARLIEST_DUE) || dueOn.isAfter(LATEST_DUE)) {
            refused.add(new InvalidFields.Field("dueOn", "cases-work.invalid.due-on"));
        }
        // A task is done by someone who can open its case: otherwise it would sit in a list they cannot act on.
        if (!restricted.mayRead(assignee, new RecordRef(CaseWorkGuard.CASE_RECORD, caseId.value()))
                || !holdsCaseRead(assignee)) {
            refused.add(new InvalidFields.Field("assigneeId", "cases-work.invalid.assignee"));
        }
        if (!refused.isEmpty()) {
            throw new InvalidFields(refused);
        }
        return kept;
    }

    /** Whether the account exists, is enabled and holds {@code cases:read} through one of its roles. */
    private boolean holdsCaseRead(UserId user) {
        return jdbc.sql("SELECT access_holds(:user, 'cases:read')")
                .param("user", user.value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    private CaseTask load(CaseId caseId, CaseTaskId taskId) {
        return find(caseId, taskId).orElseThrow(() -> new CaseTaskNotFound(taskId));
    }

    private Optional<CaseTask> find(CaseId caseId, CaseTaskId taskId) {
        LocalDate today = guard.today();
        return jdbc.sql(SELECT + " WHERE t.id = :id AND t.case_id = :case")
                .param("id", taskId.value())
                .param("case", caseId.value())
                .query((row, n) -> task(row, today))
                .optional();
    }

    private static CaseTask task(ResultSet row, LocalDate today) throws SQLException {
        CaseTaskStatus status = CaseTaskStatus.valueOf(row.getString("status").toUpperCase(Locale.ROOT));
        LocalDate dueOn = row.getObject("due_on", LocalDate.class);
        java.sql.Timestamp closedAt = row.getTimestamp("closed_at");
        return new CaseTask(
                new CaseTaskId(row.getObject("id", UUID.class)),
                new CaseId(row.getObject("case_id", UUID.class)),
                row.getString("case_number"),
                row.getString("title"),
                dueOn,
                new UserId(row.getObject("assigned_to", UUID.class)),
                status,
                status == CaseTaskStatus.OPEN && dueOn.isBefore(today),
                row.getTimestamp("created_at").toInstant(),
                row.getString("created_by"),
                closedAt == null ? null : closedAt.toInstant(),
                row.getString("closed_by"),
                row.getString("cancel_reason"),
                row.getInt("version"));
    }
}
