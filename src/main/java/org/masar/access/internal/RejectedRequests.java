package org.masar.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.masar.shared.SecurityHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Requests Spring Security's firewall refuses before any filter chain runs ({@code ;}, {@code //}, {@code ../} or an
 * encoded slash in the path; a method such as TRACE or PROPFIND) are answered as problems with the security headers,
 * instead of Spring's bare status (which Boot then answered with its own JSON and no headers): 405 with {@code Allow}
 * for a method Masar does not serve, 400 otherwise.
 */
@Configuration(proxyBeanMethods = false)
class RejectedRequests {

    /** The methods Masar answers; the firewall refuses all others. */
    static final Set<String> ALLOWED_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);

    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHttpMethods(ALLOWED_METHODS);
        return firewall;
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
        return (HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected) -> {
            log.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), rejected.getMessage());
            reject(problems, request, response);
        };
    }

    private static void reject(ProblemResponses problems, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        SecurityHeaders.writeTo(response);
        if (ALLOWED_METHODS.contains(request.getMethod())) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "request.rejected");
        } else {
            response.setHeader(
                    HttpHeaders.ALLOW,
                    String.join(", ", ALLOWED_METHODS.stream().sorted().toList()));
            problems.write(request, response, HttpStatus.METHOD_NOT_ALLOWED, "request.method-not-allowed");
        }
    }
}
