package org.masar.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Signing in and out through the real form: sessions in PostgreSQL, failures, lock-out and its end, audit. */
@MasarIntegrationTest
class SignInTests {

    private static final String PASSWORD = "correct horse battery staple";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    TestAccounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(jdbc, passwordEncoder, mvc);
    }

    @Test
    void aRightPasswordSignsInWithASessionKeptInPostgres() {
        String username = TestAccounts.unique("viewer");
        accounts.create(username, PASSWORD, "VIEWER");

        MvcTestResult result = accounts.signIn(username, PASSWORD);

        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/");
        Cookie session = result.getResponse().getCookie(TestAccounts.SESSION_COOKIE);
        assertThat(session).isNotNull();
        assertThat(jdbc.sql("SELECT principal_name FROM spring_session WHERE session_id = :id")
                        .param("id", TestAccounts.sessionId(session))
                        .query(String.class)
                        .optional())
                .contains(username);
        assertThat(mvc.get().uri("/").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains(username)
                .contains("id=\"sign-out\"");
        assertThat(accounts.audited(username, "access.sign-in", "SUCCESS")).isEqualTo(1);
    }

    @Test
    void aWrongPasswordIsRefusedCountedAndAuditedWithoutThePassword() {
        String username = TestAccounts.unique("viewer");
        accounts.create(username, PASSWORD, "VIEWER");
        String wrong = "wrong-" + UUID.randomUUID();

        assertThat(accounts.signIn(username, wrong))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/login?error");
        assertThat(mvc.get().uri("/login?error")).bodyText().contains("id=\"sign-in-error\"");
        assertThat(failedSignIns(username)).isEqualTo(1);
        assertThat(accounts.audited(username, "access.sign-in", "FAILURE")).isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_entry
                         WHERE details::text LIKE :wrong OR coalesce(reason, '') LIKE :wrong OR actor LIKE :wrong
                        """)
                        .param("wrong", "%" + wrong + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anUnknownUsernameGetsTheSameAnswerAsAWrongPassword() {
        String nobody = TestAccounts.unique("nobody");
        assertThat(accounts.signIn(nobody, PASSWORD)).redirectedUrl().isEqualTo("/login?error");
        assertThat(accounts.audited(nobody, "access.sign-in", "FAILURE")).isEqualTo(1);
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutesWithoutSayingSo() {
        String username = TestAccounts.unique("locked");
        accounts.create(username, PASSWORD, "VIEWER");

        for (int i = 0; i < SignInState.MAX_FAILURES; i++) {
            assertThat(accounts.signIn(username, "not the password " + i))
                    .redirectedUrl()
                    .isEqualTo("/login?error");
        }

        OffsetDateTime lockedUntil = lockedUntil(username);
        assertThat(lockedUntil).isNotNull();
        assertThat(lockedUntil.toInstant())
                .isBetween(
                        java.time.Instant.now().plus(SignInState.LOCK_OUT).minusSeconds(60),
                        java.time.Instant.now().plus(SignInState.LOCK_OUT).plusSeconds(1));
        assertThat(accounts.audited(username, "access.sign-in.locked-out", "DENIED"))
                .isEqualTo(1);
        // Even the right password is now refused, with the very same answer as any failure.
        MvcTestResult locked = accounts.signIn(username, PASSWORD);
        assertThat(locked).redirectedUrl().isEqualTo("/login?error");
        assertThat(locked.getResponse().getCookie(TestAccounts.SESSION_COOKIE)).isNull();
        assertThat(accounts.audited(username, "access.sign-in", "DENIED")).isEqualTo(1);
    }

    @Test
    void aLockThatRanOutLetsTheRightPasswordInAndStartsTheCountAgain() {
        String username = TestAccounts.unique("unlocked");
        accounts.create(username, PASSWORD, "VIEWER");
        expireLock(username);

        accounts.signedIn(username, PASSWORD);

        assertThat(failedSignIns(username)).isZero();
        assertThat(lockedUntil(username)).isNull();
    }

    @Test
    void aFailureAfterALockRanOutCountsFromOneAgain() {
        String username = TestAccounts.unique("relock");
        accounts.create(username, PASSWORD, "VIEWER");
        expireLock(username);

        assertThat(accounts.signIn(username, "still wrong")).redirectedUrl().isEqualTo("/login?error");

        assertThat(failedSignIns(username)).isEqualTo(1);
        assertThat(lockedUntil(username)).isNull();
    }

    @Test
    void signingOutEndsTheSessionEverywhere() {
        String username = TestAccounts.unique("leaver");
        accounts.create(username, PASSWORD, "VIEWER");
        Cookie session = accounts.signedIn(username, PASSWORD);

        assertThat(mvc.post().uri("/logout").with(csrf()).cookie(session))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/login?signedOut");

        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE session_id = :id")
                        .param("id", TestAccounts.sessionId(session))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(mvc.get().uri("/").cookie(session)).hasStatus(HttpStatus.FOUND);
        assertThat(accounts.audited(username, "access.sign-out", "SUCCESS")).isEqualTo(1);
    }

    @Test
    void theSignInFormNeedsItsCsrfToken() {
        String username = TestAccounts.unique("csrf");
        accounts.create(username, PASSWORD, "VIEWER");
        assertThat(mvc.post().uri("/login").param("username", username).param("password", PASSWORD))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(failedSignIns(username)).isZero();
    }

    @Test
    void pagesCarrySecureHeaders() {
        assertThat(mvc.get().uri("/login"))
                .hasStatusOk()
                .headers()
                .containsHeaders("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options");
    }

    private int failedSignIns(String username) {
        return jdbc.sql("SELECT failed_sign_ins FROM access_user WHERE username = :username")
                .param("username", username)
                .query(Integer.class)
                .single();
    }

    private @Nullable OffsetDateTime lockedUntil(String username) {
        return jdbc.sql("SELECT locked_until FROM access_user WHERE username = :username")
                .param("username", username)
                .query((row, n) -> java.util.Optional.ofNullable(row.getObject(1, OffsetDateTime.class)))
                .single()
                .orElse(null);
    }

    private void expireLock(String username) {
        jdbc.sql("""
                        UPDATE access_user SET failed_sign_ins = :max, locked_until = now() - interval '1 minute'
                         WHERE username = :username
                        """)
                .param("max", SignInState.MAX_FAILURES)
                .param("username", username)
                .update();
    }
}
