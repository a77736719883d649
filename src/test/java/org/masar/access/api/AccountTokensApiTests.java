package org.masar.access.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** API tokens: issued once, stored hashed, used statelessly as bearer tokens with the owner's current permissions. */
@MasarIntegrationTest
class AccountTokensApiTests {

    private static final String PASSWORD = "a scripting officer's password";

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
    void aTokenIssuedWithASessionOpensTheApiUntilItIsRevoked() throws Exception {
        String username = TestAccounts.unique("scripter");
        UUID userId = accounts.create(username, PASSWORD, "ME_OFFICER");
        Cookie session = accounts.signedIn(username, PASSWORD);

        MvcTestResult created = mvc.post()
                .uri("/api/v1/account/tokens")
                .with(csrf())
                .cookie(session)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"nightly export\"}")
                .exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED);
        JsonNode body = json.readTree(created.getResponse().getContentAsString());
        String secret = body.get("secret").asString();
        String id = body.get("token").get("id").asString();
        assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/account/tokens/" + id);
        assertThat(secret).startsWith(body.get("token").get("prefix").asString());
        // Only the hash is kept.
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM access_api_token WHERE token_hash = encode(sha256(convert_to(:secret, 'UTF8')), 'hex')")
                        .param("secret", secret)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM access_api_token WHERE user_id = :id AND token_hash LIKE :s")
                        .param("id", userId)
                        .param("s", "%" + secret.substring(4) + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(accounts.audited(username, "access.token.created", "SUCCESS"))
                .isEqualTo(1);

        MvcTestResult used = mvc.get()
                .uri("/api/v1/account/tokens")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)
                .exchange();
        assertThat(used)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[0].id")
                .isEqualTo(id);
        // Stateless: no session is made for a token call.
        assertThat(used.getResponse().getCookie(TestAccounts.SESSION_COOKIE)).isNull();
        assertThat(mvc.get().uri("/api/v1/account/tokens/{id}", id).cookie(session))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.lastUsedAt")
                .isNotNull();

        // A token may revoke itself, without any CSRF token.
        assertThat(mvc.delete()
                        .uri("/api/v1/account/tokens/{id}", id)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(accounts.audited(username, "access.token.revoked", "SUCCESS"))
                .isEqualTo(1);

        assertThat(mvc.get().uri("/api/v1/account").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.token-invalid");
        assertThat(accounts.audited(username, "access.token.denied", "DENIED")).isEqualTo(1);
    }

    @Test
    void aTokenCarriesItsOwnersPermissionsAsTheyAreAtEachCall() throws Exception {
        String username = TestAccounts.unique("owner");
        UUID userId = accounts.create(username, PASSWORD, "ME_OFFICER");
        String secret = issue(accounts.signedIn(username, PASSWORD), "{\"name\": \"reports\"}");

        assertThat(me(secret))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.permissions")
                .asArray()
                .contains("results:export")
                .doesNotContain("people:read");

        jdbc.sql("INSERT INTO access_user_role (user_id, role_code) VALUES (:id, 'PROGRAMME_MANAGER')")
                .param("id", userId)
                .update();
        assertThat(me(secret))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.permissions")
                .asArray()
                .contains("people:read");

        setEnabled(userId, false);
        assertThat(me(secret)).hasStatus(HttpStatus.UNAUTHORIZED);
        setEnabled(userId, true);
        assertThat(me(secret)).hasStatusOk();

        jdbc.sql("UPDATE access_user SET locked_until = now() + interval '10 minutes' WHERE id = :id")
                .param("id", userId)
                .update();
        assertThat(me(secret)).hasStatus(HttpStatus.UNAUTHORIZED);
        jdbc.sql("UPDATE access_user SET locked_until = NULL WHERE id = :id")
                .param("id", userId)
                .update();

        // Without api:tokens any more, the owner's tokens stop working.
        jdbc.sql("DELETE FROM access_user_role WHERE user_id = :id")
                .param("id", userId)
                .update();
        assertThat(me(secret)).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(accounts.audited(username, "access.token.denied", "DENIED")).isEqualTo(3);
    }

    @Test
    void aTokenCannotIssueTokens() throws Exception {
        String username = createTokenUser();
        String secret = issue(accounts.signedIn(username, PASSWORD), "{\"name\": \"first\"}");

        // A leaked token must not be able to mint successors that outlive its revocation.
        assertThat(mvc.post()
                        .uri("/api/v1/account/tokens")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"second\"}"))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.token-cannot-issue-tokens");
        assertThat(jdbc.sql("SELECT count(*) FROM access_api_token t JOIN access_user u ON u.id = t.user_id"
                                + " WHERE u.username = :u")
                        .param("u", username)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(accounts.audited(username, "access.token.created", "DENIED")).isEqualTo(1);
        // It may still list and use what it is.
        assertThat(me(secret)).hasStatusOk();
    }

    @Test
    void everyTokenExpiresByDefaultAndNoneMayOutliveTheMaximumLifetime() throws Exception {
        Cookie session = accounts.signedIn(createTokenUser(), PASSWORD);

        MvcTestResult unspecified = create(session, "{\"name\": \"default lifetime\"}");
        assertThat(unspecified).hasStatus(HttpStatus.CREATED);
        java.time.Instant expiresAt =
                java.time.Instant.parse(json.readTree(unspecified.getResponse().getContentAsString())
                        .get("token")
                        .get("expiresAt")
                        .asString());
        java.time.Instant inThirtyDays = java.time.Instant.now().plus(java.time.Duration.ofDays(30));
        assertThat(expiresAt).isBetween(inThirtyDays.minusSeconds(60), inThirtyDays.plusSeconds(1));

        java.time.Instant withinMaximum = java.time.Instant.now().plus(java.time.Duration.ofDays(364));
        assertThat(create(session, "{\"name\": \"a year\", \"expiresAt\": \"" + withinMaximum + "\"}"))
                .hasStatus(HttpStatus.CREATED);

        java.time.Instant beyondMaximum = java.time.Instant.now().plus(java.time.Duration.ofDays(366));
        assertThat(create(session, "{\"name\": \"too long\", \"expiresAt\": \"" + beyondMaximum + "\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.token-expiry-too-late");
        assertThat(create(session, "{\"name\": \"forever\", \"expiresAt\": \"2999-01-01T00:00:00Z\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST);

        // The page refuses it too, with the same rule explained.
        assertThat(mvc.post()
                        .uri("/account/tokens")
                        .with(csrf())
                        .cookie(session)
                        .param("name", "from the page")
                        .param(
                                "expiresOn",
                                java.time.LocalDate.now().plusYears(2).toString()))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"token-problem\"")
                .doesNotContain("id=\"token-secret\"");
    }

    @Test
    void unknownAndExpiredTokensAreRefusedWithAProblem() throws Exception {
        assertThat(me("msr_" + UUID.randomUUID()))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.token-invalid");

        String username = TestAccounts.unique("expiring");
        accounts.create(username, PASSWORD, "DTM_OFFICER");
        String secret = issue(
                accounts.signedIn(username, PASSWORD),
                "{\"name\": \"short-lived\", \"expiresAt\": \""
                        + java.time.Instant.now().plus(java.time.Duration.ofDays(7)) + "\"}");
        assertThat(me(secret)).hasStatusOk();
        jdbc.sql("UPDATE access_api_token SET expires_at = now() - interval '1 second' WHERE prefix = :prefix")
                .param("prefix", secret.substring(0, 12))
                .update();
        assertThat(me(secret)).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void onlyUsersWithTheTokenPermissionMayIssueTokens() {
        String username = TestAccounts.unique("viewer");
        accounts.create(username, PASSWORD, "VIEWER");
        Cookie session = accounts.signedIn(username, PASSWORD);
        assertThat(mvc.post()
                        .uri("/api/v1/account/tokens")
                        .with(csrf())
                        .cookie(session)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"not allowed\"}"))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.denied");
        assertThat(mvc.post()
                        .uri("/api/v1/account/tokens")
                        .with(csrf())
                        .cookie(accounts.signedIn(createTokenUser(), PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("name");
    }

    @Test
    void theAccountPageIssuesATokenShownOnceAndRevokesIt() throws Exception {
        String username = createTokenUser();
        Cookie session = accounts.signedIn(username, PASSWORD);
        MvcTestResult created = mvc.post()
                .uri("/account/tokens")
                .with(csrf())
                .cookie(session)
                .param("name", "from the page")
                .exchange();
        assertThat(created).hasStatusOk();
        String page = created.getResponse().getContentAsString();
        java.util.regex.Matcher secret = java.util.regex.Pattern.compile("id=\"token-secret\">(msr_[A-Za-z0-9_-]+)<")
                .matcher(page);
        assertThat(secret.find()).isTrue();
        assertThat(me(secret.group(1))).hasStatusOk();

        String account = mvc.get()
                .uri("/account")
                .cookie(session)
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(account).contains("from the page").doesNotContain(secret.group(1));
        String id = jdbc.sql("SELECT id::text FROM access_api_token WHERE prefix = :p")
                .param("p", secret.group(1).substring(0, 12))
                .query(String.class)
                .single();
        assertThat(mvc.post()
                        .uri("/account/tokens/{id}/revoke", id)
                        .with(csrf())
                        .cookie(session))
                .hasStatus(HttpStatus.FOUND);
        assertThat(me(secret.group(1))).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theTokenEndpointsArePublishedInTheOpenApiDocument() {
        assertThat(mvc.get().uri("/api/v1/openapi.json"))
                .hasStatusOk()
                .bodyText()
                .contains("/api/v1/account/tokens")
                .contains("/api/v1/account/tokens/{id}");
    }

    private String createTokenUser() {
        String username = TestAccounts.unique("tokens");
        accounts.create(username, PASSWORD, "DTM_OFFICER");
        return username;
    }

    private String issue(Cookie session, String request) throws Exception {
        MvcTestResult created = mvc.post()
                .uri("/api/v1/account/tokens")
                .with(csrf())
                .cookie(session)
                .contentType(MediaType.APPLICATION_JSON)
                .content(request)
                .exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return json.readTree(created.getResponse().getContentAsString())
                .get("secret")
                .asString();
    }

    private MvcTestResult create(Cookie session, String request) {
        return mvc.post()
                .uri("/api/v1/account/tokens")
                .with(csrf())
                .cookie(session)
                .contentType(MediaType.APPLICATION_JSON)
                .content(request)
                .exchange();
    }

    private MvcTestResult me(String secret) {
        return mvc.get()
                .uri("/api/v1/account")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)
                .exchange();
    }

    private void setEnabled(UUID userId, boolean enabled) {
        jdbc.sql("UPDATE access_user SET enabled = :enabled WHERE id = :id")
                .param("enabled", enabled)
                .param("id", userId)
                .update();
    }
}
