package org.masar.access.internal;

import java.util.List;
import org.masar.access.SystemIdentity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The principal of the system identity. It is no {@link org.masar.access.CurrentUser} and holds no permissions: code
 * running as it reaches restricted rows through row-level security, but a face method that asks for a user or a
 * permission still refuses it.
 */
enum SystemPrincipal implements AuthenticatedPrincipal {
    INSTANCE;

    @Override
    public String getName() {
        return SystemIdentity.NAME;
    }

    static Authentication authentication() {
        return UsernamePasswordAuthenticationToken.authenticated(INSTANCE, null, List.of());
    }

    /** Whether the current thread acts as the system identity. */
    static boolean isActing() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() == INSTANCE;
    }
}
