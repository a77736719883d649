package org.masar.access.internal;

import java.security.SecureRandom;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the very first start (no account exists yet) creates the administrator {@code admin} with a random one-time
 * password, printed once to the console and never stored in clear. It must be changed at first sign-in.
 *
 * <p>It runs once the beans are ready (the schema migrated) but before the web server opens, so that the password is
 * on the console before anyone can reach the sign-in page.
 */
@Component
class FirstAdministrator implements SmartInitializingSingleton {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    // No look-alike characters (0/O, 1/l/I), so the password can be typed from a screen without mistakes.
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;

    FirstAdministrator(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void afterSingletonsInstantiated() {
        // Two nodes starting together on an empty database: the advisory lock lets only one of them create the account.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('masar.first-administrator'))")
                .query()
                .singleValue();
        boolean anyAccount = jdbc.sql("SELECT EXISTS (SELECT 1 FROM access_user)")
                .query(Boolean.class)
                .single();
        if (anyAccount) {
            return;
        }
        String oneTimePassword = oneTimePassword();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO access_user (id, username, display_name, password_hash, must_change_password,
                                                 created_by, updated_by)
                        VALUES (:id, :username, :displayName, :hash, true, 'system', 'system')
                        """)
                .param("id", id)
                .param("username", USERNAME)
                .param("displayName", "Administrator")
                .param("hash", passwordEncoder.encode(oneTimePassword))
                .update();
        jdbc.sql("INSERT INTO access_user_role (user_id, role_code) VALUES (:id, 'ADMINISTRATOR')")
                .param("id", id)
                .update();
        log.info("Created the first administrator account '{}'", USERNAME);
        // Printed, not logged: log files are kept and shipped; the console line is seen once by whoever installs Masar.
        System.out.printf(
                "%n==================================================================%n"
                        + " Masar's first administrator: %s%n"
                        + " One-time password: %s%n"
                        + " It is shown only this once and must be changed at first sign-in.%n"
                        + "==================================================================%n%n",
                USERNAME, oneTimePassword);
    }

    private static String oneTimePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
