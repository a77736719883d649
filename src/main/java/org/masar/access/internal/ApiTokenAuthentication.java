package org.masar.access.internal;

import java.io.Serial;
import java.util.UUID;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request authenticated by an API token rather than by signing in: the owner's principal with their current
 * permissions, and which token it was. Its own type so that steps a token must not take (issuing more tokens) can tell
 * it from a signed-in session.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AccountPrincipal owner;
    private final UUID tokenId;

    ApiTokenAuthentication(AccountPrincipal owner, UUID tokenId) {
        super(owner.getAuthorities());
        this.owner = owner;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    @Override
    public AccountPrincipal getPrincipal() {
        return owner;
    }

    /** A token has no credentials to show once it has been checked. */
    @Override
    public Object getCredentials() {
        return "";
    }

    UUID tokenId() {
        return tokenId;
    }
}
