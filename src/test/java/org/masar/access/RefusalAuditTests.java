package org.masar.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A refusal is a fact the mission must be able to find afterwards: every 403, on a page or on the API, whoever refused
 * it, is an {@code access.refused} entry naming the user, the method and the path — once.
 */
@MasarIntegrationTest
class RefusalAuditTests {

    private static final String PASSWORD = "a viewer's long password";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    TestAccounts accounts;
    String viewer;
    Cookie session;

    @BeforeEach
    void aSignedInViewer() {
        accounts = new TestAccounts(jdbc, passwordEncoder, mvc);
        viewer = TestAccounts.unique("viewer");
        accounts.create(viewer, PASSWORD, "VIEWER");
        session = accounts.signedIn(viewer, PASSWORD);
    }

    @Test
    void aPageTheUserMayNotSeeIsRefusedAndTheRefusalAudited() {
        assertThat(mvc.get().uri("/admin/users").cookie(session).accept(MediaType.TEXT_HTML))
                .hasStatus(HttpStatus.FORBIDDEN);

        assertThat(refusals("GET /admin/users")).isEqualTo(1);
    }

    @Test
    void anApiCallTheUserMayNotMakeIsRefusedAndTheRefusalAudited() {
        assertThat(mvc.get().uri("/api/v1/admin/users").cookie(session))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.denied");

        assertThat(refusals("GET /api/v1/admin/users")).isEqualTo(1);
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedBySpringSecurityAndAudited() {
        assertThat(mvc.post()
                        .uri("/account/password")
                        .cookie(session)
                        .accept(MediaType.TEXT_HTML)
                        .param("currentPassword", PASSWORD))
                .hasStatus(HttpStatus.FORBIDDEN);

        assertThat(refusals("POST /account/password")).isEqualTo(1);
    }

    @Test
    void aDeniedRestrictedReadOrShareIsRecordedOnceByTheRecordsGuardNotAgainAsARefusal() {
        String assignee = TestAccounts.unique("assignee");
        UUID assigneeId = accounts.create(assignee, PASSWORD, "CASEWORKER");
        String created = mvc.post()
                .uri("/api/v1/access/restricted-samples")
                .cookie(accounts.signedIn(assignee, PASSWORD))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"A survivor's file\",\"sensitivity\":\"RESTRICTED\",\"assignedTo\":\"%s\"}"
                        .formatted(assigneeId))
                .exchange()
                .getResponse()
                .getHeader("Location");
        assertThat(created).isNotNull();

        assertThat(mvc.get().uri(created).cookie(session)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri(created + "/shares")
                        .cookie(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"userId\":\"%s\",\"reason\":\"Passing it on\"}".formatted(assigneeId)))
                .hasStatus(HttpStatus.FORBIDDEN);

        assertThat(accounts.audited(viewer, "access.restricted-read", "DENIED")).isEqualTo(1);
        assertThat(accounts.audited(viewer, "access.record.shared", "DENIED")).isEqualTo(1);
        assertThat(accounts.audited(viewer, "access.refused", null)).isZero();
    }

    private long refusals(String methodAndPath) {
        return jdbc.sql("""
                        SELECT count(*) FROM audit_entry
                         WHERE actor = :actor AND action = 'access.refused' AND outcome = 'DENIED'
                           AND subject_type = 'request' AND subject_id = :subject
                        """)
                .param("actor", viewer)
                .param("subject", methodAndPath)
                .query(Long.class)
                .single();
    }
}
