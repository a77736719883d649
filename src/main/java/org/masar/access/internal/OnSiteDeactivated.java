package org.masar.access.internal;

import java.util.List;
import java.util.UUID;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.geo.SiteDeactivated;
import org.masar.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A site out of use is no one's default site any more, so no form offers it first. Runs after the deactivation
 * committed, in its own transaction, as the system; the registry redelivers it if the node dies meanwhile, and a second
 * delivery finds no user pointing at the site, so it changes and records nothing.
 */
@Component
class OnSiteDeactivated {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    OnSiteDeactivated(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(SiteDeactivated event) {
        List<UUID> cleared = jdbc.sql("""
                        UPDATE access_user
                           SET default_site_id = NULL, updated_at = now(), updated_by = :actor, version = version + 1
                         WHERE default_site_id = :site
                        RETURNING id
                        """)
                .param("actor", Actor.current().name())
                .param("site", event.id().value())
                .query(UUID.class)
                .list();
        for (UUID user : cleared) {
            audit.record(AuditEvent.of("access.user.default-site-cleared", "user", user.toString())
                    .with("site", event.id().toString()));
        }
    }
}
