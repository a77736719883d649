package org.masar.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The account pages through the real sign-in: a one-time password must be changed first, an administrator must then
 * enrol TOTP, and from then on signs in with a code; the password policy's messages; optional TOTP for others.
 */
@MasarIntegrationTest
class AccountPagesTests {

    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7]+)<");

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
    void anAdministratorChangesTheOneTimePasswordThenEnrolsTotpThenSignsInWithACode() throws Exception {
        String username = TestAccounts.unique("admin");
        String oneTime = "One-time-password-" + username;
        String chosen = "a long phrase nobody guesses " + username.length();
        accounts.create(username, oneTime, true, "ADMINISTRATOR");

        // The one-time password signs in, but only the password page is open.
        Cookie session = accounts.signedIn(username, oneTime);
        assertThat(mvc.get().uri("/").cookie(session))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/account/password");
        assertThat(mvc.get().uri("/account/mfa").cookie(session))
                .redirectedUrl()
                .isEqualTo("/account/password");
        assertThat(mvc.get().uri("/api/v1/account/tokens").cookie(session).accept(MediaType.APPLICATION_JSON))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.password-change-required");
        assertThat(mvc.get().uri("/account/password").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"password-change-required\"");

        assertThat(changePassword(session, oneTime, chosen, chosen))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/account");
        assertThat(accounts.audited(username, "access.password.changed", "SUCCESS"))
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT must_change_password FROM access_user WHERE username = :u")
                        .param("u", username)
                        .query(Boolean.class)
                        .single())
                .isFalse();

        // Now the second factor is owed: every page leads to the enrolment page.
        assertThat(mvc.get().uri("/").cookie(session)).redirectedUrl().isEqualTo("/account/mfa");
        assertThat(mvc.get().uri("/api/v1/account").cookie(session).accept(MediaType.APPLICATION_JSON))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.mfa-enrolment-required");
        String enrolment = mvc.get()
                .uri("/account/mfa")
                .cookie(session)
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(enrolment).contains("id=\"mfa-required\"").contains("src=\"data:image/svg+xml;base64,");
        String secret = secret(enrolment);
        assertThat(jdbc.sql("SELECT totp_secret FROM access_user WHERE username = :u")
                        .param("u", username)
                        .query(String.class)
                        .single())
                .startsWith("v1:")
                .doesNotContain(secret);

        assertThat(mvc.post().uri("/account/mfa").with(csrf()).cookie(session).param("code", "000000"))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"mfa-code-rejected\"");
        assertThat(mvc.post()
                        .uri("/account/mfa")
                        .with(csrf())
                        .cookie(session)
                        .param("code", TestAccounts.totp(secret, Duration.ZERO)))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/account");
        assertThat(accounts.audited(username, "access.totp.enrolled", "SUCCESS"))
                .isEqualTo(1);
        assertThat(mvc.get().uri("/").cookie(session)).hasStatusOk();
        assertThat(mvc.get().uri("/account").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"mfa-status-on\"");
        mvc.post().uri("/logout").with(csrf()).cookie(session).exchange();

        // The next sign-in: the password alone gives no authority until a valid code follows.
        MvcTestResult password = accounts.signIn(username, chosen);
        assertThat(password).redirectedUrl().isEqualTo("/login/second-factor");
        Cookie halfway = password.getResponse().getCookie(TestAccounts.SESSION_COOKIE);
        assertThat(halfway).isNotNull();
        MvcTestResult askedFor = mvc.get().uri("/geo").cookie(halfway).exchange();
        assertThat(askedFor).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
        // The browser keeps the page asked for in a cookie, not the server in the session.
        Cookie pageAskedFor = askedFor.getResponse().getCookie("REDIRECT_URI");
        assertThat(pageAskedFor).isNotNull();
        assertThat(mvc.get().uri("/api/v1/account").cookie(halfway).accept(MediaType.APPLICATION_JSON))
                .hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri("/login/second-factor").cookie(halfway))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"second-factor-form\"");

        assertThat(secondFactor(halfway, "123456")).redirectedUrl().isEqualTo("/login/second-factor?error");
        assertThat(accounts.audited(username, "access.sign-in", "FAILURE")).isEqualTo(1);

        // The enrolment used the current step; the authenticator's next code is fine (clocks drift one step).
        String code = TestAccounts.totp(secret, Duration.ofSeconds(30));
        MvcTestResult verified = mvc.post()
                .uri("/login/second-factor")
                .with(csrf())
                .cookie(halfway, pageAskedFor)
                .param("code", code)
                .exchange();
        // Back to the page asked for while half-way (the gazetteer), never to an API call.
        assertThat(verified).redirectedUrl().isEqualTo("/geo");
        Cookie signedIn = TestAccounts.latest(verified, halfway);
        assertThat(signedIn.getValue()).isNotEqualTo(halfway.getValue());
        assertThat(mvc.get().uri("/").cookie(signedIn)).hasStatusOk().bodyText().contains(username);
        assertThat(accounts.audited(username, "access.sign-in", "SUCCESS")).isEqualTo(2);

        // The same code cannot be used twice.
        mvc.post().uri("/logout").with(csrf()).cookie(signedIn).exchange();
        Cookie again = accounts.signIn(username, chosen).getResponse().getCookie(TestAccounts.SESSION_COOKIE);
        assertThat(again).isNotNull();
        assertThat(secondFactor(again, code)).redirectedUrl().isEqualTo("/login/second-factor?error");
    }

    @Test
    void thePasswordPolicyExplainsEveryBrokenRule() {
        String username = TestAccounts.unique("policy");
        String current = "the current password of " + username;
        accounts.create(username, current, "VIEWER");
        Cookie session = accounts.signedIn(username, current);
        Cookie elsewhere = accounts.signedIn(username, current);

        assertThat(changePassword(session, "not the current one", "short", "other"))
                .hasStatusOk()
                .bodyText()
                .contains("data-code=\"access.password.current-wrong\"")
                .contains("data-code=\"access.password.too-short\"")
                .contains("data-code=\"access.password.mismatch\"")
                .contains("The password must have at least 12 characters.");
        assertThat(changePassword(session, current, "my name is " + username, "my name is " + username))
                .bodyText()
                .contains("data-code=\"access.password.contains-username\"");
        assertThat(changePassword(session, current, "Password1234", "Password1234"))
                .bodyText()
                .contains("data-code=\"access.password.common\"");
        assertThat(changePassword(session, current, current, current))
                .bodyText()
                .contains("data-code=\"access.password.same-as-current\"");
        assertThat(accounts.audited(username, "access.password.changed", "FAILURE"))
                .isEqualTo(4);

        assertThat(changePassword(session, current, "a different long phrase", "a different long phrase"))
                .redirectedUrl()
                .isEqualTo("/account");
        // The session that changed it goes on; the other one (maybe someone who knew the old password) has ended.
        assertThat(mvc.get().uri("/").cookie(session)).hasStatusOk();
        assertThat(mvc.get().uri("/").cookie(elsewhere))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/login");
        assertThat(accounts.signIn(username, current)).redirectedUrl().isEqualTo("/login?error");
        accounts.signedIn(username, "a different long phrase");
    }

    @Test
    void guessablePasswordsSeenAcceptedBeforeAreRefusedWithAnExplanation() {
        String username = TestAccounts.unique("weak");
        String current = "the current password of " + username;
        accounts.create(username, current, "VIEWER");
        Cookie session = accounts.signedIn(username, current);

        for (String guessable : List.of("4321drowssap", "aaaaaaaaaaaab")) {
            assertThat(changePassword(session, current, guessable, guessable))
                    .hasStatusOk()
                    .bodyText()
                    .contains("data-code=\"access.password.weak\"")
                    .contains("This password is too easy to guess");
        }
        String spaces = " ".repeat(12);
        assertThat(changePassword(session, current, spaces, spaces))
                .bodyText()
                .contains("data-code=\"access.password.blank\"");
        assertThat(changePassword(session, current, "Tawergha dunes at dawn, 2026!", "Tawergha dunes at dawn, 2026!"))
                .redirectedUrl()
                .isEqualTo("/account");
    }

    @Test
    void wrongCurrentPasswordsCountTowardsTheLockOutLikeFailedSignIns() {
        String username = TestAccounts.unique("guessed");
        String current = "the current password of " + username;
        String next = "Tawergha dunes at dawn, 2026!";
        accounts.create(username, current, "VIEWER");
        // Someone who found this session open tries to guess the password through the change form.
        Cookie session = accounts.signedIn(username, current);

        for (int i = 1; i < 5; i++) {
            assertThat(changePassword(session, "a guess " + i, next, next))
                    .hasStatusOk()
                    .bodyText()
                    .contains("data-code=\"access.password.current-wrong\"");
        }
        assertThat(jdbc.sql("SELECT failed_sign_ins FROM access_user WHERE username = :u")
                        .param("u", username)
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);
        assertThat(accounts.audited(username, "access.sign-in", "FAILURE")).isEqualTo(4);

        assertThat(changePassword(session, "a guess 5", next, next))
                .bodyText()
                .contains("data-code=\"access.password.current-wrong\"");
        assertThat(accounts.audited(username, "access.sign-in.locked-out", "DENIED"))
                .isEqualTo(1);
        // Locked out: the session has ended and even the right password is refused for now.
        assertThat(mvc.get().uri("/account").cookie(session))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/login");
        assertThat(accounts.signIn(username, current)).redirectedUrl().isEqualTo("/login?error");
    }

    @Test
    void totpIsOptionalForOthersAndCanBeTurnedOff() throws Exception {
        String username = TestAccounts.unique("worker");
        accounts.create(username, "a caseworker's long password", "CASEWORKER");
        Cookie session = accounts.signedIn(username, "a caseworker's long password");
        assertThat(mvc.get().uri("/").cookie(session)).hasStatusOk();

        String page = mvc.get()
                .uri("/account/mfa")
                .cookie(session)
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("id=\"mfa-required\"");
        String secret = secret(page);
        // Reloading the page shows the same secret, so a scanned code stays valid.
        assertThat(secret(mvc.get()
                        .uri("/account/mfa")
                        .cookie(session)
                        .exchange()
                        .getResponse()
                        .getContentAsString()))
                .isEqualTo(secret);
        assertThat(mvc.post()
                        .uri("/account/mfa")
                        .with(csrf())
                        .cookie(session)
                        .param("code", TestAccounts.totp(secret, Duration.ZERO)))
                .redirectedUrl()
                .isEqualTo("/account");

        assertThat(mvc.post()
                        .uri("/account/mfa/disable")
                        .with(csrf())
                        .cookie(session)
                        .param("code", TestAccounts.totp(secret, Duration.ofSeconds(30))))
                .redirectedUrl()
                .isEqualTo("/account");
        assertThat(accounts.audited(username, "access.totp.disabled", "SUCCESS"))
                .isEqualTo(1);
        assertThat(accounts.signIn(username, "a caseworker's long password"))
                .redirectedUrl()
                .isEqualTo("/");
    }

    @Test
    void wrongCodesToTurnTheSecondFactorOffCountTowardsTheLockOut() throws Exception {
        String username = TestAccounts.unique("guessed");
        String password = "a caseworker's long password";
        accounts.create(username, password, "CASEWORKER");
        Cookie session = accounts.signedIn(username, password);
        String secret = secret(mvc.get()
                .uri("/account/mfa")
                .cookie(session)
                .exchange()
                .getResponse()
                .getContentAsString());
        assertThat(mvc.post()
                        .uri("/account/mfa")
                        .with(csrf())
                        .cookie(session)
                        .param("code", TestAccounts.totp(secret, Duration.ZERO)))
                .redirectedUrl()
                .isEqualTo("/account");

        // Someone who found this session open tries to turn the second factor off by guessing codes.
        for (int i = 1; i < 5; i++) {
            assertThat(mvc.post()
                            .uri("/account/mfa/disable")
                            .with(csrf())
                            .cookie(session)
                            .param("code", "00000" + i))
                    .hasStatusOk()
                    .bodyText()
                    .contains("id=\"mfa-code-rejected\"");
        }
        assertThat(jdbc.sql("SELECT failed_sign_ins FROM access_user WHERE username = :u")
                        .param("u", username)
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);
        assertThat(accounts.audited(username, "access.totp.disabled", "FAILURE"))
                .isEqualTo(4);
        mvc.post()
                .uri("/account/mfa/disable")
                .with(csrf())
                .cookie(session)
                .param("code", "000009")
                .exchange();
        assertThat(accounts.audited(username, "access.sign-in.locked-out", "DENIED"))
                .isEqualTo(1);
        // Locked out: the session has ended, the second factor is still on, and the password alone is refused.
        assertThat(mvc.get().uri("/account").cookie(session))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/login");
        assertThat(jdbc.sql("SELECT totp_enabled FROM access_user WHERE username = :u")
                        .param("u", username)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(accounts.signIn(username, password)).redirectedUrl().isEqualTo("/login?error");
    }

    @Test
    void wrongCodesAtSignInCountTowardsTheLockOut() throws Exception {
        String username = TestAccounts.unique("guessed");
        String password = "a password someone stole";
        accounts.create(username, password, "VIEWER");
        Cookie session = accounts.signedIn(username, password);
        String secret = secret(mvc.get()
                .uri("/account/mfa")
                .cookie(session)
                .exchange()
                .getResponse()
                .getContentAsString());
        mvc.post()
                .uri("/account/mfa")
                .with(csrf())
                .cookie(session)
                .param("code", TestAccounts.totp(secret, Duration.ZERO))
                .exchange();
        mvc.post().uri("/logout").with(csrf()).cookie(session).exchange();

        Cookie halfway = accounts.signIn(username, password).getResponse().getCookie(TestAccounts.SESSION_COOKIE);
        assertThat(halfway).isNotNull();
        for (int i = 1; i < 5; i++) {
            assertThat(secondFactor(halfway, "00000" + i)).redirectedUrl().isEqualTo("/login/second-factor?error");
        }
        // The fifth wrong code locks the account and ends the half-way state.
        assertThat(secondFactor(halfway, "000009")).redirectedUrl().isEqualTo("/login?error");
        assertThat(accounts.audited(username, "access.sign-in.locked-out", "DENIED"))
                .isEqualTo(1);
        assertThat(mvc.get().uri("/login/second-factor").cookie(halfway))
                .redirectedUrl()
                .isEqualTo("/login?expired");
        assertThat(accounts.signIn(username, password)).redirectedUrl().isEqualTo("/login?error");
    }

    @Test
    void theAccountPagesSpeakArabicRightToLeft() {
        String username = TestAccounts.unique("arabic");
        accounts.create(username, "a long arabic-speaking password", "ME_OFFICER");
        Cookie session = accounts.signedIn(username, "a long arabic-speaking password");
        assertThat(mvc.get().uri("/account?lang=ar").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("dir=\"rtl\"")
                .contains("حسابي")
                .contains("رموز الوصول إلى الواجهة البرمجية");
        assertThat(mvc.get().uri("/account/password?lang=ar").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("تغيير كلمة المرور");
    }

    private MvcTestResult changePassword(Cookie session, String current, String next, String confirmation) {
        return mvc.post()
                .uri("/account/password")
                .with(csrf())
                .cookie(session)
                .param("currentPassword", current)
                .param("newPassword", next)
                .param("confirmation", confirmation)
                .exchange();
    }

    private MvcTestResult secondFactor(Cookie session, String code) {
        return mvc.post()
                .uri("/login/second-factor")
                .with(csrf())
                .cookie(session)
                .param("code", code)
                .exchange();
    }

    private static String secret(String page) {
        Matcher matcher = SECRET.matcher(page);
        assertThat(matcher.find()).as("the page shows the TOTP secret").isTrue();
        return matcher.group(1);
    }
}
