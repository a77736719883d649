package org.masar.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.masar.shared.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem from inside the security filters, where Spring MVC's advice does not reach. */
@Component
class ProblemResponses {

    private final Problems problems;
    private final JsonMapper json;

    ProblemResponses(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
            throws IOException {
        ProblemDetail problem = problems.of(code, status, Problems.locale(request));
        instance(request).ifPresent(problem::setInstance);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The request's path as the problem's instance, unless it is no valid URI (the firewall refuses such paths). */
    private static Optional<URI> instance(HttpServletRequest request) {
        try {
            return Optional.of(new URI(null, null, request.getRequestURI(), null));
        } catch (URISyntaxException malformed) {
            return Optional.empty();
        }
    }
}
