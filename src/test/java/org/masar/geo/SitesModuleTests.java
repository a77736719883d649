package org.masar.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.masar.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The gazetteer alone (with the shared kernel), its one neighbour's face mocked: deactivating and reactivating a site
 * publish their events into the registry, and a refused transition publishes nothing.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
class SitesModuleTests {

    @MockitoBean
    AuditTrail audit;

    @Autowired
    Sites sites;

    @Test
    void deactivatingASitePublishesSiteDeactivated(Scenario scenario) {
        SiteId id = sites.create(site());
        scenario.stimulate(() -> sites.deactivate(id))
                .andWaitForEventOfType(SiteDeactivated.class)
                .matchingMappedValue(SiteDeactivated::id, id)
                .toArriveAndVerify(event -> assertThat(sites.get(id).active()).isFalse());
    }

    @Test
    void reactivatingASitePublishesSiteReactivated(Scenario scenario) {
        SiteId id = sites.create(site());
        sites.deactivate(id);
        scenario.stimulate(() -> sites.reactivate(id))
                .andWaitForEventOfType(SiteReactivated.class)
                .matchingMappedValue(SiteReactivated::id, id)
                .toArriveAndVerify(event -> assertThat(sites.get(id).active()).isTrue());
    }

    @Test
    void aRefusedTransitionChangesAndPublishesNothing(AssertablePublishedEvents events) {
        SiteId id = sites.create(site());
        sites.deactivate(id);
        assertThatThrownBy(() -> sites.deactivate(id)).isInstanceOf(SiteNotActive.class);
        assertThat(events.ofType(SiteDeactivated.class).matching(SiteDeactivated::id, id))
                .hasSize(1);
        assertThat(sites.get(id).version()).isEqualTo(1);
    }

    private static SiteDetails site() {
        String code = "MT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return new SiteDetails(code, SiteType.OFFICE, "Module test site", "موقع اختبار", PCode.parse("LY021401"), null);
    }
}
