package org.masar.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.masar.shared.InvalidFields;
import org.masar.shared.ProblemException;
import org.masar.shared.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Turns every exception that leaves a controller into either an RFC 9457 problem (API requests) or the localised
 * problem page (browser requests), so that bad input never shows a stack trace nor a bare 500.
 */
@ControllerAdvice
class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final Problems problems;
    private final MessageSource messages;
    private final LayoutModel layout;

    ProblemAdvice(Problems problems, MessageSource messages, LayoutModel layout) {
        this.problems = problems;
        this.messages = messages;
        this.layout = layout;
    }

    @ExceptionHandler(ProblemException.class)
    Object problem(ProblemException e, HttpServletRequest request) {
        // Filters that act on the outcome (the audit of refusals) need to know which problem it was.
        request.setAttribute(ProblemException.class.getName(), e);
        return answer(request, e.code(), e.status(), Map.of(), e.arguments());
    }

    @ExceptionHandler(InvalidFields.class)
    Object invalidFields(InvalidFields e, HttpServletRequest request) {
        List<Map<String, String>> errors = e.fields().stream()
                .map(field -> fieldError(
                        field.field(),
                        field.code(),
                        messages.getMessage(field.code(), null, field.code(), Problems.locale(request))))
                .toList();
        return answer(request, "validation", HttpStatus.BAD_REQUEST, Map.of("errors", errors));
    }

    @ExceptionHandler(BindException.class) // MethodArgumentNotValidException is a BindException
    Object invalid(BindException e, HttpServletRequest request) {
        List<Map<String, String>> errors = e.getFieldErrors().stream()
                .map(error -> fieldError(error.getField(), error.getCode(), message(error, request)))
                .toList();
        return answer(request, "validation", HttpStatus.BAD_REQUEST, Map.of("errors", errors));
    }

    /** {@code ?page=abc}, an unknown enum value, a malformed id in a path: the caller's mistake, named by parameter. */
    @ExceptionHandler(TypeMismatchException.class)
    Object typeMismatch(TypeMismatchException e, HttpServletRequest request) {
        if (e.getMostSpecificCause() instanceof ProblemException refused) {
            return problem(refused, request); // a converter's own verdict, such as a malformed id's not-found
        }
        String name =
                e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
        List<Map<String, String>> errors = List.of(fieldError(
                name == null ? "" : name,
                "typeMismatch",
                messages.getMessage("problem.validation.type-mismatch", null, Problems.locale(request))));
        return answer(request, "validation", HttpStatus.BAD_REQUEST, Map.of("errors", errors));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    Object invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> fieldError(
                                result.getMethodParameter().getParameterName(),
                                error.getCodes() == null ? "invalid" : lastCode(error.getCodes()),
                                error.getDefaultMessage())))
                .toList();
        return answer(request, "validation", HttpStatus.BAD_REQUEST, Map.of("errors", errors));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    Object constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(violation -> fieldError(
                        violation.getPropertyPath().toString(),
                        violation
                                .getConstraintDescriptor()
                                .getAnnotation()
                                .annotationType()
                                .getSimpleName(),
                        violation.getMessage()))
                .toList();
        return answer(request, "validation", HttpStatus.BAD_REQUEST, Map.of("errors", errors));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    Object duplicate(DuplicateKeyException e, HttpServletRequest request) {
        log.info("Duplicate key refused: {}", e.getMostSpecificCause().getMessage());
        return answer(request, "conflict.duplicate", HttpStatus.CONFLICT, Map.of());
    }

    /**
     * A constraint of the schema refused the write (a reference to something that does not exist, a value outside a
     * check). Services validate first; this net keeps a missed case a 409 rather than a 500.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    Object integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        log.warn("Constraint refused a write: {}", e.getMostSpecificCause().getMessage());
        return answer(request, "conflict.integrity", HttpStatus.CONFLICT, Map.of());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    Object stale(OptimisticLockingFailureException e, HttpServletRequest request) {
        return answer(request, "conflict.stale", HttpStatus.CONFLICT, Map.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object denied(AccessDeniedException e, HttpServletRequest request) {
        return answer(request, "access.denied", HttpStatus.FORBIDDEN, Map.of());
    }

    /**
     * A body that is not the JSON asked for: malformed or truncated, a wrong type, a missing value for a primitive, a
     * number too big for its field, invalid UTF-8 (400); or beyond the reading limits of {@link JsonLimits}: too long,
     * too deep, too many digits (413). Jackson names the cause; the log keeps it, the caller gets no internals.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        log.debug("Unreadable body on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        if (e.getMostSpecificCause() instanceof StreamConstraintsException) {
            return answer(request, "request.too-large", HttpStatus.CONTENT_TOO_LARGE, Map.of());
        }
        return answer(request, "request.unreadable", HttpStatus.BAD_REQUEST, Map.of());
    }

    /** Tomcat would not parse the parameters (a form body over its limit, a malformed encoding): 400 or 413. */
    @ExceptionHandler(InvalidParameterException.class)
    Object unparsableParameters(InvalidParameterException e, HttpServletRequest request) {
        HttpStatusCode status =
                e.getErrorCode() > 0 ? HttpStatusCode.valueOf(e.getErrorCode()) : HttpStatus.BAD_REQUEST;
        return answer(request, codeFor(status), status, Map.of());
    }

    /** Spring MVC's own failures (unreadable body, wrong method, unknown path…) keep their status. */
    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse response) {
            HttpStatusCode status = response.getStatusCode();
            return answer(request, codeFor(status), status, Map.of());
        }
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(request, "internal", HttpStatus.INTERNAL_SERVER_ERROR, Map.of());
    }

    /** The problem for the API, or the localised problem page for a browser. */
    Object answer(
            HttpServletRequest request,
            String code,
            HttpStatusCode status,
            Map<String, Object> properties,
            Object... arguments) {
        if (Problems.isApiRequest(request) || !asksForPage(request)) {
            ProblemDetail problem = problems.of(code, status, Problems.locale(request), arguments);
            properties.forEach(problem::setProperty);
            instance(request).ifPresent(problem::setInstance);
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        ModelAndView page = new ModelAndView("error/problem");
        page.setStatus(status);
        page.addObject("problemCode", code);
        page.addObject("problemArguments", arguments);
        page.addObject("problemStatus", status.value());
        // Model attributes from advice are not added to views rendered for exceptions; the layout still needs them.
        page.addObject("permissions", layout.permissions());
        page.addObject("signedInAs", layout.signedInAs());
        page.addObject("menu", layout.menu());
        return page;
    }

    /**
     * The problem page is for a browser, which asks for HTML (htmx says so in its own header); a request that names no
     * type at all gets the page too, since its path is a page's. A script or {@code curl} (any type, or JSON) gets the
     * problem as JSON, whatever the path.
     */
    private static boolean asksForPage(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept == null || accept.contains(MediaType.TEXT_HTML_VALUE) || request.getHeader("HX-Request") != null;
    }

    /** The path asked for (not /error's own), quoted where it holds what a URI may not; none if it cannot be. */
    private static Optional<URI> instance(HttpServletRequest request) {
        Object forwarded = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = forwarded instanceof String original ? original : request.getRequestURI();
        try {
            return Optional.of(new URI(null, null, path, null));
        } catch (URISyntaxException malformed) {
            return Optional.empty();
        }
    }

    static String codeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "request.invalid";
            case 404 -> "not-found";
            case 405 -> "request.method-not-allowed";
            case 406 -> "request.not-acceptable";
            case 413 -> "request.too-large";
            case 415 -> "request.unsupported-media-type";
            default -> status.is4xxClientError() ? "request.invalid" : "internal";
        };
    }

    private static Map<String, String> fieldError(String field, String code, String message) {
        return Map.of(
                "field", field, "code", code == null ? "invalid" : code, "message", message == null ? "" : message);
    }

    private static String lastCode(String[] codes) {
        return codes[codes.length - 1];
    }

    private String message(FieldError error, HttpServletRequest request) {
        return messages.getMessage(error, Problems.locale(request));
    }
}
