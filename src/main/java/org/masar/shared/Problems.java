package org.masar.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Builds RFC 9457 problem details from a stable code, with title and detail from the message bundles.
 *
 * <p>The one place that turns a code into a problem: the exception advice, the security entry points and anything else
 * that answers with an error use it, so every error of the API has the same shape.
 */
@Component
public class Problems {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    private final MessageSource messages;

    public Problems(MessageSource messages) {
        this.messages = messages;
    }

    /** A problem of type {@code /problems/{code}}, titled and detailed in the given locale. */
    public ProblemDetail of(String code, HttpStatusCode status, Locale locale, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("/problems/" + code));
        problem.setTitle(messages.getMessage("problem." + code + ".title", null, code, locale));
        String detail = messages.getMessage("problem." + code + ".detail", arguments, "", locale);
        if (detail != null && !detail.isEmpty()) {
            problem.setDetail(detail);
        }
        problem.setProperty("code", code);
        return problem;
    }

    /** Whether this request expects JSON (the REST API and other machine clients) rather than a page. */
    public static boolean isApiRequest(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && !accept.contains("text/html") && accept.contains("json");
    }

    /** The request's language as Spring MVC resolved it (the language cookie, then Accept-Language): Arabic or English. */
    public static Locale locale(HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        return "ar".equals(locale.getLanguage()) ? ARABIC : Locale.ENGLISH;
    }
}
