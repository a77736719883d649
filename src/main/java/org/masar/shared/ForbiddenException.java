package org.masar.shared;

import org.springframework.http.HttpStatus;

/** The caller is known but lacks the permission or scope for this step: a 403. */
public class ForbiddenException extends ProblemException {

    public ForbiddenException(String code, Object... arguments) {
        super(code, HttpStatus.FORBIDDEN, arguments);
    }
}
