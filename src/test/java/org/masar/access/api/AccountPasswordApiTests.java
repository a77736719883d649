package org.masar.access.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/** Changing one's own password through the API: the same rules and lock-out as the page, and never with a token. */
@MasarIntegrationTest
class AccountPasswordApiTests {

    private static final String NEXT = "Ghadames old town at noon, 2026";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JsonMapper json;

    TestAccounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(jdbc, passwordEncoder, mvc);
    }

    @Test
    void aGoodNewPasswordReplacesTheOldOne() {
        String username = TestAccounts.unique("changer");
        String current = "the current password of " + username;
        accounts.create(username, current, "VIEWER");
        Cookie session = accounts.signedIn(username, current);

        assertThat(change(session, current, NEXT)).hasStatus(HttpStatus.NO_CONTENT);

        assertThat(mvc.get().uri("/api/v1/account").cookie(session)).hasStatusOk();
        assertThat(accounts.signIn(username, current)).redirectedUrl().isEqualTo("/login?error");
        accounts.signedIn(username, NEXT);
    }

    @Test
    void aRefusedPasswordIsAValidationProblemNamingEachRule() {
        String username = TestAccounts.unique("weakling");
        String current = "the current password of " + username;
        accounts.create(username, current, "VIEWER");
        Cookie session = accounts.signedIn(username, current);

        MvcTestResult refused = change(session, current, "4321drowssap");
        assertThat(refused)
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/validation");
        assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("newPassword");
        assertThat(refused).bodyJson().extractingPath("$.errors[0].code").isEqualTo("access.password.weak");
        assertThat(mvc.post()
                        .uri("/api/v1/account/password")
                        .with(csrf())
                        .cookie(session)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"x\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void wrongCurrentPasswordsLockTheAccountAfterFive() {
        String username = TestAccounts.unique("api-guessed");
        String current = "the current password of " + username;
        accounts.create(username, current, "VIEWER");
        Cookie session = accounts.signedIn(username, current);

        for (int i = 1; i <= 5; i++) {
            assertThat(change(session, "a guess " + i, NEXT))
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyJson()
                    .extractingPath("$.errors[0].code")
                    .isEqualTo("access.password.current-wrong");
        }

        assertThat(accounts.audited(username, "access.sign-in", "FAILURE")).isEqualTo(5);
        assertThat(change(session, current, NEXT))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.unauthenticated");
    }

    @Test
    void aTokenCannotChangeThePassword() throws Exception {
        String username = TestAccounts.unique("scripted");
        String current = "the current password of " + username;
        accounts.create(username, current, "DTM_OFFICER");
        Cookie session = accounts.signedIn(username, current);
        MvcTestResult issued = mvc.post()
                .uri("/api/v1/account/tokens")
                .with(csrf())
                .cookie(session)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"script\"}")
                .exchange();
        String token = json.readTree(issued.getResponse().getContentAsString())
                .get("secret")
                .asString();

        assertThat(mvc.post()
                        .uri("/api/v1/account/password")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(current, NEXT)))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.token-cannot-change-password");
        accounts.signedIn(username, current);
    }

    private MvcTestResult change(Cookie session, String current, String next) {
        return mvc.post()
                .uri("/api/v1/account/password")
                .with(csrf())
                .cookie(session)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(current, next))
                .exchange();
    }

    private static String body(String current, String next) {
        return """
                {"currentPassword": "%s", "newPassword": "%s", "confirmation": "%s"}
                """.formatted(current, next, next);
    }
}
