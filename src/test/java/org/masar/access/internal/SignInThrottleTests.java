package org.masar.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Password spraying: one address trying many accounts is stopped after the configured number of failures, even with a
 * right password, while other addresses sign in as usual.
 */
@MasarIntegrationTest
class SignInThrottleTests {

    private static final String PASSWORD = "correct horse battery staple";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Value("${masar.sign-in.throttle.failures}")
    int allowedFailures;

    @Test
    void anAddressThatFailsTooOftenIsTurnedAwayAndOthersAreNot() {
        TestAccounts accounts = new TestAccounts(jdbc, passwordEncoder, mvc);
        String username = TestAccounts.unique("sprayed");
        accounts.create(username, PASSWORD, "VIEWER");
        // Documentation range addresses (RFC 5737), different at each run so that earlier runs' buckets do not count.
        String sprayer = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
        String colleague = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);

        for (int attempt = 0; attempt < allowedFailures; attempt++) {
            // A different account each time: no account reaches its own lock-out.
            assertThat(signIn(sprayer, TestAccounts.unique("guess"), "Password123456"))
                    .redirectedUrl()
                    .isEqualTo("/login?error");
        }
        assertThat(signIn(sprayer, username, PASSWORD)).redirectedUrl().isEqualTo("/login?throttled");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_entry
                         WHERE actor = :actor AND action = 'access.sign-in' AND outcome = 'DENIED'
                           AND reason = 'throttled'
                        """).param("actor", username).query(Long.class).single())
                .isEqualTo(1);

        assertThat(signIn(colleague, username, PASSWORD)).redirectedUrl().isEqualTo("/");
        assertThat(mvc.get().uri("/login?throttled&lang=en")).bodyText().contains("Too many failed sign-ins");
    }

    private MvcTestResult signIn(String address, String username, String password) {
        return mvc.post()
                .uri("/login")
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .param("username", username)
                .param("password", password)
                .exchange();
    }
}
