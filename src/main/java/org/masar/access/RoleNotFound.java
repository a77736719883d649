package org.masar.access;

import org.masar.shared.NotFoundException;

/** No role has this code. */
public class RoleNotFound extends NotFoundException {

    public RoleNotFound(String code) {
        super("access.role-not-found", code);
    }
}
