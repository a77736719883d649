package org.masar.access.internal;

import java.util.Optional;
import java.util.UUID;
import org.masar.access.CurrentUser;
import org.masar.access.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in principal's username, read from the security context of the current thread. */
final class SignedIn {

    private SignedIn() {}

    static Optional<String> username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }

    /**
     * The signed-in account's id: from the principal when this module signed it in ({@link CurrentUser}), otherwise
     * looked up by username (a principal made elsewhere, such as a test's).
     */
    static Optional<UserId> accountId(JdbcClient jdbc) {
        Optional<CurrentUser> current = CurrentUser.find();
        if (current.isPresent()) {
            return Optional.of(current.get().id());
        }
        return username()
                .flatMap(name -> jdbc.sql("SELECT id FROM access_user WHERE lower(username) = lower(:username)")
                        .param("username", name)
                        .query(UUID.class)
                        .optional()
                        .map(UserId::new));
    }

    /** Who to name in created_by/updated_by columns. */
    static String actor() {
        return username().orElse("system");
    }
}
