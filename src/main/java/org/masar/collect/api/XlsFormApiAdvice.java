package org.masar.collect.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masar.collect.XlsFormInvalid;
import org.masar.shared.ProblemException;
import org.masar.shared.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Renders {@link XlsFormInvalid} for the collect API (the conversion and the form upload alike) as the shared problem
 * with its extension member {@code errors}: one {@code {"sheet", "row", "reason"}} for every error, sheet and row null
 * when the error is the whole file's. Ordered before the shared advice, which renders problems without members.
 */
@RestControllerAdvice(basePackageClasses = XlsFormApiAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class XlsFormApiAdvice {

    private final Problems problems;

    XlsFormApiAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(XlsFormInvalid.class)
    ResponseEntity<ProblemDetail> invalid(XlsFormInvalid e, HttpServletRequest request) {
        // Filters that act on the outcome (the audit of refusals) look for the problem here, as for every other one.
        request.setAttribute(ProblemException.class.getName(), e);
        ProblemDetail problem = problems.of(e.code(), e.status(), Problems.locale(request), e.arguments());
        List<Map<String, Object>> errors = e.errors().stream()
                .map(error -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("sheet", error.sheet());
                    entry.put("row", error.row());
                    entry.put("reason", error.reason());
                    return entry;
                })
                .toList();
        problem.setProperty("errors", errors);
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(e.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
