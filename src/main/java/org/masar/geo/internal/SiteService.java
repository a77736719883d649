package org.masar.geo.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.geo.Baladiya;
import org.masar.geo.BaladiyaNotCurrent;
import org.masar.geo.Coordinates;
import org.masar.geo.DuplicateSiteCode;
import org.masar.geo.Gazetteer;
import org.masar.geo.Site;
import org.masar.geo.SiteDetails;
import org.masar.geo.SiteFilter;
import org.masar.geo.SiteId;
import org.masar.geo.SiteNotFound;
import org.masar.geo.Sites;
import org.masar.shared.Actor;
import org.masar.shared.ChangeStamp;
import org.masar.shared.MissionTime;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sites' business steps. Creating and editing a site (reference data) is one SQL statement guarded by the row's
 * version; deactivating and reactivating go through the {@link SiteLifecycle} aggregate, which refuses a transition
 * that does not apply and raises the event other modules react to. Either way concurrent edits on any node end in a
 * clean 409 instead of a lost update, and a refused step writes nothing. Audit entries name the site by id and code and
 * list the fields that changed, never their values.
 */
@Service
class SiteService implements Sites {

    private final JdbcClient jdbc;
    private final SiteQueries queries;
    private final SiteLifecycleRepository lifecycles;
    private final Gazetteer gazetteer;
    private final AuditTrail audit;
    private final Clock clock;

    /**
     * Sites by id as of the change stamp (geo_site and the gazetteer's tables are stamped, V53): a flow survey from a
     * phone finds its point here at each submission.
     */
    private final ChangeStamp.Cache<SiteId, Optional<Site>> byId;

    SiteService(
            JdbcClient jdbc,
            SiteQueries queries,
            SiteLifecycleRepository lifecycles,
            Gazetteer gazetteer,
            AuditTrail audit,
            Clock clock,
            ChangeStamp changes) {
        this.byId = changes.cache(10_000);
        this.jdbc = jdbc;
        this.queries = queries;
        this.lifecycles = lifecycles;
        this.gazetteer = gazetteer;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAuthority('geo:manage')")
    @Transactional
    public SiteId create(SiteDetails details) {
        requireCurrent(gazetteer.getBaladiya(details.baladiya()));
        SiteId id = SiteId.random();
        Instant now = now();
        String by = Actor.current().name();
        try {
            jdbc.sql("""
                            INSERT INTO geo_site (id, code, type, name_en, name_ar, baladiya_pcode, lat, lon, active,
                                                  created_at, created_by, updated_at, updated_by, version)
                            VALUES (:id, :code, :type, :nameEn, :nameAr, :baladiya, :lat, :lon, true,
                                    :now, :by, :now, :by, 0)
                            """)
                    .param("id", id.value())
                    .param("code", details.code())
                    .param("type", details.type().name())
                    .param("nameEn", details.nameEn())
                    .param("nameAr", details.nameAr())
                    .param("baladiya", details.baladiya().value())
                    .param("lat", latitude(details.location()))
                    .param("lon", longitude(details.location()))
                    .param("now", Timestamp.from(now))
                    .param("by", by)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new DuplicateSiteCode(details.code());
        }
        audit.record(AuditEvent.of("geo.site.created", "site", id.toString())
                .with("code", details.code())
                .with("type", details.type().name())
                .with("baladiya", details.baladiya().value()));
        return id;
    }

    @Override
    @PreAuthorize("hasAuthority('geo:manage')")
    @Transactional
    public Site update(SiteId id, int expectedVersion, SiteDetails details) {
        Site current = queries.find(id).orElseThrow(() -> new SiteNotFound(id));
        if (current.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("Site " + id + " is at version " + current.version());
        }
        List<String> changed = changes(current, details);
        if (changed.isEmpty()) {
            return current;
        }
        if (changed.contains("baladiya")) {
            requireCurrent(gazetteer.getBaladiya(details.baladiya()));
        }
        int updated;
        try {
            updated = jdbc.sql("""
                            UPDATE geo_site
                               SET code = :code, type = :type, name_en = :nameEn, name_ar = :nameAr,
                                   baladiya_pcode = :baladiya, lat = :lat, lon = :lon,
                                   updated_at = :now, updated_by = :by, version = version + 1
                             WHERE id = :id AND version = :version
                            """)
                    .param("code", details.code())
                    .param("type", details.type().name())
                    .param("nameEn", details.nameEn())
                    .param("nameAr", details.nameAr())
                    .param("baladiya", details.baladiya().value())
                    .param("lat", latitude(details.location()))
                    .param("lon", longitude(details.location()))
                    .param("now", Timestamp.from(now()))
                    .param("by", Actor.current().name())
                    .param("id", id.value())
                    .param("version", expectedVersion)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new DuplicateSiteCode(details.code());
        }
        if (updated == 0) {
            throw new OptimisticLockingFailureException("Site " + id + " changed meanwhile");
        }
        audit.record(AuditEvent.of("geo.site.updated", "site", id.toString())
                .with("code", details.code())
                .with("changed", String.join(",", changed)));
        return get(id);
    }

    @Override
    @PreAuthorize("hasAuthority('geo:manage')")
    @Transactional
    public Site deactivate(SiteId id) {
        SiteLifecycle site = lifecycles.findById(id).orElseThrow(() -> new SiteNotFound(id));
        site.deactivate(Actor.current().name(), now());
        lifecycles.save(site);
        audit.record(
                AuditEvent.of("geo.site.deactivated", "site", id.toString()).with("code", site.code()));
        return get(id);
    }

    @Override
    @PreAuthorize("hasAuthority('geo:manage')")
    @Transactional
    public Site reactivate(SiteId id) {
        SiteLifecycle site = lifecycles.findById(id).orElseThrow(() -> new SiteNotFound(id));
        site.reactivate(Actor.current().name(), now());
        lifecycles.save(site);
        audit.record(
                AuditEvent.of("geo.site.reactivated", "site", id.toString()).with("code", site.code()));
        return get(id);
    }

    @Override
    @PreAuthorize("hasAuthority('geo:read')")
    @Transactional(readOnly = true)
    public Optional<Site> find(SiteId id) {
        return byId.get(id, queries::find);
    }

    @Override
    @PreAuthorize("hasAuthority('geo:read')")
    @Transactional(readOnly = true)
    public Site get(SiteId id) {
        return queries.find(id).orElseThrow(() -> new SiteNotFound(id));
    }

    @Override
    @PreAuthorize("hasAuthority('geo:read')")
    @Transactional(readOnly = true)
    public PageJson<Site> search(SiteFilter filter, Paging paging) {
        return queries.search(filter, paging);
    }

    private void requireCurrent(Baladiya baladiya) {
        if (!baladiya.isCurrentOn(MissionTime.today(clock))) {
            throw new BaladiyaNotCurrent(baladiya.pcode());
        }
    }

    /** The names of the fields that the details change (for the audit entry: which fields, never their values). */
    private static List<String> changes(Site current, SiteDetails details) {
        List<String> changed = new ArrayList<>();
        if (!current.code().equals(details.code())) {
            changed.add("code");
        }
        if (current.type() != details.type()) {
            changed.add("type");
        }
        if (!current.nameEn().equals(details.nameEn())) {
            changed.add("name_en");
        }
        if (!current.nameAr().equals(details.nameAr())) {
            changed.add("name_ar");
        }
        if (!current.baladiya().pcode().equals(details.baladiya())) {
            changed.add("baladiya");
        }
        if (!Objects.equals(current.location(), details.location())) {
            changed.add("location");
        }
        return changed;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static @Nullable BigDecimal latitude(@Nullable Coordinates location) {
        return location == null
                ? null
                : BigDecimal.valueOf(location.latitude()).setScale(6, java.math.RoundingMode.HALF_UP);
    }

    private static @Nullable BigDecimal longitude(@Nullable Coordinates location) {
        return location == null
                ? null
                : BigDecimal.valueOf(location.longitude()).setScale(6, java.math.RoundingMode.HALF_UP);
    }
}
