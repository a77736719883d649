package org.masar.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditOutcome;
import org.masar.audit.AuditTrail;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} calls to {@code /api/**}: the owner's current state and
 * permissions are read at each call ({@link AccountStates}), for this request only (no session is created or read),
 * and a token whose owner is disabled, locked or no longer holds {@code api:tokens} stops working. A bad, revoked or
 * expired token is a 401 problem and an audit entry; an owner who must first change their password or enrol a second
 * factor gets the same 403 problem as in a session.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    static final String TOKEN_PERMISSION = "api:tokens";
    private static final String BEARER = "Bearer ";

    private final ApiTokenStore tokens;
    private final AccountStates states;
    private final AuditTrail audit;
    private final ProblemResponses problems;

    ApiTokenFilter(ApiTokenStore tokens, AccountStates states, AuditTrail audit, ProblemResponses problems) {
        this.tokens = tokens;
        this.states = states;
        this.audit = audit;
        this.problems = problems;
    }

    /** Whether the request presents a bearer token to the API: such calls need no CSRF token and get no session. */
    static boolean isBearerApiCall(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length()) && path.startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isBearerApiCall(request)) {
            chain.doFilter(request, response);
            return;
        }
        String secret = request.getHeader(HttpHeaders.AUTHORIZATION)
                .substring(BEARER.length())
                .strip();
        switch (tokens.present(secret)) {
            case ApiTokenStore.Refused refused -> deny(request, response, refused.reason(), refused);
            case ApiTokenStore.Valid valid -> {
                Optional<AccountStates.AccountState> owner = states.find(valid.userId());
                if (owner.isEmpty()) {
                    deny(request, response, "unknown", null);
                    return;
                }
                AccountStates.AccountState account = owner.get();
                String refusal = !account.enabled()
                        ? "owner-disabled"
                        : account.locked()
                                ? "owner-locked"
                                : !account.permissions().contains(TOKEN_PERMISSION) ? "owner-lacks-permission" : null;
                if (refusal != null) {
                    deny(
                            request,
                            response,
                            refusal,
                            new ApiTokenStore.Refused(refusal, valid.tokenId(), valid.username()));
                    return;
                }
                // What the owner owes first holds their tokens too: a one-time password to change, or a second factor
                // to enrol before a permission that needs one (access:manage) may be used, through a token or not.
                Optional<SignInState.Obligation> obligation = account.obligation();
                if (obligation.isPresent()) {
                    audit.record(new AuditEvent(
                            "access.token.denied",
                            AuditOutcome.DENIED,
                            "api-token",
                            valid.tokenId().toString(),
                            obligation.get().problem,
                            Map.of(),
                            valid.username()));
                    problems.write(request, response, HttpStatus.FORBIDDEN, obligation.get().problem);
                    return;
                }
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new ApiTokenAuthentication(AccountPrincipal.of(account), valid.tokenId()));
                SecurityContextHolder.setContext(context);
                try {
                    chain.doFilter(request, response);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }
        }
    }

    private void deny(
            HttpServletRequest request,
            HttpServletResponse response,
            String reason,
            ApiTokenStore.@Nullable Refused refused)
            throws IOException {
        String tokenId = refused == null || refused.tokenId() == null
                ? null
                : refused.tokenId().toString();
        String actor = refused == null || refused.username() == null ? "anonymous" : refused.username();
        AuditEvent event = new AuditEvent(
                "access.token.denied", AuditOutcome.DENIED, "api-token", tokenId, reason, Map.of(), actor);
        audit.record(event);
        problems.write(request, response, HttpStatus.UNAUTHORIZED, "access.token-invalid");
    }
}
