package org.masar.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads an account for sign-in: its password hash, whether it is enabled or locked, and the permissions its roles
 * grant, which become the principal's authorities.
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
    public UserDetails loadUserByUsername(String username) {
        record Account(String username, String passwordHash, boolean enabled, OffsetDateTime lockedUntil) {}
        Account account = jdbc.sql("""
                        SELECT username, password_hash, enabled, locked_until
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
                          FROM access_user u
                          JOIN access_user_role ur ON ur.user_id = u.id
                          JOIN access_role_permission p ON p.role_code = ur.role_code
                         WHERE lower(u.username) = lower(:username)
                         ORDER BY p.permission
                        """).param("username", username).query(String.class).list().stream()
                        .map(SimpleGrantedAuthority::new)
                        .toList();
        Instant now = clock.instant();
        boolean locked = account.lockedUntil() != null
                && account.lockedUntil().toInstant().isAfter(now);
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .accountLocked(locked)
                .authorities(permissions)
                .build();
    }
}
