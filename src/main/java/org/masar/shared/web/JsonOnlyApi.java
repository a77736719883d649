package org.masar.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The API answers in JSON only. Spring MVC finds out that a client cannot read JSON only when it writes the answer,
 * after the step has been taken: a client asking for XML got a 406 for an account that had in fact been created. This
 * refuses such a request before its handler runs, so a refusal always means that nothing happened.
 */
final class JsonOnlyApi implements HandlerInterceptor {

    static final String[] PATHS = {"/api/**"};
    // The documentation page is HTML; it is springdoc's, not an operation of the API.
    static final String[] EXCLUDED = {"/api/v1/docs", "/api/v1/docs/**", "/api/v1/swagger-ui/**"};

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return true;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException unreadable) {
            throw new HttpMediaTypeNotAcceptableException(unreadable.getMessage());
        }
        if (accepted.stream().noneMatch(JsonOnlyApi::readsJson)) {
            throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON));
        }
        return true;
    }

    /** {@code application/json}, a JSON dialect such as {@code application/geo+json}, or a wildcard that covers one. */
    private static boolean readsJson(MediaType type) {
        return type.includes(MediaType.APPLICATION_JSON) || "json".equals(type.getSubtypeSuffix());
    }
}
