package org.masar.access;

import org.masar.shared.ConflictException;

/** Built-in roles are defined by Masar's migrations and cannot be changed from the administration. */
public class BuiltInRoleLocked extends ConflictException {

    public BuiltInRoleLocked(String code) {
        super("access.role-built-in", code);
    }
}
