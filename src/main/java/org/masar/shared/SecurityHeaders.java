package org.masar.shared;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers every response carries. Spring Security writes them on what passes through its filter chain
 * (configured from these constants); answers written before that chain ran — a request its firewall refused, an error
 * Tomcat reports itself — write them with {@link #writeTo}, so no response leaves without them.
 */
public final class SecurityHeaders {

    /** Scripts and styles from Masar only; no framing, no plugins, forms post back to Masar only. */
    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                    + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
                    + "base-uri 'self'; form-action 'self'";

    public static final String REFERRER_POLICY = "same-origin";

    private SecurityHeaders() {}

    /** The headers Spring Security would have written, for answers it never saw. */
    public static void writeTo(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
    }
}
