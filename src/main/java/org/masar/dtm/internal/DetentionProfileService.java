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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.dtm.DetentionCentre;
import org.masar.dtm.DetentionCentreRefused;
import org.masar.dtm.DetentionNewSnapshot;
import org.masar.dtm.DetentionProfiles;
import org.masar.dtm.DetentionSnapshot;
import org.masar.geo.Site;
import org.masar.geo.SiteFilter;
import org.masar.geo.SiteId;
import org.masar.geo.SiteNotFound;
import org.masar.geo.SiteType;
import org.masar.geo.Sites;
import org.masar.shared.Actor;
import org.masar.shared.InvalidFields;
import org.masar.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Detention-centre snapshots: one per centre and day; a second one of the same day replaces it (its revision goes up,
 * the audit trail keeps that it was replaced). The occupancy rate is computed when read, from population and capacity.
 */
@Service
class DetentionProfileService implements DetentionProfiles {

    private static final String SELECT = """
            SELECT id, site_id, observed_on, population, capacity, figures, services, conditions, notes, revision,
                   recorded_at
              FROM dtm_detention_snapshot
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Sites sites;
    private final AuditTrail audit;
    private final Clock clock;

    DetentionProfileService(JdbcClient jdbc, JsonMapper json, Sites sites, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.sites = sites;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAuthority('dtm:collect')")
    @Transactional
    public DetentionSnapshot record(SiteId centre, LocalDate observedOn, DetentionNewSnapshot snapshot) {
        Site site = centre(centre, true);
        List<InvalidFields.Field> errors = new ArrayList<>();
        FlowMonitoringService.checkDay(observedOn, "observedOn", FlowMonitoringService.today(clock), errors);
        FlowBreakdown.check(snapshot.population(), "population", errors);
        if (snapshot.capacity() != null && (snapshot.capacity() < 0 || snapshot.capacity() > FlowBreakdown.MAX)) {
            errors.add(new InvalidFields.Field("capacity", "dtm-field.invalid.count"));
        }
        for (int i = 0; i < snapshot.services().size(); i++) {
            if (!SERVICES.contains(snapshot.services().get(i))) {
                errors.add(new InvalidFields.Field("services[" + i + "]", "dtm-field.invalid.service"));
            }
        }
        snapshot.conditions().forEach((condition, level) -> {
            if (!CONDITIONS.contains(condition)) {
                errors.add(new InvalidFields.Field("conditions", "dtm-field.invalid.condition"));
            } else if (!LEVELS.contains(level)) {
                errors.add(new InvalidFields.Field("conditions." + condition, "dtm-field.invalid.level"));
            }
        });
        if (snapshot.notes() != null && snapshot.notes().length() > 2000) {
            errors.add(new InvalidFields.Field("notes", "dtm-field.invalid.too-long"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors.stream().distinct().toList());
        }
        Map<String, Long> figures = FlowBreakdown.figures("total", snapshot.population());
        String[] services = new LinkedHashSet<>(snapshot.services()).toArray(String[]::new);
        Instant now = now();
        String by = Actor.current().name();
        int updated = jdbc.sql("""
                        UPDATE dtm_detention_snapshot
                           SET baladiya_pcode = :baladiya, population = :population, capacity = :capacity,
                               figures = CAST(:figures AS jsonb), services = :services,
                               conditions = CAST(:conditions AS jsonb), notes = :notes, revision = revision + 1,
                               recorded_at = :at, recorded_by = :by
                         WHERE site_id = :site AND observed_on = :on
                        """)
                .param("site", centre.value())
                .param("on", Date.valueOf(observedOn))
                .param("baladiya", site.baladiya().pcode().value())
                .param("population", snapshot.population().total())
                .param("capacity", snapshot.capacity())
                .param("figures", json.writeValueAsString(figures))
                .param("services", services)
                .param("conditions", json.writeValueAsString(new TreeMap<>(snapshot.conditions())))
                .param("notes", blankToNull(snapshot.notes()))
                .param("at", Timestamp.from(now))
                .param("by", by)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO dtm_detention_snapshot (id, site_id, observed_on, baladiya_pcode, population,
                                                                capacity, figures, services, conditions, notes,
                                                                recorded_at, recorded_by)
                            VALUES (:id, :site, :on, :baladiya, :population, :capacity, CAST(:figures AS jsonb),
                                    :services, CAST(:conditions AS jsonb), :notes, :at, :by)
                            """)
                    .param("id", UUID.randomUUID())
                    .param("site", centre.value())
                    .param("on", Date.valueOf(observedOn))
                    .param("baladiya", site.baladiya().pcode().value())
                    .param("population", snapshot.population().total())
                    .param("capacity", snapshot.capacity())
                    .param("figures", json.writeValueAsString(figures))
                    .param("services", services)
                    .param("conditions", json.writeValueAsString(new TreeMap<>(snapshot.conditions())))
                    .param("notes", blankToNull(snapshot.notes()))
                    .param("at", Timestamp.from(now))
                    .param("by", by)
                    .update();
        }
        DetentionSnapshot stored = jdbc.sql(SELECT + " WHERE site_id = :site AND observed_on = :on")
                .param("site", centre.value())
                .param("on", Date.valueOf(observedOn))
                .query((rs, n) -> snapshot(rs))
                .single();
        audit.record(AuditEvent.of(
                        updated == 0 ? "dtm.detention-snapshot.recorded" : "dtm.detention-snapshot.replaced",
                        "detention-centre",
                        centre.toString())
                .with("day", observedOn)
                .with("revision", stored.revision()));
        return stored;
    }

    @Override
    @PreAuthorize("hasAuthority('dtm:read')")
    @Transactional(readOnly = true)
    public List<DetentionSnapshot> snapshots(SiteId centre) {
        centre(centre, false);
        return jdbc.sql(SELECT + " WHERE site_id = :site ORDER BY observed_on DESC")
                .param("site", centre.value())
                .query((rs, n) -> snapshot(rs))
                .list();
    }

    @Override
    @PreAuthorize("hasAuthority('dtm:read') or hasAuthority('dtm:collect')")
    @Transactional(readOnly = true)
    public List<DetentionCentre> centres() {
        List<Site> centres = sites.search(
                        new SiteFilter(SiteType.DETENTION_CENTRE, null, null, true), Paging.first(Paging.MAX_SIZE))
                .items();
        Map<UUID, DetentionSnapshot> latest = new HashMap<>();
        if (!centres.isEmpty()) {
            jdbc.sql("SELECT DISTINCT ON (site_id) * FROM (" + SELECT + ") s WHERE site_id = ANY (:sites)"
                            + " ORDER BY site_id, observed_on DESC")
                    .param(
                            "sites",
                            centres.stream().map(site -> site.id().value()).toArray(UUID[]::new))
                    .query((rs, n) -> snapshot(rs))
                    .list()
                    .forEach(snapshot -> latest.put(snapshot.centre().value(), snapshot));
        }
        return centres.stream()
                .map(site -> new DetentionCentre(site, latest.get(site.id().value())))
                .toList();
    }

    private Site centre(SiteId id, boolean mustBeActive) {
        Site site = sites.find(id).orElseThrow(() -> new SiteNotFound(id));
        if (site.type() != SiteType.DETENTION_CENTRE) {
            throw DetentionCentreRefused.notACentre(id);
        }
        if (mustBeActive && !site.active()) {
            throw DetentionCentreRefused.inactive(id);
        }
        return site;
    }

    private DetentionSnapshot snapshot(ResultSet rs) throws SQLException {
        long population = rs.getLong("population");
        Long capacity = rs.getObject("capacity", Long.class);
        Map<String, String> conditions = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry :
                json.readTree(rs.getString("conditions")).properties()) {
            conditions.put(entry.getKey(), entry.getValue().asString());
        }
        return new DetentionSnapshot(
                rs.getObject("id", UUID.class),
                new SiteId(rs.getObject("site_id", UUID.class)),
                rs.getDate("observed_on").toLocalDate(),
                FlowBreakdown.flow("total", FlowMonitoringService.figures(json, rs.getString("figures"))),
                capacity,
                capacity == null || capacity == 0 ? null : Math.round(population * 10_000.0 / capacity) / 10_000.0,
                List.of((String[]) rs.getArray("services").getArray()),
                conditions,
                rs.getString("notes"),
                rs.getInt("revision"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static @org.jspecify.annotations.Nullable String blankToNull(
            @org.jspecify.annotations.Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
