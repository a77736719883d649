package org.masar.cases.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.cases.CaseId;
import org.masar.cases.CaseNotOpen;
import org.masar.cases.CaseSummary;
import org.masar.people.PersonTimeline;
import org.masar.people.TimelineEntry;
import org.masar.shared.Actor;
import org.masar.shared.MissionTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the work on a case (tasks, notes, service plan, documents) checks before anything: the case readable through
 * {@link CaseService#summary} (the restricted-record rule, with its audited read and audited refusal), and for a write the
 * case still open. Also the one clock of the mission's day, the audit entries and the timeline entries of that work.
 */
@Component
class CaseWorkGuard {

    static final String MODULE = "cases";

    /** The restricted-record type of a case, as V32 registered it. */
    static final String CASE_RECORD = "cases.case";

    private final CaseService cases;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final PersonTimeline timeline;
    private final Clock clock;

    CaseWorkGuard(CaseService cases, JdbcClient jdbc, AuditTrail audit, PersonTimeline timeline, Clock clock) {
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

    /** The case as stored, without any check: only for work the system identity does ({@link CaseService#stored}). */
    CaseSummary stored(CaseId id) {
        return cases.stored(id);
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    Timestamp timestamp(Instant at) {
        return Timestamp.from(at);
    }

    /** Today in Libya: the day that decides whether a task is overdue. */
    LocalDate today() {
        return MissionTime.today(clock);
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
