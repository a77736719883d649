package org.masar.access;

import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;

/** A step needs a signed-in user and there is none: a 401 problem {@code access.unauthenticated}. */
public class NotSignedIn extends ProblemException {

    public NotSignedIn() {
        super("access.unauthenticated", HttpStatus.UNAUTHORIZED);
    }
}
