package org.masar.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.util.encoders.Base32;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Accounts for HTTP tests, written straight into the database (each test uses its own unique usernames), and the real
 * sign-in through the form, carrying Spring Session's cookie from one request to the next as a browser would.
 */
public final class TestAccounts {

    public static final String SESSION_COOKIE = "SESSION";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final MockMvcTester mvc;

    public TestAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, MockMvcTester mvc) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.mvc = mvc;
    }

    /** A username no other test uses. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An enabled account with these roles whose password need not be changed. */
    public UUID create(String username, String password, String... roles) {
        return create(username, password, false, roles);
    }

    public UUID create(String username, String password, boolean mustChangePassword, String... roles) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO access_user (id, username, display_name, password_hash, must_change_password,
                                                 created_by, updated_by)
                        VALUES (:id, :username, :username, :hash, :mustChange, 'test', 'test')
                        """)
                .param("id", id)
                .param("username", username)
                .param("hash", passwordEncoder.encode(password))
                .param("mustChange", mustChangePassword)
                .update();
        for (String role : roles) {
            jdbc.sql("INSERT INTO access_user_role (user_id, role_code) VALUES (:id, :role)")
                    .param("id", id)
                    .param("role", role)
                    .update();
        }
        return id;
    }

    /** Posts the sign-in form as the page does (with its CSRF token). */
    public MvcTestResult signIn(String username, String password) {
        return mvc.post()
                .uri("/login")
                .with(csrf())
                .param("username", username)
                .param("password", password)
                .exchange();
    }

    /** Signs in with a password only (no second factor) and returns the session cookie. */
    public Cookie signedIn(String username, String password) {
        MvcTestResult result = signIn(username, password);
        Cookie session = result.getResponse().getCookie(SESSION_COOKIE);
        if (session == null || !"/".equals(result.getResponse().getRedirectedUrl())) {
            throw new AssertionError("Sign-in of " + username + " did not succeed: "
                    + result.getResponse().getRedirectedUrl());
        }
        return session;
    }

    /** The session cookie the response set, or the one the request had when the session id did not change. */
    public static Cookie latest(MvcTestResult result, Cookie previous) {
        Cookie renewed = result.getResponse().getCookie(SESSION_COOKIE);
        return renewed == null ? previous : renewed;
    }

    /** Spring Session's cookie holds the session id in Base64. */
    public static String sessionId(Cookie cookie) {
        return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.US_ASCII);
    }

    /** The code an authenticator app shows for this Base32 secret, {@code offset} from now. */
    public static String totp(String base32Secret, Duration offset) {
        try {
            return new TimeBasedOneTimePasswordGenerator()
                    .generateOneTimePasswordString(
                            new SecretKeySpec(Base32.decode(base32Secret), "HmacSHA1"),
                            Instant.now().plus(offset));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The number of audit entries for this actor, action and outcome. */
    public long audited(String actor, String action, @Nullable String outcome) {
        return jdbc.sql("""
                        SELECT count(*) FROM audit_entry
                         WHERE actor = :actor AND action = :action AND (CAST(:outcome AS text) IS NULL OR outcome = :outcome)
                        """)
                .param("actor", actor)
                .param("action", action)
                .param("outcome", outcome)
                .query(Long.class)
                .single();
    }
}
