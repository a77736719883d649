package org.masar.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What sign-in needs to know and keep about an account beyond its password: the failed attempts that lock it out, and
 * what it must do before anything else (change a one-time password, enrol a second factor).
 */
@Component
class SignInState {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_OUT = Duration.ofMinutes(15);
    static final String MANAGE_PERMISSION = "access:manage";

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInState(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An account's standing at sign-in. */
    record Standing(UUID id, String username, boolean mustChangePassword, boolean totpEnabled, boolean totpRequired) {

        /** The step the user must take before using Masar, if any. */
        Optional<Obligation> obligation() {
            if (mustChangePassword) {
                return Optional.of(Obligation.CHANGE_PASSWORD);
            }
            if (totpRequired && !totpEnabled) {
                return Optional.of(Obligation.ENROL_TOTP);
            }
            return Optional.empty();
        }
    }

    enum Obligation {
        CHANGE_PASSWORD("/account/password", "access.password-change-required"),
        ENROL_TOTP("/account/mfa", "access.mfa-enrolment-required");

        final String page;
        final String problem;

        Obligation(String page, String problem) {
            this.page = page;
            this.problem = problem;
        }
    }

    Optional<Standing> standing(String username) {
        return jdbc.sql("""
                        SELECT u.id, u.username, u.must_change_password, u.totp_enabled,
                               EXISTS (SELECT 1
                                         FROM access_user_role ur
                                         JOIN access_role_permission p ON p.role_code = ur.role_code
                                        WHERE ur.user_id = u.id AND p.permission = :manage) AS totp_required
                          FROM access_user u
                         WHERE lower(u.username) = lower(:username)
                        """)
                .param("username", username)
                .param("manage", MANAGE_PERMISSION)
                .query(Standing.class)
                .optional();
    }

    /** A full sign-in succeeded: the failure count starts again. */
    void succeeded(UUID id) {
        jdbc.sql("UPDATE access_user SET failed_sign_ins = 0, locked_until = NULL WHERE id = :id")
                .param("id", id)
                .update();
    }

    /**
     * Counts one failed attempt (a wrong password or second-factor code) for an existing account and locks it for
     * {@link #LOCK_OUT} at the {@value #MAX_FAILURES}th in a row. A lock that has run out starts the count again.
     *
     * @return whether this attempt locked the account
     */
    boolean failed(String username) {
        Instant now = clock.instant();
        record Counted(int failedSignIns, @Nullable OffsetDateTime lockedUntil) {}
        // Security counters, not an edit of the account: version and updated_* stay as they are.
        Optional<Counted> counted = jdbc.sql("""
                        UPDATE access_user
                           SET failed_sign_ins = CASE WHEN locked_until IS NOT NULL AND locked_until <= :now THEN 1
                                                      ELSE failed_sign_ins + 1 END,
                               locked_until = CASE WHEN locked_until IS NOT NULL AND locked_until <= :now THEN NULL
                                                   WHEN failed_sign_ins + 1 >= :max THEN :until
                                                   ELSE locked_until END,
                               -- Locking out ends the account's open sessions for good, not only while it lasts.
                               security_stamp = CASE WHEN (locked_until IS NULL OR locked_until > :now)
                                                          AND failed_sign_ins + 1 >= :max
                                                     THEN gen_random_uuid() ELSE security_stamp END
                         WHERE lower(username) = lower(:username)
                        RETURNING failed_sign_ins, locked_until
                        """)
                .param("username", username)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("until", OffsetDateTime.ofInstant(now.plus(LOCK_OUT), ZoneOffset.UTC))
                .param("max", MAX_FAILURES)
                .query(Counted.class)
                .optional();
        return counted.map(c -> c.failedSignIns() == MAX_FAILURES && c.lockedUntil() != null)
                .orElse(false);
    }
}
