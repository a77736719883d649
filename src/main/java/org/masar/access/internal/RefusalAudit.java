package org.masar.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditOutcome;
import org.masar.audit.AuditTrail;
import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every refusal (403) in the audit trail as {@code access.refused}, whoever refused: Spring Security's
 * access-denied handler (a page or API call the user's permissions do not reach, a missing CSRF token), a method
 * security check ({@code @PreAuthorize}) or a module's {@code ForbiddenException}, both answered by the problem advice.
 * The subject is the method and path; the actor is the signed-in user. A refusal its own code has already audited
 * ({@link ProblemException#auditedWhereRaised()}) is not recorded again, and a request is recorded once however many
 * hooks see its refusal. Refusals answered before this filter runs are not seen: the 403 {@link ApiTokenFilter}
 * gives a token whose owner must change their password, and the firewall's 400/405, which come before any user is
 * known.
 *
 * <p>Two hooks feed it because the refusals happen at two depths: the filter sees the status of everything answered
 * inside it (Spring MVC, {@link ObligationFilter}, the authorization filter's handler); the handler wrapper sees the
 * CSRF filter's refusals, which are answered earlier in the chain.
 */
final class RefusalAudit extends OncePerRequestFilter {

    static final String ACTION = "access.refused";
    private static final String RECORDED = RefusalAudit.class.getName() + ".RECORDED";
    private static final int LONGEST_SUBJECT = 300;

    private final AuditTrail audit;

    RefusalAudit(AuditTrail audit) {
        this.audit = audit;
    }

    /** The given handler, recording the refusal before it answers. */
    AccessDeniedHandler recording(AccessDeniedHandler handler) {
        return (request, response, denied) -> {
            record(request);
            handler.handle(request, response, denied);
        };
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.FORBIDDEN.value()
                && !(request.getAttribute(ProblemException.class.getName()) instanceof ProblemException problem
                        && problem.auditedWhereRaised())) {
            record(request);
        }
    }

    private void record(HttpServletRequest request) {
        if (request.getAttribute(RECORDED) != null) {
            return;
        }
        request.setAttribute(RECORDED, Boolean.TRUE);
        String subject = request.getMethod() + " " + request.getRequestURI();
        audit.record(new AuditEvent(
                ACTION,
                AuditOutcome.DENIED,
                "request",
                subject.length() > LONGEST_SUBJECT ? subject.substring(0, LONGEST_SUBJECT) : subject,
                null,
                Map.of(),
                null));
    }
}
