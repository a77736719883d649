package org.masar.shared;

import org.springframework.http.HttpStatus;

/** Something asked for by its public id does not exist (or the caller may not know it exists): a 404. */
public class NotFoundException extends ProblemException {

    public NotFoundException(String code, Object... arguments) {
        super(code, HttpStatus.NOT_FOUND, arguments);
    }
}
