package org.masar.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.access.AccessTestSupport.administrator;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * An administrator's change to an account takes effect on the account's very next request, in a session already
 * open and through a token already issued: demoting takes the rights away, and disabling, locking out and resetting
 * the password end the session (401 for the API, the sign-in page for pages) and stop the token. Each case starts from
 * a full administrator (second factor enrolled) who tries to create another administrator, as was seen done.
 */
@MasarIntegrationTest
class AccountChangesTakeEffectTests {

    private static final String PASSWORD = "an administrator's long passphrase";
    private static final Pattern TOTP_SECRET = Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7]+)<");

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

    // --- sessions ---

    @Test
    void aDemotedAdministratorsOpenSessionLosesTheAdministratorsRightsAtOnce() {
        Administrator admin = administratorWithSession();
        assertThat(createAdministrator(admin.session())).hasStatus(HttpStatus.CREATED);

        changeRoles(admin.id(), "VIEWER");

        assertThat(createAdministrator(admin.session()))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.denied");
        assertThat(mvc.get().uri("/admin/users").cookie(admin.session()).accept(MediaType.TEXT_HTML))
                .hasStatus(HttpStatus.FORBIDDEN);
        // Still signed in, with the viewer's rights.
        assertThat(mvc.get().uri("/api/v1/account").cookie(admin.session()))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.permissions")
                .asArray()
                .contains("geo:read")
                .doesNotContain("access:manage");
    }

    @Test
    void disablingAnAccountEndsItsOpenSession() {
        Administrator admin = administratorWithSession();

        assertThat(adminPost("/api/v1/admin/users/{id}/disable", admin.id())).hasStatusOk();

        assertSessionEnded(admin);
        assertThat(accounts.audited(admin.username(), "access.session.ended", "DENIED"))
                .isEqualTo(1);
        // Enabling the account again does not bring the old session back.
        assertThat(adminPost("/api/v1/admin/users/{id}/enable", admin.id())).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/account").cookie(admin.session())).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void lockingAnAccountOutEndsItsOpenSession() {
        Administrator admin = administratorWithSession();

        lockOut(admin.username());

        assertSessionEnded(admin);
    }

    @Test
    void resettingAPasswordEndsTheAccountsOpenSession() {
        Administrator admin = administratorWithSession();

        assertThat(adminPost("/api/v1/admin/users/{id}/password-reset", admin.id()))
                .hasStatusOk();

        assertSessionEnded(admin);
    }

    // --- tokens ---

    @Test
    void aDemotedAdministratorsTokenLosesTheAdministratorsRightsAtOnce() throws Exception {
        Administrator admin = administratorWithSession();
        String token = issueToken(admin.session());
        assertThat(createAdministrator(token)).hasStatus(HttpStatus.CREATED);

        // An M&E officer may still use tokens, but not administer accounts.
        changeRoles(admin.id(), "ME_OFFICER");

        assertThat(createAdministrator(token))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.denied");
        assertThat(mvc.get().uri("/api/v1/account").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.permissions")
                .asArray()
                .contains("results:export")
                .doesNotContain("access:manage");
    }

    @Test
    void disablingAnAccountStopsItsTokens() throws Exception {
        Administrator admin = administratorWithSession();
        String token = issueToken(admin.session());

        assertThat(adminPost("/api/v1/admin/users/{id}/disable", admin.id())).hasStatusOk();

        assertTokenRefused(token);
    }

    @Test
    void lockingAnAccountOutStopsItsTokens() throws Exception {
        Administrator admin = administratorWithSession();
        String token = issueToken(admin.session());

        lockOut(admin.username());

        assertTokenRefused(token);
    }

    @Test
    void resettingAPasswordRevokesTheAccountsTokens() throws Exception {
        Administrator admin = administratorWithSession();
        String token = issueToken(admin.session());

        assertThat(adminPost("/api/v1/admin/users/{id}/password-reset", admin.id()))
                .hasStatusOk();

        assertTokenRefused(token);
        assertThat(jdbc.sql("SELECT count(*) FROM access_api_token WHERE user_id = :id AND revoked_at IS NULL")
                        .param("id", admin.id())
                        .query(Long.class)
                        .single())
                .isZero();
        // Unlike disabling, the revocation outlasts the reset: the new password does not bring the token back.
        jdbc.sql("UPDATE access_user SET must_change_password = false WHERE id = :id")
                .param("id", admin.id())
                .update();
        assertTokenRefused(token);
    }

    // --- a second factor before a permission that needs one ---

    @Test
    void aTokenOfSomeoneMadeAdministratorOpensNothingUntilTheyEnrolASecondFactor() throws Exception {
        String username = TestAccounts.unique("promoted");
        UUID id = accounts.create(username, PASSWORD, "DTM_OFFICER");
        Cookie session = accounts.signedIn(username, PASSWORD);
        String token = issueToken(session);

        changeRoles(id, "ADMINISTRATOR");

        for (MvcTestResult call : new MvcTestResult[] {
            createAdministrator(token),
            mvc.get()
                    .uri("/api/v1/admin/users")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .exchange(),
            mvc.get()
                    .uri("/api/v1/account")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .exchange()
        }) {
            assertThat(call)
                    .hasStatus(HttpStatus.FORBIDDEN)
                    .bodyJson()
                    .extractingPath("$.type")
                    .isEqualTo("/problems/access.mfa-enrolment-required");
        }
        // The open session is held to the enrolment page, as at sign-in.
        assertThat(mvc.get().uri("/admin/users").cookie(session))
                .redirectedUrl()
                .isEqualTo("/account/mfa");
        assertThat(createAdministrator(session))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.mfa-enrolment-required");

        enrolTotp(session);
        assertThat(createAdministrator(token)).hasStatus(HttpStatus.CREATED);
    }

    // --- helpers ---

    private record Administrator(UUID id, String username, Cookie session) {}

    /** A full administrator: signed in, second factor enrolled in that same session. */
    private Administrator administratorWithSession() {
        String username = TestAccounts.unique("admin");
        UUID id = accounts.create(username, PASSWORD, "ADMINISTRATOR");
        Cookie session = accounts.signedIn(username, PASSWORD);
        enrolTotp(session);
        assertThat(mvc.get().uri("/api/v1/admin/users").cookie(session)).hasStatusOk();
        return new Administrator(id, username, session);
    }

    private void enrolTotp(Cookie session) {
        String page = AccessTestSupport.body(
                mvc.get().uri("/account/mfa").cookie(session).exchange());
        Matcher secret = TOTP_SECRET.matcher(page);
        assertThat(secret.find()).as(page).isTrue();
        assertThat(mvc.post()
                        .uri("/account/mfa")
                        .with(csrf())
                        .cookie(session)
                        .param("code", TestAccounts.totp(secret.group(1), Duration.ZERO)))
                .redirectedUrl()
                .isEqualTo("/account");
    }

    private String issueToken(Cookie session) throws Exception {
        MvcTestResult created = mvc.post()
                .uri("/api/v1/account/tokens")
                .with(csrf())
                .cookie(session)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"script\"}")
                .exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return json.readTree(created.getResponse().getContentAsString())
                .get("secret")
                .asString();
    }

    private MvcTestResult createAdministrator(Cookie session) {
        return mvc.post()
                .uri("/api/v1/admin/users")
                .with(csrf())
                .cookie(session)
                .contentType(MediaType.APPLICATION_JSON)
                .content(newAdministrator())
                .exchange();
    }

    private MvcTestResult createAdministrator(String token) {
        return mvc.post()
                .uri("/api/v1/admin/users")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(newAdministrator())
                .exchange();
    }

    private static String newAdministrator() {
        String username = TestAccounts.unique("made");
        return """
                {"username":"%s","displayName":"Made by a test","roles":["ADMINISTRATOR"]}
                """.formatted(username);
    }

    /** Replaces the account's roles through the administration API, as an administrator would. */
    private void changeRoles(UUID id, String role) {
        int version = jdbc.sql("SELECT version FROM access_user WHERE id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
        String username = jdbc.sql("SELECT username FROM access_user WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(mvc.put()
                        .uri("/api/v1/admin/users/{id}", id)
                        .with(administrator())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"displayName":"%s","roles":["%s"],"version":%d}
                                """.formatted(username, role, version)))
                .hasStatusOk();
    }

    /** Five wrong passwords at the sign-in form, from anyone, lock the account out. */
    private void lockOut(String username) {
        for (int i = 0; i < 5; i++) {
            assertThat(accounts.signIn(username, "not the password " + i))
                    .redirectedUrl()
                    .isEqualTo("/login?error");
        }
    }

    private void assertSessionEnded(Administrator admin) {
        assertThat(createAdministrator(admin.session()))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.unauthenticated");
        assertThat(mvc.get().uri("/admin/users").cookie(admin.session()).accept(MediaType.TEXT_HTML))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/login");
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE session_id = :id")
                        .param("id", TestAccounts.sessionId(admin.session()))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private void assertTokenRefused(String token) {
        assertThat(createAdministrator(token))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.token-invalid");
        assertThat(mvc.get().uri("/api/v1/account").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    private MvcTestResult adminPost(String uri, UUID id) {
        return mvc.post().uri(uri, id).with(administrator()).with(csrf()).exchange();
    }
}
