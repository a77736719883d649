package org.masar.shared;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * Input refused field by field, by a module's own checks rather than Bean Validation: the same 400 {@code validation}
 * problem, whose {@code errors} name each field (as the request's JSON names it) with a code and its message in the
 * user's language ({@code <code>} is a message key).
 */
public class InvalidFields extends ProblemException {

    /**
     * One refused field.
     *
     * @param field the field's path in the request ({@code givenName.ar}, {@code documents[0].type})
     * @param code the message key that says why
     */
    public record Field(String field, String code) {}

    private final List<Field> fields;

    public InvalidFields(List<Field> fields) {
        super("validation", HttpStatus.BAD_REQUEST);
        this.fields = List.copyOf(fields);
    }

    /** The refused fields. */
    public List<Field> fields() {
        return fields;
    }
}
