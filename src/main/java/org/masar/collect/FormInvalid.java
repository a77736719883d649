package org.masar.collect;

import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * The uploaded file is not a form Masar can serve: not an XForm that ODK JavaRosa loads (the parser's error is the
 * argument), or a form without an id a URL can carry, or a file that is neither {@code .xml} nor {@code .xlsx}. A 400.
 */
public class FormInvalid extends ProblemException {

    public FormInvalid(String code, String reason) {
        super(code, HttpStatus.BAD_REQUEST, reason);
    }

    /** The XForm does not load in JavaRosa. */
    public static FormInvalid unparseable(String reason) {
        return new FormInvalid("collect.form-invalid", reason);
    }
}
