package org.masar.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.masar.shared.Problems;
import org.masar.shared.SecurityHeaders;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Tomcat answers when it refuses a request before Masar sees it (a path that leaves the root with {@code ../}, a
 * NUL or a backslash in the path, a malformed request line): an RFC 9457 problem with the usual security headers, in
 * place of Tomcat's HTML error report. Everything that reaches the application is answered by {@link ProblemAdvice}
 * and {@link ProblemErrorController} instead; this is only the net beneath them.
 */
class ProblemReportValve extends ErrorReportValve {

    private final Problems problems;
    private final JsonMapper json;

    ProblemReportValve(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // As Tomcat's own report: only errors, only once, and only while the response can still be written.
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean writable = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) {
            return;
        }
        HttpStatusCode code = HttpStatusCode.valueOf(status);
        // Spring MVC has not resolved a language here: the browser's first choice, Arabic or English.
        Locale locale = "ar".equals(request.getLocale().getLanguage()) ? Locale.forLanguageTag("ar") : Locale.ENGLISH;
        ProblemDetail problem = problems.of(ProblemAdvice.codeFor(code), code, locale);
        try {
            response.resetBuffer();
            SecurityHeaders.writeTo(response);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            OutputStream body = response.getOutputStream();
            json.writeValue(body, problem);
            response.finishResponse();
        } catch (IOException | RuntimeException e) {
            // The client is gone or the response is broken: nothing more can be told.
        }
    }

    /** Puts the valve in place of the one Spring Boot installs on Tomcat's host. */
    @Component
    static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        private final Problems problems;
        private final JsonMapper json;

        Installer(Problems problems, JsonMapper json) {
            this.problems = problems;
            this.json = json;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                StandardHost host = (StandardHost) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                // Tomcat would otherwise add its own report valve again when the host starts.
                host.setErrorReportValveClass("");
                host.getPipeline().addValve(new ProblemReportValve(problems, json));
            });
        }

        /** After Spring Boot's customizer, which adds the valve this one replaces. */
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
