package org.masar.dtm.internal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may see what is not published yet: those who collect or manage rounds. A reader with {@code dtm:read} alone sees
 * published versions only, and an unpublished round or version does not exist for them.
 */
final class RoundAccess {

    private RoundAccess() {}

    /** Whether the current user may see versions that are not published. */
    static boolean seesUnpublished() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if ("dtm:collect".equals(name) || "dtm:manage".equals(name)) {
                return true;
            }
        }
        return false;
    }
}
