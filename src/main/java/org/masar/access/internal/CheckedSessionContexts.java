package org.masar.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditOutcome;
import org.masar.audit.AuditTrail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Where a signed-in user's security context is kept between requests (the session, stored in PostgreSQL), checked
 * against the account's current state each time it is loaded. A session whose account has been disabled or locked
 * out, or whose security stamp has been replaced (password reset or changed elsewhere), is ended there and then: the
 * request continues unauthenticated, so the API answers 401 and pages send the user to the sign-in page. A session
 * whose account's permissions changed (a role given or taken) carries the new permissions from this request on.
 *
 * <p>This costs one query by primary key per authenticated request ({@link AccountStates}), and needs no message
 * between nodes: whatever node serves the next request reads the same row.
 */
@Component
class CheckedSessionContexts implements SecurityContextRepository {

    private final SecurityContextRepository stored = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final AccountStates states;
    private final AuditTrail audit;

    CheckedSessionContexts(AccountStates states, AuditTrail audit) {
        this.states = states;
        this.audit = audit;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        DeferredSecurityContext kept = stored.loadDeferredContext(request);
        // Checked at most once per request, and only when something asks who the user is.
        return new DeferredSecurityContext() {
            private @Nullable SecurityContext checked;

            @Override
            public SecurityContext get() {
                if (checked == null) {
                    checked = check(kept.get(), request);
                }
                return checked;
            }

            @Override
            public boolean isGenerated() {
                return kept.isGenerated() || get().getAuthentication() == null;
            }
        };
    }

    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return check(stored.loadDeferredContext(holder.getRequest()).get(), holder.getRequest());
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        stored.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return stored.containsContext(request);
    }

    /**
     * Keeps the signed-in user's session after they changed their own password (which replaced the account's stamp),
     * while their other sessions end at their next request.
     */
    void restamp(UUID newStamp, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext current = SecurityContextHolder.getContext();
        if (current.getAuthentication() instanceof UsernamePasswordAuthenticationToken authentication
                && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            AccountPrincipal restamped = new AccountPrincipal(
                    principal.accountId(),
                    principal.getUsername(),
                    "",
                    principal.isEnabled(),
                    principal.isAccountNonLocked(),
                    newStamp,
                    principal.getAuthorities());
            SecurityContext renewed = SecurityContextHolder.createEmptyContext();
            renewed.setAuthentication(signedIn(restamped));
            SecurityContextHolder.setContext(renewed);
            stored.saveContext(renewed, request, response);
        }
    }

    private SecurityContext check(SecurityContext context, HttpServletRequest request) {
        Authentication authentication = context.getAuthentication();
        if (!(authentication instanceof UsernamePasswordAuthenticationToken)
                || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            return context;
        }
        Optional<AccountStates.AccountState> now = states.find(principal.accountId());
        String ended = now.isEmpty()
                ? "account-gone"
                : !now.get().enabled()
                        ? "disabled"
                        : now.get().locked()
                                ? "locked"
                                : !now.get().securityStamp().equals(principal.securityStamp())
                                        ? "credentials-changed"
                                        : null;
        HttpSession session = request.getSession(false);
        if (ended != null) {
            if (session != null) {
                session.invalidate();
            }
            audit.record(
                    AuditEvent.of("access.session.ended", "user", principal.id().toString())
                            .withOutcome(AuditOutcome.DENIED)
                            .because(ended)
                            .by(principal.getUsername()));
            return SecurityContextHolder.createEmptyContext();
        }
        AccountStates.AccountState state = now.get();
        if (session != null
                && state.obligation().isPresent()
                && session.getAttribute(SignInFlow.CHECK_OBLIGATIONS) == null) {
            // Made administrator since signing in, without a second factor: held to enrolment like at sign-in.
            session.setAttribute(SignInFlow.CHECK_OBLIGATIONS, Boolean.TRUE);
        }
        if (permissions(principal).equals(state.permissions())) {
            return context;
        }
        SecurityContext renewed = SecurityContextHolder.createEmptyContext();
        renewed.setAuthentication(signedIn(AccountPrincipal.of(state)));
        if (session != null) {
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, renewed);
        }
        return renewed;
    }

    private static Set<String> permissions(AccountPrincipal principal) {
        Set<String> permissions = new HashSet<>();
        for (GrantedAuthority authority : principal.getAuthorities()) {
            permissions.add(authority.getAuthority());
        }
        return permissions;
    }

    private static Authentication signedIn(AccountPrincipal principal) {
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }
}
