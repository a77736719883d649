package org.masar.shared;

import java.util.Arrays;
import org.springframework.http.HttpStatus;

/**
 * A failure a user can understand, with a stable code such as {@code geo.site-not-found}.
 *
 * <p>The API renders it as an RFC 9457 problem whose {@code type} is {@code /problems/{code}}; pages show it as an
 * alert. Title and detail come from the message bundles ({@code problem.{code}.title} and {@code .detail}, whose
 * {@code {0}}… placeholders take {@link #arguments()}), so the exception carries no prose of its own.
 */
public abstract class ProblemException extends RuntimeException {

    private final String code;
    private final HttpStatus status;
    private final Object[] arguments;

    protected ProblemException(String code, HttpStatus status, Object... arguments) {
        super(code + " " + Arrays.toString(arguments));
        this.code = code;
        this.status = status;
        this.arguments = arguments.clone();
    }

    /** The stable code, also the last part of the problem's type. */
    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }

    /**
     * Whether the code that raised this problem has already written it to the audit trail (a denied restricted read
     * does, with what was asked for), so that the trail's net for every refusal does not record it a second time.
     */
    public boolean auditedWhereRaised() {
        return false;
    }

    /** Values for the placeholders of the localised detail. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
