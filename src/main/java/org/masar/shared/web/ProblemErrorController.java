package org.masar.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.masar.shared.SecurityHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Replaces Spring Boot's {@code /error} controller, which answered errors raised outside Spring MVC (a form body Tomcat
 * would not parse, a 403 from a security filter, Tomcat's own refusal of TRACE) with its own JSON, and a direct
 * {@code GET /error} with a 500. Everything it answers goes through {@link ProblemAdvice}, so it has the same shape as
 * any other problem: RFC 9457 for the API, the localised problem page for a browser.
 */
@Controller
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final ProblemAdvice advice;

    ProblemErrorController(ProblemAdvice advice) {
        this.advice = advice;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        // An error Tomcat raised before the security filters ran (TRACE) has none of their headers yet.
        SecurityHeaders.writeTo(response);
        HttpStatusCode status = status(request);
        if (status.is5xxServerError()) {
            log.error(
                    "Failure outside Spring MVC on {} {}",
                    request.getMethod(),
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    exception(request));
        }
        return advice.answer(request, ProblemAdvice.codeFor(status), status, Map.of());
    }

    private static HttpStatusCode status(HttpServletRequest request) {
        // Tomcat refuses a form body over server.tomcat.max-http-form-post-size when a filter first asks for a
        // parameter (the CSRF filter, on POST /login): the exception knows the status (413), the servlet error does
        // not.
        if (exception(request) instanceof InvalidParameterException invalid && invalid.getErrorCode() > 0) {
            return HttpStatusCode.valueOf(invalid.getErrorCode());
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // No error to report: someone asked for /error itself, which is just an address with nothing there.
        return code instanceof Integer value ? HttpStatusCode.valueOf(value) : HttpStatus.NOT_FOUND;
    }

    private static @Nullable Throwable exception(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown ? thrown : null;
    }
}
