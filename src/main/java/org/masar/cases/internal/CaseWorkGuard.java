package org.masar.cases.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.masar.access.OfficeId;
import org.masar.access.Sensitivity;
import org.masar.access.UserId;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.cases.CaseId;
import org.masar.cases.CaseNotFound;
import org.masar.cases.CaseNotOpen;
import org.masar.cases.CaseSummary;
import org.masar.cases.Cases;
import org.masar.people.HouseholdId;
import org.masar.people.PersonId;
import org.masar.people.PersonTimeline;
import org.masar.people.TimelineEntry;
import org.masar.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the work on a case (tasks, notes, service plan, documents) checks before anything: the case readable through
 * {@link Cases#summary} (the restricted-record rule, with its audited read and audited refusal), and for a write the
 * case still open. Also the one clock of the mission's day, the audit entries and the timeline entries of that work.
 */
@Component
class CaseWorkGuard {

    /** The mission's day: a task is overdue once its day has passed here. */
    static final ZoneId MISSION_ZONE = ZoneId.of("Africa/Tripoli");

    static final String MODULE = "cases";

    /** The restricted-record type of a case, as V32 registered it. */
    static final String CASE_RECORD = "cases.case";

    private final Cases cases;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final PersonTimeline timeline;
    private final Clock clock;

    CaseWorkGuard(Cases cases, JdbcClient jdbc, AuditTrail audit, PersonTimeline timeline, Clock clock) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.audit = audit;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** The case, for a reader (404, or 403 audited; a restricted case's read audited). */
    CaseSummary readable(CaseId id) {
        return cases.summary(id);
    }

    /** The case, for a writer of its parts: readable, and open. */
    CaseSummary writable(CaseId id) {
        CaseSummary summary = cases.summary(id);
        if (!"open".equals(summary.status())) {
            throw new CaseNotOpen(id, summary.status());
        }
        return summary;
    }

    /**
     * The case as stored, without any check: only for work the system identity does (a delivery another module
     * records), whose caller need not read the case.
     *
     * @throws CaseNotFound when there is no such case
     */
    CaseSummary stored(CaseId id) {
        return jdbc.sql("""
                        SELECT c.id, c.case_number, c.case_type, c.person_id, c.household_id, c.office_id,
                               c.assigned_to, c.sensitivity, c.status, t.timeline_permission
                          FROM cases_case c JOIN cases_case_type t ON t.code = c.case_type WHERE c.id = :id
                        """)
                .param("id", id.value())
                .query((row, n) -> new CaseSummary(
                        id,
                        row.getString("case_number"),
                        row.getString("case_type"),
                        new PersonId(row.getObject("person_id", UUID.class)),
                        row.getObject("household_id", UUID.class) == null
                                ? null
                                : new HouseholdId(row.getObject("household_id", UUID.class)),
                        new OfficeId(row.getObject("office_id", UUID.class)),
                        row.getObject("assigned_to", UUID.class) == null
                                ? null
                                : new UserId(row.getObject("assigned_to", UUID.class)),
                        Sensitivity.valueOf(row.getString("sensitivity")),
                        row.getString("status"),
                        row.getString("timeline_permission")))
                .optional()
                .orElseThrow(() -> new CaseNotFound(id));
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    Timestamp timestamp(Instant at) {
        return Timestamp.from(at);
    }

    /** Today in Libya: the day that decides whether a task is overdue. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), MISSION_ZONE);
    }

    String actor() {
        return Actor.current().name();
    }

    void audit(String action, String subjectType, UUID subject, CaseId caseId, Map<String, String> details) {
        AuditEvent event =
                AuditEvent.of(action, subjectType, subject.toString()).with("case", caseId.toString());
        for (Map.Entry<String, String> detail : details.entrySet()) {
            event = event.with(detail.getKey(), detail.getValue());
        }
        audit.record(event);
    }

    /**
     * Puts a meaningful step on the person's timeline, seen with the case type's timeline permission (a protection
     * case's entries are hidden from readers without {@code protection:read-restricted}), in the step's transaction.
     */
    void onTimeline(CaseSummary summary, String kind, UUID recordId, Instant at) {
        String actor = actor();
        TimelineEntry entry =
                new TimelineEntry(at, MODULE, kind, recordId.toString(), actor, Map.of("case", summary.caseNumber()));
        timeline.add(summary.person(), entry, summary.timelinePermission());
    }
}
