package org.masar.access;

import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A command names something that does not exist (a role, permission, organisation, office or supervisor): a 400. The
 * code names which ({@code access.unknown-role}, {@code access.unknown-permission}…), the argument the value given.
 */
public class UnknownReference extends ProblemException {

    public UnknownReference(String code, String value) {
        super(code, HttpStatus.BAD_REQUEST, value);
    }
}
