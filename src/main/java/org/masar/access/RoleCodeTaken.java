package org.masar.access;

import org.masar.shared.ConflictException;

/** Another role already has this code. */
public class RoleCodeTaken extends ConflictException {

    public RoleCodeTaken(String code) {
        super("access.role-code-taken", code);
    }
}
