package org.masar.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditOutcome;
import org.masar.audit.AuditTrail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away sign-in attempts (password or second-factor step) from an address that has failed too often lately,
 * before any password is checked, and records each refusal.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final AuditTrail audit;

    SignInThrottleFilter(SignInThrottle throttle, AuditTrail audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !(path.equals("/login") || path.equals("/login/second-factor"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (throttle.allows(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        audit.record(AuditEvent.of("access.sign-in")
                .withOutcome(AuditOutcome.DENIED)
                .because("throttled")
                .by(SignInFlow.actor(request.getParameter("username"))));
        response.sendRedirect(request.getContextPath() + "/login?throttled");
    }
}
