package org.masar.dtm.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.dtm.FlowMonitoring;
import org.masar.dtm.FlowMonitoringCount;
import org.masar.dtm.FlowMonitoringNewCount;
import org.masar.dtm.FlowMonitoringPoint;
import org.masar.dtm.FlowMonitoringSiteRefused;
import org.masar.dtm.FlowMonitoringSummary;
import org.masar.dtm.FlowMonitoringSummary.Granularity;
import org.masar.geo.PCode;
import org.masar.geo.Site;
import org.masar.geo.SiteFilter;
import org.masar.geo.SiteId;
import org.masar.geo.SiteNotFound;
import org.masar.geo.SiteType;
import org.masar.geo.Sites;
import org.masar.shared.Actor;
import org.masar.shared.InvalidFields;
import org.masar.shared.MissionTime;
import org.masar.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Daily counts at flow-monitoring points. A count of a day already counted replaces it: the replaced row is copied to
 * the revisions first, and the summary's figures get the difference, all in one transaction; a refused count writes
 * nothing. Audit entries name the point by id and the day, never a figure.
 */
@Service
class FlowMonitoringService implements FlowMonitoring {

    /** The first and last days a count, a survey or a summary may name. */
    static final LocalDate FIRST_DAY = LocalDate.of(1950, 1, 1);

    static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

    /** The longest period a summary by day may cover. */
    static final long MAX_DAYS_BY_DAY = 366;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Sites sites;
    private final FlowRollup rollup;
    private final FlowSummaryQueries summaries;
    private final AuditTrail audit;
    private final Clock clock;

    FlowMonitoringService(
            JdbcClient jdbc,
            JsonMapper json,
            Sites sites,
            FlowRollup rollup,
            FlowSummaryQueries summaries,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.sites = sites;
        this.rollup = rollup;
        this.summaries = summaries;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAuthority('dtm:collect')")
    @Transactional
    public FlowMonitoringCount record(SiteId point, LocalDate day, FlowMonitoringNewCount count) {
        Site site = point(sites, point);
        List<InvalidFields.Field> errors = new ArrayList<>();
        checkDay(day, "day", today(clock), errors);
        FlowBreakdown.check(count.incoming(), "incoming", errors);
        FlowBreakdown.check(count.outgoing(), "outgoing", errors);
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        Map<String, Long> figures = new LinkedHashMap<>(FlowBreakdown.figures("in", count.incoming()));
        figures.putAll(FlowBreakdown.figures("out", count.outgoing()));
        Instant now = now();
        String by = Actor.current().name();
        String baladiya = site.baladiya().pcode().value();
        Stored previous = jdbc.sql("""
                        SELECT baladiya_pcode, figures, revision FROM dtm_flow_count
                         WHERE site_id = :site AND day = :day FOR UPDATE
                        """)
                .param("site", point.value())
                .param("day", Date.valueOf(day))
                .query((rs, n) -> new Stored(
                        rs.getString("baladiya_pcode"), figures(json, rs.getString("figures")), rs.getInt("revision")))
                .optional()
                .orElse(null);
        int revision;
        if (previous == null) {
            revision = 1;
            jdbc.sql("""
                            INSERT INTO dtm_flow_count (site_id, day, baladiya_pcode, incoming, outgoing, figures,
                                                        revision, recorded_at, recorded_by)
                            VALUES (:site, :day, :baladiya, :incoming, :outgoing, CAST(:figures AS jsonb), 1, :at, :by)
                            """)
                    .param("site", point.value())
                    .param("day", Date.valueOf(day))
                    .param("baladiya", baladiya)
                    .param("incoming", count.incoming().total())
                    .param("outgoing", count.outgoing().total())
                    .param("figures", json.writeValueAsString(figures))
                    .param("at", Timestamp.from(now))
                    .param("by", by)
                    .update();
            rollup.add(day, baladiya, figures);
        } else {
            revision = previous.revision() + 1;
            jdbc.sql("""
                            INSERT INTO dtm_flow_count_revision (site_id, day, revision, incoming, outgoing, figures,
                                                                 recorded_at, recorded_by, replaced_at, replaced_by)
                            SELECT site_id, day, revision, incoming, outgoing, figures, recorded_at, recorded_by, :at, :by
                              FROM dtm_flow_count WHERE site_id = :site AND day = :day
                            """)
                    .param("site", point.value())
                    .param("day", Date.valueOf(day))
                    .param("at", Timestamp.from(now))
                    .param("by", by)
                    .update();
            jdbc.sql("""
                            UPDATE dtm_flow_count
                               SET baladiya_pcode = :baladiya, incoming = :incoming, outgoing = :outgoing,
                                   figures = CAST(:figures AS jsonb), revision = :revision, recorded_at = :at,
                                   recorded_by = :by
                             WHERE site_id = :site AND day = :day
                            """)
                    .param("site", point.value())
                    .param("day", Date.valueOf(day))
                    .param("baladiya", baladiya)
                    .param("incoming", count.incoming().total())
                    .param("outgoing", count.outgoing().total())
                    .param("figures", json.writeValueAsString(figures))
                    .param("revision", revision)
                    .param("at", Timestamp.from(now))
                    .param("by", by)
                    .update();
            if (previous.baladiya().equals(baladiya)) {
                Map<String, Long> delta = new HashMap<>(figures);
                previous.figures().forEach((key, value) -> delta.merge(key, -value, Long::sum));
                rollup.add(day, baladiya, delta);
            } else {
                Map<String, Long> removed = new HashMap<>();
                previous.figures().forEach((key, value) -> removed.put(key, -value));
                rollup.add(day, previous.baladiya(), removed);
                rollup.add(day, baladiya, figures);
            }
        }
        audit.record(AuditEvent.of(
                        previous == null ? "dtm.flow-count.recorded" : "dtm.flow-count.replaced",
                        "flow-point",
                        point.toString())
                .with("day", day)
                .with("revision", revision));
        return new FlowMonitoringCount(point, day, count.incoming(), count.outgoing(), revision, now);
    }

    private record Stored(String baladiya, Map<String, Long> figures, int revision) {}

    @Override
    @PreAuthorize("hasAuthority('dtm:read')")
    @Transactional(readOnly = true)
    public List<FlowMonitoringCount> counts(SiteId point, LocalDate from, LocalDate to) {
        List<InvalidFields.Field> errors = new ArrayList<>();
        checkPeriod(from, to, errors);
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        Site site = sites.find(point).orElseThrow(() -> new SiteNotFound(point));
        if (site.type() != SiteType.FLOW_MONITORING_POINT) {
            throw FlowMonitoringSiteRefused.notAPoint(point);
        }
        return jdbc.sql("""
                        SELECT site_id, day, figures, revision, recorded_at FROM dtm_flow_count
                         WHERE site_id = :site AND day BETWEEN :from AND :to ORDER BY day DESC
                        """)
                .param("site", point.value())
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query((rs, n) -> count(json, rs))
                .list();
    }

    @Override
    @PreAuthorize("hasAuthority('dtm:read') or hasAuthority('dtm:collect')")
    @Transactional(readOnly = true)
    public List<FlowMonitoringPoint> points() {
        List<Site> points = sites.search(
                        new SiteFilter(SiteType.FLOW_MONITORING_POINT, null, null, true), Paging.first(Paging.MAX_SIZE))
                .items();
        Map<UUID, FlowMonitoringCount> latest = new HashMap<>();
        if (!points.isEmpty()) {
            jdbc.sql("""
                            SELECT DISTINCT ON (site_id) site_id, day, figures, revision, recorded_at
                              FROM dtm_flow_count WHERE site_id = ANY (:sites) ORDER BY site_id, day DESC
                            """)
                    .param(
                            "sites",
                            points.stream().map(site -> site.id().value()).toArray(UUID[]::new))
                    .query((rs, n) -> count(json, rs))
                    .list()
                    .forEach(count -> latest.put(count.point().value(), count));
        }
        return points.stream()
                .map(site -> new FlowMonitoringPoint(site, latest.get(site.id().value())))
                .toList();
    }

    @Override
    @PreAuthorize("hasAuthority('dtm:read')")
    @Transactional(readOnly = true)
    public FlowMonitoringSummary summary(
            LocalDate from, LocalDate to, @Nullable PCode baladiya, @Nullable Granularity granularity) {
        List<InvalidFields.Field> errors = new ArrayList<>();
        checkPeriod(from, to, errors);
        if (baladiya != null && baladiya.value().length() != 8) {
            errors.add(new InvalidFields.Field("baladiya", "dtm-field.invalid.baladiya"));
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        Granularity by = granularity != null ? granularity : days <= 62 ? Granularity.DAY : Granularity.MONTH;
        if (errors.isEmpty() && by == Granularity.DAY && days > MAX_DAYS_BY_DAY) {
            errors.add(new InvalidFields.Field("granularity", "dtm-field.invalid.too-many-days"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        return summaries.summary(from, to, baladiya == null ? FlowRollup.LIBYA : baladiya.value(), by);
    }

    /** The site, if it is an active flow-monitoring point; else the problem that says why not. */
    static Site point(Sites sites, SiteId id) {
        Site site = sites.find(id).orElseThrow(() -> new SiteNotFound(id));
        if (site.type() != SiteType.FLOW_MONITORING_POINT) {
            throw FlowMonitoringSiteRefused.notAPoint(id);
        }
        if (!site.active()) {
            throw FlowMonitoringSiteRefused.inactive(id);
        }
        return site;
    }

    /** Today in Libya. */
    static LocalDate today(Clock clock) {
        return MissionTime.today(clock);
    }

    /** A day that can be recorded: within the years kept, and not after today in Libya. */
    static void checkDay(LocalDate day, String field, LocalDate today, List<InvalidFields.Field> errors) {
        if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
            errors.add(new InvalidFields.Field(field, "dtm-field.invalid.date"));
        } else if (day.isAfter(today)) {
            errors.add(new InvalidFields.Field(field, "dtm-field.invalid.future"));
        }
    }

    static void checkPeriod(LocalDate from, LocalDate to, List<InvalidFields.Field> errors) {
        if (from.isBefore(FIRST_DAY) || from.isAfter(LAST_DAY)) {
            errors.add(new InvalidFields.Field("from", "dtm-field.invalid.date"));
        }
        if (to.isBefore(FIRST_DAY) || to.isAfter(LAST_DAY)) {
            errors.add(new InvalidFields.Field("to", "dtm-field.invalid.date"));
        }
        if (errors.isEmpty() && to.isBefore(from)) {
            errors.add(new InvalidFields.Field("to", "dtm-field.invalid.period"));
        }
    }

    static Map<String, Long> figures(JsonMapper json, String text) {
        Map<String, Long> figures = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : json.readTree(text).properties()) {
            figures.put(entry.getKey(), entry.getValue().asLong());
        }
        return figures;
    }

    private static FlowMonitoringCount count(JsonMapper json, ResultSet rs) throws SQLException {
        Map<String, Long> figures = figures(json, rs.getString("figures"));
        return new FlowMonitoringCount(
                new SiteId(rs.getObject("site_id", UUID.class)),
                rs.getDate("day").toLocalDate(),
                FlowBreakdown.flow("in", figures),
                FlowBreakdown.flow("out", figures),
                rs.getInt("revision"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
