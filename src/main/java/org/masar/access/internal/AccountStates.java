package org.masar.access.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.shared.ChangeStamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * An account's state as each request must see it, read in one query by primary key: whether it may act at all, the
 * security stamp that a password change, reset, disabling or lock-out replaces, what it owes before anything else, and
 * the permissions its roles grant now. Sessions ({@link CheckedSessionContexts}), API tokens ({@link ApiTokenFilter}) and
 * collect passwords are all checked against it, so a change made on one node takes effect on the next request on every
 * node: the rows are kept under the change stamp ({@link ChangeStamp}), which any change to an account, its roles or
 * their permissions moves.
 */
@Component
class AccountStates {

    private final JdbcClient jdbc;
    private final Clock clock;

    /** Rows as of the change stamp: access_user, access_user_role and access_role_permission are stamped (V53). */
    private final ChangeStamp.Cache<UUID, Optional<Stored>> stored;

    AccountStates(JdbcClient jdbc, Clock clock, ChangeStamp changes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.stored = changes.cache(10_000);
    }

    /** One account, now. */
    record AccountState(
            UUID id,
            String username,
            UUID securityStamp,
            boolean enabled,
            boolean locked,
            boolean mustChangePassword,
            boolean totpEnabled,
            Set<String> permissions) {

        /** Whether the account may use Masar at all: enabled and not locked out. */
        boolean mayAct() {
            return enabled && !locked;
        }

        /** Administrators must sign in with a second factor; see {@link SignInState}. */
        boolean totpRequired() {
            return permissions.contains(SignInState.MANAGE_PERMISSION);
        }

        /** What the user must do before anything else, as at sign-in. */
        Optional<SignInState.Obligation> obligation() {
            return new SignInState.Standing(id, username, mustChangePassword, totpEnabled, totpRequired()).obligation();
        }

        List<GrantedAuthority> authorities() {
            return permissions.stream()
                    .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                    .toList();
        }
    }

    /** An account's row as stored: whether it is locked depends on when it is asked. */
    private record Stored(
            UUID id,
            String username,
            UUID securityStamp,
            boolean enabled,
            @Nullable Instant lockedUntil,
            boolean mustChangePassword,
            boolean totpEnabled,
            Set<String> permissions) {

        AccountState at(Instant now) {
            return new AccountState(
                    id,
                    username,
                    securityStamp,
                    enabled,
                    lockedUntil != null && lockedUntil.isAfter(now),
                    mustChangePassword,
                    totpEnabled,
                    permissions);
        }
    }

    /** One account, now. */
    Optional<AccountState> find(UUID id) {
        Instant now = clock.instant();
        return stored.get(id, this::read).map(row -> row.at(now));
    }

    private Optional<Stored> read(UUID id) {
        return jdbc.sql("""
                        SELECT u.id, u.username, u.security_stamp, u.enabled, u.locked_until,
                               u.must_change_password, u.totp_enabled,
                               array(SELECT DISTINCT p.permission
                                       FROM access_user_role ur
                                       JOIN access_role_permission p ON p.role_code = ur.role_code
                                      WHERE ur.user_id = u.id) AS permissions
                          FROM access_user u
                         WHERE u.id = :id
                        """)
                .param("id", id)
                .query((row, number) -> {
                    Timestamp lockedUntil = row.getTimestamp("locked_until");
                    return new Stored(
                            row.getObject("id", UUID.class),
                            row.getString("username"),
                            row.getObject("security_stamp", UUID.class),
                            row.getBoolean("enabled"),
                            lockedUntil == null ? null : lockedUntil.toInstant(),
                            row.getBoolean("must_change_password"),
                            row.getBoolean("totp_enabled"),
                            Collections.unmodifiableSortedSet(new TreeSet<>(Arrays.asList(
                                    (String[]) row.getArray("permissions").getArray()))));
                })
                .optional();
    }
}
