package org.masar.access;

import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;

/** A one-time code was wrong, expired or already used: a 400 problem {@code access.totp-invalid}. */
public class InvalidSecondFactor extends ProblemException {

    public InvalidSecondFactor() {
        super("access.totp-invalid", HttpStatus.BAD_REQUEST);
    }
}
