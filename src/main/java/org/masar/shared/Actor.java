package org.masar.shared;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is acting on the current thread, named as every module writes it into {@code created_by}/{@code updated_by}
 * columns and the audit trail: the signed-in user's username, {@value #ANONYMOUS} for a request nobody is signed in
 * to, or {@value #SYSTEM} for work no request started (event listeners, scheduled jobs, start-up).
 *
 * <p>It is the one way to name the acting user in every module, including those below {@code access} in the module
 * graph ({@code geo}, {@code audit}). A module that needs the account itself (its {@code UserId}) uses
 * {@code access.CurrentUser}, which is the same signed-in user.
 *
 * @param kind whether a user, an anonymous request or the system acts
 * @param name the username, {@value #ANONYMOUS} or {@value #SYSTEM}
 */
public record Actor(Kind kind, String name) {

    /** The name of work no request started. */
    public static final String SYSTEM = "system";

    /** The name of a request nobody is signed in to. */
    public static final String ANONYMOUS = "anonymous";

    /** What acts. */
    public enum Kind {
        /** A signed-in user (through a session or an API token). */
        USER,
        /** A request nobody is signed in to (a sign-in attempt, a public page). */
        ANONYMOUS,
        /** Work no request started: event listeners, scheduled jobs, start-up. */
        SYSTEM
    }

    /** The actor of the current thread. */
    public static Actor current() {
        return username()
                .map(name -> new Actor(Kind.USER, name))
                .orElseGet(() -> RequestContextHolder.getRequestAttributes() == null
                        ? new Actor(Kind.SYSTEM, SYSTEM)
                        : new Actor(Kind.ANONYMOUS, ANONYMOUS));
    }

    /**
     * The signed-in user's username, if a user is signed in on this thread. Spring Security's anonymous token counts as
     * nobody, though it calls itself authenticated.
     */
    public static Optional<String> username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }

    @Override
    public String toString() {
        return name;
    }
}
