package org.masar.access.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.UUID;
import org.masar.access.CurrentUser;
import org.masar.access.UserId;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of every authentication this module makes (form sign-in, second factor, API token): Spring Security's
 * user with the account's id and the security stamp the account had when it signed in. It is serialised into the
 * session table, so it holds only UUIDs and strings. {@link CheckedSessionContexts} compares the stamp with the
 * account's current one at each request.
 */
class AccountPrincipal extends User implements CurrentUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID accountId;
    private final UUID securityStamp;

    AccountPrincipal(
            UUID accountId,
            String username,
            String passwordHash,
            boolean enabled,
            boolean nonLocked,
            UUID securityStamp,
            Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, enabled, true, true, nonLocked, authorities);
        this.accountId = accountId;
        this.securityStamp = securityStamp;
    }

    /** The account as it stands now: its current stamp and permissions, the password no longer needed. */
    static AccountPrincipal of(AccountStates.AccountState state) {
        return new AccountPrincipal(
                state.id(),
                state.username(),
                "",
                state.enabled(),
                !state.locked(),
                state.securityStamp(),
                state.authorities());
    }

    UUID accountId() {
        return accountId;
    }

    UUID securityStamp() {
        return securityStamp;
    }

    @Override
    public UserId id() {
        return new UserId(accountId);
    }

    @Override
    public String username() {
        return getUsername();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal that && accountId.equals(that.accountId);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }
}
