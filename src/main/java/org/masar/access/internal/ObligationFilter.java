package org.masar.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.masar.access.CurrentUser;
import org.masar.shared.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a signed-in user to the one page they must use first: a one-time password must be changed, and an
 * administrator must enrol a second factor, before any other page (redirected) or API call (403 problem). Only sessions
 * flagged at sign-in pay for the check, which reads the account's current state so it ends as soon as it is met.
 */
class ObligationFilter extends OncePerRequestFilter {

    private static final List<String> ALWAYS_OPEN =
            List.of("/logout", "/login", "/webjars/", "/css/", "/js/", "/favicon.ico", "/error");

    private final SignInState state;
    private final ProblemResponses problems;

    ObligationFilter(SignInState state, ProblemResponses problems) {
        this.state = state;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (ALWAYS_OPEN.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        // Who the user is before the session's flag: loading the context checks the account, which may raise the flag.
        Optional<CurrentUser> user = CurrentUser.find();
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(SignInFlow.CHECK_OBLIGATIONS) == null || user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<SignInState.Obligation> obligation =
                state.standing(user.get().username()).flatMap(SignInState.Standing::obligation);
        if (obligation.isEmpty()) {
            session.removeAttribute(SignInFlow.CHECK_OBLIGATIONS);
            chain.doFilter(request, response);
            return;
        }
        String page = obligation.get().page;
        if (path.equals(page) || path.startsWith(page + "/")) {
            chain.doFilter(request, response);
        } else if (Problems.isApiRequest(request)) {
            problems.write(request, response, HttpStatus.FORBIDDEN, obligation.get().problem);
        } else {
            response.sendRedirect(request.getContextPath() + page);
        }
    }
}
