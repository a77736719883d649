package org.masar.shared;

import org.springframework.http.HttpStatus;

/** The step contradicts the current state (a duplicate, a stale version, a closed record): a 409. */
public class ConflictException extends ProblemException {

    public ConflictException(String code, Object... arguments) {
        super(code, HttpStatus.CONFLICT, arguments);
    }
}
