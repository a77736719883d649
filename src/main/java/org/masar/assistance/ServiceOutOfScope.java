package org.masar.assistance;

import org.masar.shared.ForbiddenException;

/** The service's programme is outside the programmes the user is limited to: a 403. */
public class ServiceOutOfScope extends ForbiddenException {

    public ServiceOutOfScope(String programme) {
        super("assistance.programme-out-of-scope", programme);
    }
}
