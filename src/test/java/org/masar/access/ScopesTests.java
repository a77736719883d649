package org.masar.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Scopes as later modules read them through the face: explicit limits, mission-wide roles, and failing closed. */
@MasarIntegrationTest
class ScopesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Users users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aUserWithoutLimitsIsUnrestrictedOnlyThroughAMissionWideRole() {
        UserId viewer =
                new UserId(AccessTestSupport.createUser(mvc, AccessTestSupport.uniqueName("viewer"), null, "VIEWER"));
        Scopes missionWide = users.scopesOf(viewer);
        assertThat(missionWide.allOffices()).isTrue();
        assertThat(missionWide.coversBaladiya("LY010102")).isTrue();
        assertThat(missionWide.coversProgramme(Programme.DTM)).isTrue();

        UserId caseworker =
                new UserId(AccessTestSupport.createUser(mvc, AccessTestSupport.uniqueName("cw"), null, "CASEWORKER"));
        Scopes closed = users.scopesOf(caseworker);
        assertThat(closed.missionWide()).isFalse();
        assertThat(closed.coversBaladiya("LY010102")).isFalse();
        assertThat(closed.coversProgramme(Programme.PROTECTION)).isFalse();
        assertThat(closed.coversOffice(new OfficeId(UUID.randomUUID()))).isFalse();
    }

    @Test
    void explicitLimitsApplyEvenToMissionWideRoles() {
        Scopes limited = new Scopes(true, Set.of(), Set.of("LY010102"), Set.of(Programme.HEALTH));
        assertThat(limited.coversBaladiya("LY010102")).isTrue();
        assertThat(limited.coversBaladiya("LY020101")).isFalse();
        assertThat(limited.coversProgramme(Programme.HEALTH)).isTrue();
        assertThat(limited.coversProgramme(Programme.SAR)).isFalse();
        assertThat(limited.allOffices()).isTrue();
        assertThat(Scopes.none().coversProgramme(Programme.AAP)).isFalse();
    }

    @Test
    void theSignedInUsersScopesAreNoneWhenNobodyIsSignedIn() {
        String username = AccessTestSupport.uniqueName("current");
        AccessTestSupport.createUser(mvc, username, null, "ME_OFFICER");
        SecurityContextHolder.clearContext();
        assertThat(users.currentScopes()).isEqualTo(Scopes.none());
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, Set.of(new SimpleGrantedAuthority("results:read"))));
        assertThat(users.currentScopes().missionWide()).isTrue();
        assertThat(users.currentScopes().coversProgramme(Programme.DTM)).isTrue();
    }
}
