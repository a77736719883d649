package org.masar.access;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The user signed in on this request, through a session or an API token. Its permissions are the authorities of the
 * Spring Security principal ({@code hasAuthority('people:read')}); this type adds only who it is.
 */
public interface CurrentUser {

    /** The account's public id. */
    UserId id();

    /** The account's username, for display and for the audit trail. */
    String username();

    /** The user of the current request, if one is signed in (not during a second-factor step, not a system job). */
    static Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The user of the current request; a 401 problem ({@code access.unauthenticated}) when nobody is signed in. */
    static CurrentUser get() {
        return find().orElseThrow(NotSignedIn::new);
    }
}
