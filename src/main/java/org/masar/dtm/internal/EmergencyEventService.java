package org.masar.dtm.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.dtm.EmergencyEvent;
import org.masar.dtm.EmergencyEventId;
import org.masar.dtm.EmergencyEventNotFound;
import org.masar.dtm.EmergencyEventType;
import org.masar.dtm.EmergencyEvents;
import org.masar.dtm.EmergencyNewEvent;
import org.masar.dtm.EmergencyNewUpdate;
import org.masar.dtm.EmergencyUpdate;
import org.masar.geo.Baladiya;
import org.masar.geo.Gazetteer;
import org.masar.geo.Site;
import org.masar.geo.SiteId;
import org.masar.geo.Sites;
import org.masar.shared.Actor;
import org.masar.shared.InvalidFields;
import org.masar.shared.MissionTime;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emergency events and their updates. The first-report rule is {@link EmergencyDeadline}'s; "now" is the application's
 * clock. An event is written once with {@code JdbcClient}; its first report goes through the
 * {@link EmergencyEventReporting} aggregate, whose version lets exactly one of two first reports recorded at once
 * through (the other is a 409 and writes nothing). The event's current figures are read from its latest update (by the time they hold at, then by when they
 * were recorded).
 */
@Service
class EmergencyEventService implements EmergencyEvents {

    private static final String SELECT = """
            SELECT e.id, e.type, e.incident_at, e.first_report_due, e.baladiya_pcode, e.site_id, e.description,
                   e.first_reported_at, e.created_at, u.households, u.persons, u.needs, u.as_of,
                   (SELECT count(*) FROM dtm_emergency_update c WHERE c.event_id = e.id) AS updates
              FROM dtm_emergency_event e
              LEFT JOIN LATERAL (
                SELECT households, persons, needs, as_of FROM dtm_emergency_update l
                 WHERE l.event_id = e.id ORDER BY as_of DESC, recorded_at DESC LIMIT 1
              ) u ON true
            """;

    private static final LocalDate FIRST_DAY = LocalDate.of(1950, 1, 1);

    private final JdbcClient jdbc;
    private final Gazetteer gazetteer;
    private final Sites sites;
    private final AuditTrail audit;
    /** The application's clock; not final, so that a test can move it for this service (see EmergencyEventsApiTests). */
    private Clock clock;

    private final EmergencyEventReportingRepository reportings;

    EmergencyEventService(
            JdbcClient jdbc,
            EmergencyEventReportingRepository reportings,
            Gazetteer gazetteer,
            Sites sites,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.reportings = reportings;
        this.gazetteer = gazetteer;
        this.sites = sites;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAuthority('dtm:collect')")
    @Transactional
    public EmergencyEvent create(EmergencyNewEvent event) {
        Instant now = now();
        List<InvalidFields.Field> errors = new ArrayList<>();
        Instant incident = null;
        if (event.incidentAt().toLocalDate().isBefore(FIRST_DAY)) {
            errors.add(new InvalidFields.Field("incidentAt", "dtm-field.invalid.date"));
        } else {
            incident = EmergencyDeadline.libya(event.incidentAt());
            if (incident.isAfter(now)) {
                errors.add(new InvalidFields.Field("incidentAt", "dtm-field.invalid.future"));
            }
        }
        Baladiya baladiya = gazetteer.findBaladiya(event.baladiya()).orElse(null);
        if (baladiya == null) {
            errors.add(new InvalidFields.Field("baladiya", "dtm-field.invalid.baladiya"));
        } else if (!baladiya.isCurrentOn(LocalDate.ofInstant(now, MissionTime.ZONE))) {
            errors.add(new InvalidFields.Field("baladiya", "dtm-field.invalid.baladiya-not-current"));
        }
        if (event.site() != null) {
            Site site = sites.find(event.site()).orElse(null);
            if (site == null) {
                errors.add(new InvalidFields.Field("siteId", "dtm-field.invalid.site"));
            } else if (baladiya != null && !site.baladiya().pcode().equals(baladiya.pcode())) {
                errors.add(new InvalidFields.Field("siteId", "dtm-field.invalid.site-elsewhere"));
            }
        }
        if (event.description() != null && event.description().length() > 2000) {
            errors.add(new InvalidFields.Field("description", "dtm-field.invalid.too-long"));
        }
        if (!errors.isEmpty() || incident == null || baladiya == null) {
            throw new InvalidFields(errors);
        }
        EmergencyEventId id = EmergencyEventId.random();
        EmergencyDeadline deadline = new EmergencyDeadline(incident, null);
        jdbc.sql("""
                        INSERT INTO dtm_emergency_event (id, type, incident_at, first_report_due, baladiya_pcode,
                                                         site_id, description, created_at, created_by)
                        VALUES (:id, :type, :incident, :due, :baladiya, :site, :description, :at, :by)
                        """)
                .param("id", id.value())
                .param("type", event.type().name())
                .param("incident", Timestamp.from(incident))
                .param("due", Timestamp.from(deadline.due()))
                .param("baladiya", baladiya.pcode().value())
                .param("site", event.site() == null ? null : event.site().value())
                .param("description", blankToNull(event.description()))
                .param("at", Timestamp.from(now))
                .param("by", Actor.current().name())
                .update();
        audit.record(AuditEvent.of("dtm.emergency-event.created", "emergency-event", id.toString())
                .with("type", event.type().name())
                .with("baladiya", baladiya.pcode().value()));
        return read(id, now);
    }

    @Override
    @PreAuthorize("hasAuthority('dtm:collect')")
    @Transactional
    public EmergencyUpdate addUpdate(EmergencyEventId id, EmergencyNewUpdate update) {
        EmergencyEventReporting reporting = reportings.findById(id).orElseThrow(() -> new EmergencyEventNotFound(id));
        EmergencyDeadline deadline = reporting.deadline();
        Instant now = now();
        List<InvalidFields.Field> errors = new ArrayList<>();
        Instant asOf = now;
        LocalDateTime entered = update.asOf();
        if (entered != null) {
            if (entered.toLocalDate().isBefore(FIRST_DAY)) {
                errors.add(new InvalidFields.Field("asOf", "dtm-field.invalid.date"));
            } else {
                asOf = EmergencyDeadline.libya(entered);
                if (asOf.isAfter(now)) {
                    errors.add(new InvalidFields.Field("asOf", "dtm-field.invalid.future"));
                } else if (asOf.isBefore(deadline.incidentAt())) {
                    errors.add(new InvalidFields.Field("asOf", "dtm-field.invalid.before-incident"));
                }
            }
        }
        if (update.households() < 0 || update.households() > FlowBreakdown.MAX) {
            errors.add(new InvalidFields.Field("households", "dtm-field.invalid.count"));
        }
        if (update.persons() < 0 || update.persons() > FlowBreakdown.MAX) {
            errors.add(new InvalidFields.Field("persons", "dtm-field.invalid.count"));
        } else if (update.households() > update.persons()) {
            errors.add(new InvalidFields.Field("households", "dtm-field.invalid.more-households-than-persons"));
        }
        for (int i = 0; i < update.needs().size(); i++) {
            if (!NEEDS.contains(update.needs().get(i))) {
                errors.add(new InvalidFields.Field("needs[" + i + "]", "dtm-field.invalid.need"));
            }
        }
        if (update.note() != null && update.note().length() > 2000) {
            errors.add(new InvalidFields.Field("note", "dtm-field.invalid.too-long"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        EmergencyEventReporting.Report report = reporting.report(now);
        boolean first = report != EmergencyEventReporting.Report.LATER;
        boolean late = report == EmergencyEventReporting.Report.FIRST_LATE;
        UUID updateId = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO dtm_emergency_update (id, event_id, as_of, households, persons, needs, note, late,
                                                          recorded_at, recorded_by)
                        VALUES (:id, :event, :asOf, :households, :persons, :needs, :note, :late, :at, :by)
                        """)
                .param("id", updateId)
                .param("event", id.value())
                .param("asOf", Timestamp.from(asOf))
                .param("households", update.households())
                .param("persons", update.persons())
                .param("needs", new LinkedHashSet<>(update.needs()).toArray(String[]::new))
                .param("note", blankToNull(update.note()))
                .param("late", late)
                .param("at", Timestamp.from(now))
                .param("by", Actor.current().name())
                .update();
        if (first) {
            reportings.save(reporting);
        }
        audit.record(AuditEvent.of("dtm.emergency-event.updated", "emergency-event", id.toString())
                .with("update", updateId)
                .with("first", first)
                .with("late", late));
        return new EmergencyUpdate(
                updateId,
                id,
                asOf,
                update.households(),
                update.persons(),
                List.copyOf(new LinkedHashSet<>(update.needs())),
                blankToNull(update.note()),
                late,
                now);
    }

    @Override
    @PreAuthorize("hasAuthority('dtm:read') or hasAuthority('dtm:collect')")
    @Transactional(readOnly = true)
    public EmergencyEvent get(EmergencyEventId id) {
        return read(id, clock.instant());
    }

    @Override
    @PreAuthorize("hasAuthority('dtm:read') or hasAuthority('dtm:collect')")
    @Transactional(readOnly = true)
    public List<EmergencyUpdate> updates(EmergencyEventId id) {
        read(id, clock.instant());
        return jdbc.sql("""
                        SELECT id, event_id, as_of, households, persons, needs, note, late, recorded_at
                          FROM dtm_emergency_update WHERE event_id = :id ORDER BY as_of DESC, recorded_at DESC
                        """)
                .param("id", id.value())
                .query((rs, n) -> new EmergencyUpdate(
                        rs.getObject("id", UUID.class),
                        new EmergencyEventId(rs.getObject("event_id", UUID.class)),
                        rs.getTimestamp("as_of").toInstant(),
                        rs.getLong("households"),
                        rs.getLong("persons"),
                        List.of((String[]) rs.getArray("needs").getArray()),
                        rs.getString("note"),
                        rs.getBoolean("late"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    @Override
    @PreAuthorize("hasAuthority('dtm:read') or hasAuthority('dtm:collect')")
    @Transactional(readOnly = true)
    public PageJson<EmergencyEvent> list(Paging paging) {
        Instant now = clock.instant();
        long total = jdbc.sql("SELECT count(*) FROM dtm_emergency_event")
                .query(Long.class)
                .single();
        List<EmergencyEvent> events = jdbc.sql(SELECT + " ORDER BY e.incident_at DESC, e.id LIMIT :size OFFSET :offset")
                .param("size", paging.size())
                .param("offset", (long) paging.page() * paging.size())
                .query((rs, n) -> event(rs, now))
                .list();
        return new PageJson<>(events, paging.page(), paging.size(), total);
    }

    @Override
    @PreAuthorize("hasAuthority('dtm:read') or hasAuthority('dtm:collect')")
    @Transactional(readOnly = true)
    public List<EmergencyEvent> overdue(Instant at) {
        if (at.isBefore(EmergencyDeadline.libya(FIRST_DAY.atStartOfDay()))
                || at.isAfter(EmergencyDeadline.libya(LocalDate.of(2101, 1, 1).atStartOfDay()))) {
            throw new InvalidFields(List.of(new InvalidFields.Field("at", "dtm-field.invalid.date")));
        }
        return jdbc.sql(SELECT
                        + " WHERE e.first_report_due < :at AND (e.first_reported_at IS NULL OR e.first_reported_at > :at)"
                        + " ORDER BY e.first_report_due, e.id LIMIT 500")
                .param("at", Timestamp.from(at))
                .query((rs, n) -> event(rs, at))
                .list();
    }

    @Override
    @PreAuthorize("hasAuthority('dtm:read') or hasAuthority('dtm:collect')")
    @Transactional(readOnly = true)
    public List<EmergencyEvent> overdue() {
        return overdue(clock.instant());
    }

    private EmergencyEvent read(EmergencyEventId id, Instant now) {
        return jdbc.sql(SELECT + " WHERE e.id = :id")
                .param("id", id.value())
                .query((rs, n) -> event(rs, now))
                .optional()
                .orElseThrow(() -> new EmergencyEventNotFound(id));
    }

    private static EmergencyEvent event(ResultSet rs, Instant now) throws SQLException {
        EmergencyDeadline deadline =
                new EmergencyDeadline(rs.getTimestamp("incident_at").toInstant(), instant(rs, "first_reported_at"));
        UUID site = rs.getObject("site_id", UUID.class);
        java.sql.Array needs = rs.getArray("needs");
        return new EmergencyEvent(
                new EmergencyEventId(rs.getObject("id", UUID.class)),
                EmergencyEventType.valueOf(rs.getString("type")),
                deadline.incidentAt(),
                deadline.due(),
                rs.getString("baladiya_pcode"),
                site == null ? null : new SiteId(site),
                rs.getString("description"),
                deadline.firstReportedAt(),
                deadline.overdueAt(now),
                deadline.firstReportLate(),
                rs.getLong("households"),
                rs.getLong("persons"),
                needs == null ? List.of() : List.of((String[]) needs.getArray()),
                instant(rs, "as_of"),
                rs.getInt("updates"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
