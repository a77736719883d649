package org.masar.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.masar.audit.AuditTrail;
import org.masar.geo.Gazetteer;
import org.masar.geo.SiteDeactivated;
import org.masar.geo.SiteId;
import org.masar.geo.Sites;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Access alone (with the shared kernel), the gazetteer's and the audit trail's faces mocked: when a site is deactivated,
 * it stops being any user's default site, once, whatever the number of deliveries.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
class DefaultSitesModuleTests {

    @MockitoBean
    Sites sites;

    @MockitoBean
    Gazetteer gazetteer;

    @MockitoBean
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDeactivatedSiteIsNoLongerAnyonesDefaultSite(Scenario scenario) {
        SiteId closed = site();
        SiteId open = site();
        UUID worksThere = user(closed);
        UUID worksElsewhere = user(open);
        scenario.publish(new SiteDeactivated(closed))
                .andWaitForStateChange(() -> defaultSite(worksThere), Optional::isEmpty)
                .andVerify(none -> {
                    assertThat(defaultSite(worksElsewhere)).contains(open.value());
                    assertThat(updatedBy(worksThere)).isEqualTo("system");
                    verify(audit)
                            .record(argThat(event -> event.action().equals("access.user.default-site-cleared")
                                    && worksThere.toString().equals(event.subjectId())));
                });
    }

    @Test
    void aSecondDeliveryOfTheSameEventChangesAndRecordsNothing(Scenario scenario) {
        SiteId closed = site();
        UUID user = user(closed);
        scenario.publish(new SiteDeactivated(closed))
                .andWaitForStateChange(() -> defaultSite(user), Optional::isEmpty)
                .andVerify(none -> {});
        int version = version(user);
        scenario.publish(new SiteDeactivated(closed))
                .andWaitForStateChange(() -> completed(closed) >= 2)
                .andVerify(done -> {
                    assertThat(version(user)).isEqualTo(version);
                    verify(audit, times(1))
                            .record(argThat(event -> user.toString().equals(event.subjectId())));
                });
    }

    /** Completed deliveries of events about this site to the listener (archived by the registry). */
    private long completed(SiteId site) {
        return jdbc.sql("""
                        SELECT count(*) FROM event_publication_archive
                         WHERE serialized_event LIKE :site AND completion_date IS NOT NULL
                        """).param("site", "%" + site + "%").query(Long.class).single();
    }

    private SiteId site() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO geo_site (id, code, type, name_en, name_ar, baladiya_pcode, active,
                                              created_at, created_by, updated_at, updated_by)
                        VALUES (:id, :code, 'OFFICE', 'Test site', 'موقع', 'LY021401', true, :now, 'test', :now, 'test')
                        """)
                .param("id", id)
                .param("code", "DS-" + id.toString().substring(0, 8).toUpperCase())
                .param("now", java.sql.Timestamp.from(Instant.now()))
                .update();
        return new SiteId(id);
    }

    private UUID user(SiteId defaultSite) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO access_user (id, username, display_name, password_hash, default_site_id,
                                                 created_by, updated_by)
                        VALUES (:id, :username, 'Field officer', 'not-a-hash', :site, 'test', 'test')
                        """)
                .param("id", id)
                .param("username", "officer-" + id.toString().substring(0, 8))
                .param("site", defaultSite.value())
                .update();
        return id;
    }

    private Optional<UUID> defaultSite(UUID user) {
        return jdbc.sql("SELECT default_site_id FROM access_user WHERE id = :id")
                .param("id", user)
                .query((row, n) -> Optional.ofNullable(row.getObject(1, UUID.class)))
                .single();
    }

    private int version(UUID user) {
        return jdbc.sql("SELECT version FROM access_user WHERE id = :id")
                .param("id", user)
                .query(Integer.class)
                .single();
    }

    private String updatedBy(UUID user) {
        return jdbc.sql("SELECT updated_by FROM access_user WHERE id = :id")
                .param("id", user)
                .query(String.class)
                .single();
    }
}
