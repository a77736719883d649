package org.masar.access.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads an account for sign-in: its password hash, whether it is enabled or locked, and
 * the permissions its roles grant now, which become the principal's authorities.
 */
@Service
class AccountDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountDetailsService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public AccountPrincipal loadUserByUsername(String username) {
        record Account(
                UUID id,
                String username,
                String passwordHash,
                boolean enabled,
                @Nullable OffsetDateTime lockedUntil,
                UUID securityStamp) {}
        Account account = jdbc.sql("""
                        SELECT id, username, password_hash, enabled, locked_until, security_stamp
                          FROM access_user
                         WHERE lower(username) = lower(:username)
                        """)
                .param("username", username)
                .query(Account.class)
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        List<SimpleGrantedAuthority> permissions =
                jdbc.sql("""
                        SELECT DISTINCT p.permission
                          FROM access_user_role ur
                          JOIN access_role_permission p ON p.role_code = ur.role_code
                         WHERE ur.user_id = :id
                         ORDER BY p.permission
                        """).param("id", account.id()).query(String.class).list().stream()
                        .map(SimpleGrantedAuthority::new)
                        .toList();
        boolean locked = account.lockedUntil() != null
                && account.lockedUntil().toInstant().isAfter(clock.instant());
        return new AccountPrincipal(
                account.id(),
                account.username(),
                account.passwordHash(),
                account.enabled(),
                !locked,
                account.securityStamp(),
                permissions);
    }
}
