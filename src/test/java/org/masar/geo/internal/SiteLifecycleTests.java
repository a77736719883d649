package org.masar.geo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.masar.geo.SiteAlreadyActive;
import org.masar.geo.SiteDeactivated;
import org.masar.geo.SiteId;
import org.masar.geo.SiteNotActive;
import org.masar.geo.SiteReactivated;

/** Every transition of a site's lifecycle, allowed and refused, and the events each raises. */
class SiteLifecycleTests {

    static final Instant CREATED = Instant.parse("2026-01-05T08:00:00Z");
    static final Instant LATER = Instant.parse("2026-02-01T10:30:00Z");

    final SiteId id = new SiteId(UUID.randomUUID());

    @Test
    void anActiveSiteIsDeactivatedWithWhoAndWhenAndRaisesSiteDeactivated() {
        SiteLifecycle site = active();
        site.deactivate("geo-manager", LATER);
        assertThat(site.active()).isFalse();
        assertThat(site.deactivatedAt()).isEqualTo(LATER);
        assertThat(site.deactivatedBy()).isEqualTo("geo-manager");
        assertThat(site.updatedAt()).isEqualTo(LATER);
        assertThat(site.updatedBy()).isEqualTo("geo-manager");
        assertThat(site.domainEvents()).containsExactly(new SiteDeactivated(id));
    }

    @Test
    void aDeactivatedSiteCannotBeDeactivatedAgainAndNothingChanges() {
        SiteLifecycle site = inactive();
        assertThatThrownBy(() -> site.deactivate("someone-else", LATER))
                .isInstanceOf(SiteNotActive.class)
                .extracting("code")
                .isEqualTo("geo.site-not-active");
        assertThat(site.deactivatedBy()).isEqualTo("geo-manager");
        assertThat(site.deactivatedAt()).isEqualTo(CREATED);
        assertThat(site.domainEvents()).isEmpty();
    }

    @Test
    void aDeactivatedSiteIsReactivatedForgettingItsDeactivationAndRaisesSiteReactivated() {
        SiteLifecycle site = inactive();
        site.reactivate("geo-lead", LATER);
        assertThat(site.active()).isTrue();
        assertThat(site.deactivatedAt()).isNull();
        assertThat(site.deactivatedBy()).isNull();
        assertThat(site.updatedBy()).isEqualTo("geo-lead");
        assertThat(site.domainEvents()).containsExactly(new SiteReactivated(id));
    }

    @Test
    void anActiveSiteCannotBeReactivatedAndNothingChanges() {
        SiteLifecycle site = active();
        assertThatThrownBy(() -> site.reactivate("geo-lead", LATER))
                .isInstanceOf(SiteAlreadyActive.class)
                .extracting("code")
                .isEqualTo("geo.site-already-active");
        assertThat(site.updatedAt()).isEqualTo(CREATED);
        assertThat(site.domainEvents()).isEmpty();
    }

    @Test
    void aSiteGoesOutOfUseAndBackAsOftenAsNeededEachStepWithItsEvent() {
        SiteLifecycle site = active();
        site.deactivate("geo-manager", LATER);
        site.reactivate("geo-manager", LATER.plusSeconds(60));
        site.deactivate("geo-manager", LATER.plusSeconds(120));
        assertThat(site.active()).isFalse();
        assertThat(site.domainEvents())
                .containsExactly(new SiteDeactivated(id), new SiteReactivated(id), new SiteDeactivated(id));
    }

    private SiteLifecycle active() {
        return new SiteLifecycle(id, "TRP-DP-01", true, null, null, CREATED, "creator", 0);
    }

    private SiteLifecycle inactive() {
        return new SiteLifecycle(id, "TRP-DP-01", false, CREATED, "geo-manager", CREATED, "geo-manager", 3);
    }
}
