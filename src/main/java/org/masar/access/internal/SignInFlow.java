package org.masar.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditOutcome;
import org.masar.audit.AuditTrail;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Sign-in in one or two steps. The password step is Spring Security's form login; when it succeeds for an account with
 * TOTP enabled, the authentication is taken back at once and the session only remembers "password verified for this
 * username" for a few minutes, with no authority at all, until {@link #secondFactor} accepts a code. Every outcome is
 * audited under the username that was tried, failures count towards the lock-out, and a full sign-in flags the
 * session when the account still owes a password change or a second-factor enrolment ({@link ObligationFilter}).
 */
@Component
class SignInFlow implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutHandler {

    static final String PENDING_USER = "masar.sign-in.pending-user";
    static final String PENDING_SINCE = "masar.sign-in.pending-since";
    static final String CHECK_OBLIGATIONS = "masar.sign-in.check-obligations";
    static final Duration SECOND_FACTOR_TIME = Duration.ofMinutes(5);
    private static final int ACTOR_LIMIT = 64;

    final SecurityContextRepository contexts;
    final RequestCache requestCache = pageRequestCache();
    final CsrfTokenRepository csrfTokens = csrfTokensInACookie();

    private final SignInState state;
    private final SecondFactors factors;
    private final AccountDetailsService accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final SignInThrottle throttle;

    SignInFlow(
            SignInState state,
            SecondFactors factors,
            AccountDetailsService accounts,
            AuditTrail audit,
            Clock clock,
            SignInThrottle throttle,
            CheckedSessionContexts contexts) {
        this.throttle = throttle;
        this.contexts = contexts;
        this.state = state;
        this.factors = factors;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        String username = authentication.getName();
        SignInState.Standing standing = state.standing(username).orElseThrow();
        if (standing.totpEnabled()) {
            // The password alone gives nothing: forget the authentication, keep only who is half-way through.
            SecurityContext empty = SecurityContextHolder.createEmptyContext();
            SecurityContextHolder.setContext(empty);
            contexts.saveContext(empty, request, response);
            HttpSession session = request.getSession();
            session.setAttribute(PENDING_USER, standing.username());
            session.setAttribute(PENDING_SINCE, clock.millis());
            audit.record(AuditEvent.of(
                            "access.sign-in.password-verified",
                            "user",
                            standing.id().toString())
                    .by(standing.username()));
            response.sendRedirect(request.getContextPath() + "/login/second-factor");
            return;
        }
        response.sendRedirect(complete(request, response, standing, 1));
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String tried = actor(request.getParameter("username"));
        if (exception instanceof LockedException) {
            audit.record(denied("locked", tried));
        } else if (exception instanceof DisabledException) {
            audit.record(denied("disabled", tried));
        } else if (exception instanceof BadCredentialsException || exception instanceof UsernameNotFoundException) {
            failed(request, tried, "bad-credentials");
        } else {
            audit.record(failure("error", tried));
        }
        // One answer for every failure, so the page does not tell whether the username exists or is locked.
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    @Override
    public void logout(
            HttpServletRequest request, HttpServletResponse response, @Nullable Authentication authentication) {
        if (authentication != null) {
            audit.record(AuditEvent.of("access.sign-out").by(authentication.getName()));
        }
    }

    /** Who is waiting to give a second factor in this session, if the wait has not run out. */
    Optional<String> pendingUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null
                || !(session.getAttribute(PENDING_USER) instanceof String username)
                || !(session.getAttribute(PENDING_SINCE) instanceof Long since)) {
            return Optional.empty();
        }
        if (clock.millis() - since > SECOND_FACTOR_TIME.toMillis()) {
            forgetPending(session);
            return Optional.empty();
        }
        return Optional.of(username);
    }

    enum Outcome {
        SIGNED_IN,
        WRONG_CODE,
        START_AGAIN
    }

    record Result(Outcome outcome, String redirect) {}

    /** The second step: a valid, unused code completes the sign-in begun by the password step. */
    Result secondFactor(HttpServletRequest request, HttpServletResponse response, String code) {
        String context = request.getContextPath();
        Optional<String> pending = pendingUser(request);
        if (pending.isEmpty()) {
            return new Result(Outcome.START_AGAIN, context + "/login?expired");
        }
        HttpSession session = request.getSession();
        String username = pending.get();
        Optional<SignInState.Standing> standing = state.standing(username);
        AccountPrincipal principal;
        try {
            principal = accounts.loadUserByUsername(username);
        } catch (UsernameNotFoundException gone) {
            forgetPending(session);
            return new Result(Outcome.START_AGAIN, context + "/login?error");
        }
        if (standing.isEmpty() || !principal.isEnabled() || !principal.isAccountNonLocked()) {
            forgetPending(session);
            audit.record(denied(principal.isEnabled() ? "locked" : "disabled", username));
            return new Result(Outcome.START_AGAIN, context + "/login?error");
        }
        if (!factors.accept(standing.get().id(), code)) {
            if (failed(request, username, "bad-second-factor")) {
                forgetPending(session);
                return new Result(Outcome.START_AGAIN, context + "/login?error");
            }
            return new Result(Outcome.WRONG_CODE, context + "/login/second-factor?error");
        }
        forgetPending(session);
        principal.eraseCredentials();
        Authentication authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(authentication);
        SecurityContextHolder.setContext(signedIn);
        request.changeSessionId(); // a new session id for the new privilege, as form login does
        contexts.saveContext(signedIn, request, response);
        return new Result(Outcome.SIGNED_IN, complete(request, response, standing.get(), 2));
    }

    /** Ends a successful sign-in: resets the failure count, audits it, and says where to go next. */
    private String complete(
            HttpServletRequest request, HttpServletResponse response, SignInState.Standing standing, int factorCount) {
        state.succeeded(standing.id());
        if (standing.obligation().isPresent()) {
            request.getSession().setAttribute(CHECK_OBLIGATIONS, Boolean.TRUE);
        }
        audit.record(AuditEvent.of("access.sign-in", "user", standing.id().toString())
                .by(standing.username())
                .with("factors", factorCount));
        return nextPage(request, response);
    }

    private boolean failed(HttpServletRequest request, String username, String reason) {
        return failedAttempt(request.getRemoteAddr(), username, reason);
    }

    /**
     * Counts and audits a failed attempt to prove who one is (a wrong password or code, at sign-in or when changing
     * the password) towards the account's lock-out and the address's throttle.
     *
     * @return whether it locked the account
     */
    boolean failedAttempt(String remoteAddress, String username, String reason) {
        throttle.failed(remoteAddress);
        boolean locked = state.failed(username);
        audit.record(failure(reason, username));
        if (locked) {
            audit.record(AuditEvent.of("access.sign-in.locked-out")
                    .withOutcome(AuditOutcome.DENIED)
                    .by(username)
                    .with("minutes", SignInState.LOCK_OUT.toMinutes()));
        }
        return locked;
    }

    /**
     * Remembers the page asked for before signing in, in a short-lived cookie rather than a session, so that an
     * anonymous visitor stores nothing on the server. Only pages count, never API calls.
     */
    private static RequestCache pageRequestCache() {
        CookieRequestCache cache = new CookieRequestCache();
        cache.setRequestMatcher(new AndRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**"),
                new NegatedRequestMatcher(
                        PathPatternRequestMatcher.withDefaults().matcher("/api/**"))));
        return cache;
    }

    /**
     * The sign-in form's CSRF token is kept in a cookie (HTTP-only, the form carries it masked), not in a session: a
     * session starts only once a password has been verified, so anonymous requests cannot fill the session table.
     */
    private static CsrfTokenRepository csrfTokensInACookie() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }

    /**
     * Where to go after signing in: the page saved before, but only its path and query on this site, since the
     * cookie that names it comes from the browser.
     */
    private String nextPage(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        if (saved == null) {
            return request.getContextPath() + "/";
        }
        URI url;
        try {
            url = URI.create(saved.getRedirectUrl());
        } catch (IllegalArgumentException malformed) {
            return request.getContextPath() + "/";
        }
        String path = url.getRawPath();
        if (path == null || !path.startsWith(request.getContextPath() + "/") || path.startsWith("//")) {
            return request.getContextPath() + "/";
        }
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    }

    private static void forgetPending(HttpSession session) {
        session.removeAttribute(PENDING_USER);
        session.removeAttribute(PENDING_SINCE);
    }

    private static AuditEvent failure(String reason, String actor) {
        return AuditEvent.of("access.sign-in")
                .withOutcome(AuditOutcome.FAILURE)
                .because(reason)
                .by(actor);
    }

    private static AuditEvent denied(String reason, String actor) {
        return AuditEvent.of("access.sign-in")
                .withOutcome(AuditOutcome.DENIED)
                .because(reason)
                .by(actor);
    }

    /** The username as typed, trimmed and cut short: it is recorded, the password never is. */
    static String actor(@Nullable String username) {
        String tried = username == null ? "" : username.strip();
        if (tried.isEmpty()) {
            return "anonymous";
        }
        return tried.length() > ACTOR_LIMIT ? tried.substring(0, ACTOR_LIMIT) : tried;
    }
}
