package org.masar.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.masar.MasarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Each seeded role, signed in for real, meets the rules where they are enforced: who may read the gazetteer, manage
 * sites, read the audit trail and administer accounts. The administrator's own path (second factor first) is the
 * browser journey's.
 */
@MasarIntegrationTest
class SeededRolesAtWorkTests {

    private static final String PASSWORD = "Wadi-Kaam-bridge-2026";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // role,                 gazetteer, manage sites, audit, administration
        "PROGRAMME_MANAGER,      200,       403,          403,   403",
        "CASEWORKER,             200,       403,          403,   403",
        "PROTECTION_CASEWORKER,  200,       403,          403,   403",
        "HEALTH_WORKER,          200,       403,          403,   403",
        "DTM_OFFICER,            200,       201,          403,   403",
        "DTM_ENUMERATOR,         200,       403,          403,   403",
        "ME_OFFICER,             200,       403,          403,   403",
        "PARTNER_CASEWORKER,     200,       403,          403,   403",
        "CASE_SUPERVISOR,        200,       403,          403,   403",
        "LOGISTICS_OFFICER,      200,       403,          403,   403",
        "CASH_OFFICER,           200,       403,          403,   403",
        "VIEWER,                 200,       403,          403,   403"
    })
    void aSignedInRoleMayDoExactlyWhatItGrants(String role, int gazetteer, int manageSites, int audit, int admin) {
        TestAccounts accounts = new TestAccounts(jdbc, passwordEncoder, mvc);
        String username = TestAccounts.unique(role.toLowerCase().replace('_', '-'));
        accounts.create(username, PASSWORD, role);
        Cookie session = accounts.signedIn(username, PASSWORD);

        assertThat(mvc.get().uri("/api/v1/geo/regions").cookie(session)).hasStatus(gazetteer);
        String code = "R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(mvc.post()
                        .uri("/api/v1/geo/sites")
                        .cookie(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"%s","type":"OFFICE","nameEn":"Field office","nameAr":"مكتب ميداني",
                                 "baladiya":"LY021401"}
                                """.formatted(code)))
                .hasStatus(manageSites);
        assertThat(mvc.get().uri("/api/v1/audit/entries").cookie(session)).hasStatus(audit);
        assertThat(mvc.get().uri("/api/v1/admin/users").cookie(session)).hasStatus(admin);
        assertThat(mvc.get().uri("/admin/users").cookie(session).accept(MediaType.TEXT_HTML))
                .hasStatus(admin == 200 ? HttpStatus.OK.value() : HttpStatus.FORBIDDEN.value());
    }
}
