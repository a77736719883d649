package org.masar.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Visitors who have not signed in store nothing on the server: the sign-in form's CSRF token and the page to return to
 * travel in cookies, and a session starts only once a password has been verified. The form is still protected
 * against cross-site requests, and both the saved page and the second-factor step still work.
 */
@MasarIntegrationTest
class AnonymousRequestsTests {

    private static final String PASSWORD = "Jebel Akhdar junipers in the rain";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern TOTP_SECRET = Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7]+)<");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SignInFlow signIn;

    TestAccounts accounts;
    long testStarted;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(jdbc, passwordEncoder, mvc);
        testStarted = System.currentTimeMillis();
        // Spring Security's csrf() helper, used by other tests, swaps a session-backed token store into the shared
        // filter chain for good; these tests need the application's own, as a browser meets it.
        mvc.get()
                .uri("/favicon.ico")
                .with(request -> {
                    WebTestUtils.setCsrfTokenRepository(request, signIn.csrfTokens);
                    return request;
                })
                .exchange();
    }

    @Test
    void anonymousPageRequestsLeaveNoSessionBehind() {
        long before = sessionRows();

        for (int i = 0; i < 20; i++) {
            for (String page : List.of("/login", "/login?error", "/", "/geo/sites", "/login/second-factor")) {
                MvcTestResult answer = mvc.get().uri(page).exchange();
                assertThat(answer.getResponse().getStatus()).isLessThan(400);
                assertThat(answer.getResponse().getCookie(TestAccounts.SESSION_COOKIE))
                        .as(page)
                        .isNull();
            }
        }

        assertThat(sessionRows()).isEqualTo(before);
        MvcTestResult page = mvc.get().uri("/login").exchange();
        assertThat(page.getResponse().getCookie(TestAccounts.SESSION_COOKIE)).isNull();
    }

    @Test
    void theSignInFormStillNeedsItsCsrfTokenAndStartsASessionOnlyWhenThePasswordIsRight() {
        String username = TestAccounts.unique("reader");
        accounts.create(username, PASSWORD, "VIEWER");
        long before = sessionRows();

        // Without the token, even the right password is refused.
        MvcTestResult forged = mvc.post()
                .uri("/login")
                .param("username", username)
                .param("password", PASSWORD)
                .exchange();
        assertThat(forged).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(accounts.signIn(username, "not the password"))
                .redirectedUrl()
                .isEqualTo("/login?error");
        assertThat(sessionRows()).isEqualTo(before);

        Browser browser = new Browser();
        browser.get("/login");
        MvcTestResult signedIn = browser.signIn(username, PASSWORD);
        assertThat(signedIn).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/");
        assertThat(signedIn.getResponse().getCookie(TestAccounts.SESSION_COOKIE))
                .isNotNull();
        assertThat(sessionRows()).isEqualTo(before + 1);
        assertThat(browser.get("/")).hasStatusOk().bodyText().contains(username);
    }

    @Test
    void thePageAskedForBeforeSigningInIsShownAfterwards() {
        String username = TestAccounts.unique("returning");
        accounts.create(username, PASSWORD, "VIEWER");
        Browser browser = new Browser();

        assertThat(browser.get("/geo/sites?type=OFFICE"))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/login");
        browser.get("/login");

        assertThat(browser.signIn(username, PASSWORD)).redirectedUrl().isEqualTo("/geo/sites?type=OFFICE");
    }

    @Test
    void thePageAskedForIsShownAfterTheSecondFactorToo() {
        String username = TestAccounts.unique("two-step");
        accounts.create(username, PASSWORD, "VIEWER");
        Browser enrolling = new Browser();
        enrolling.get("/login");
        assertThat(enrolling.signIn(username, PASSWORD)).redirectedUrl().isEqualTo("/");
        String page = bodyOf(enrolling.get("/account/mfa"));
        Matcher secret = TOTP_SECRET.matcher(page);
        assertThat(secret.find()).isTrue();
        assertThat(enrolling.post(
                        "/account/mfa", csrfField(page), "code", TestAccounts.totp(secret.group(1), Duration.ZERO)))
                .redirectedUrl()
                .isEqualTo("/account");

        Browser browser = new Browser();
        browser.get("/account");
        browser.get("/login");
        long before = sessionRows();
        assertThat(browser.signIn(username, PASSWORD)).redirectedUrl().isEqualTo("/login/second-factor");
        // The password is verified: only now is a session (with no authority yet) stored.
        assertThat(sessionRows()).isEqualTo(before + 1);
        String form = bodyOf(browser.get("/login/second-factor"));
        assertThat(browser.post(
                        "/login/second-factor",
                        csrfField(form),
                        "code",
                        TestAccounts.totp(secret.group(1), Duration.ofSeconds(30))))
                .redirectedUrl()
                .isEqualTo("/account");
    }

    /** Sessions stored since this test began (older ones may be cleaned up meanwhile, which must not matter). */
    private long sessionRows() {
        return jdbc.sql("SELECT count(*) FROM spring_session WHERE creation_time >= :since")
                .param("since", testStarted)
                .query(Long.class)
                .single();
    }

    private static String bodyOf(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String csrfField(String page) {
        Matcher field = CSRF_FIELD.matcher(page);
        assertThat(field.find()).as("a CSRF field in the page").isTrue();
        return field.group(1);
    }

    /** Keeps every cookie the answers set, as a browser does, and posts forms with the token the page held. */
    private final class Browser {

        private final List<Cookie> cookies = new ArrayList<>();
        private String lastPage = "";

        MvcTestResult get(String uri) {
            var request = mvc.get().uri(uri);
            if (!cookies.isEmpty()) {
                request = request.cookie(jar());
            }
            MvcTestResult result = request.exchange();
            keep(result);
            lastPage = bodyOf(result);
            return result;
        }

        MvcTestResult signIn(String username, String password) {
            return post("/login", csrfField(lastPage), "username", username, "password", password);
        }

        MvcTestResult post(String uri, String csrfToken, String... fields) {
            var request = mvc.post().uri(uri).param("_csrf", csrfToken);
            if (!cookies.isEmpty()) {
                request = request.cookie(jar());
            }
            for (int i = 0; i < fields.length; i += 2) {
                request = request.param(fields[i], fields[i + 1]);
            }
            MvcTestResult result = request.exchange();
            keep(result);
            return result;
        }

        private Cookie[] jar() {
            return cookies.toArray(Cookie[]::new);
        }

        private void keep(MvcTestResult result) {
            for (Cookie cookie : result.getResponse().getCookies()) {
                cookies.removeIf(kept -> kept.getName().equals(cookie.getName()));
                if (cookie.getMaxAge() != 0) {
                    cookies.add(cookie);
                }
            }
        }
    }
}
