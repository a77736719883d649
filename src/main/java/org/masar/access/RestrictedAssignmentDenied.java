package org.masar.access;

import org.masar.shared.ForbiddenException;

/**
 * The signed-in user may not make someone else responsible for a restricted record. It names no user on purpose: the
 * answer is the same for an account that exists and for an id that does not.
 */
public class RestrictedAssignmentDenied extends ForbiddenException {

    public RestrictedAssignmentDenied() {
        super(true, "access.restricted-assignment-denied");
    }
}
