package org.masar.access.internal;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.DefaultSites;
import org.masar.access.UserId;
import org.masar.access.UserNotFound;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.geo.SiteId;
import org.masar.geo.SiteNotActive;
import org.masar.geo.SiteNotFound;
import org.masar.geo.Sites;
import org.masar.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users' default sites, checked against the gazetteer through its face when chosen. */
@Service
class DefaultSiteService implements DefaultSites {

    private final JdbcClient jdbc;
    private final Sites sites;
    private final AuditTrail audit;

    DefaultSiteService(JdbcClient jdbc, Sites sites, AuditTrail audit) {
        this.jdbc = jdbc;
        this.sites = sites;
        this.audit = audit;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<SiteId> of(UserId user) {
        return jdbc.sql("SELECT default_site_id FROM access_user WHERE id = :id")
                .param("id", user.value())
                .query((row, n) -> Optional.ofNullable(row.getObject("default_site_id", UUID.class)))
                .optional()
                .orElseThrow(() -> new UserNotFound(user))
                .map(SiteId::new);
    }

    @Override
    @PreAuthorize("hasAuthority('access:manage')")
    @Transactional
    public void choose(UserId user, @Nullable SiteId site) {
        if (site != null
                && !sites.find(site).orElseThrow(() -> new SiteNotFound(site)).active()) {
            throw new SiteNotActive(site);
        }
        int updated = jdbc.sql("""
                        UPDATE access_user
                           SET default_site_id = :site, updated_at = now(), updated_by = :actor, version = version + 1
                         WHERE id = :id AND default_site_id IS DISTINCT FROM :site
                        """)
                .param("site", site == null ? null : site.value())
                .param("actor", Actor.current().name())
                .param("id", user.value())
                .update();
        if (updated == 0) {
            of(user); // unknown user: UserNotFound; otherwise it was already so, and nothing is recorded
            return;
        }
        audit.record(AuditEvent.of("access.user.default-site-chosen", "user", user.toString())
                .with("site", site == null ? "" : site.toString()));
    }
}
