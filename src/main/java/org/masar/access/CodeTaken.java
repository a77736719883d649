package org.masar.access;

import org.masar.shared.ConflictException;

/** Another organisation or office already uses this code. */
public class CodeTaken extends ConflictException {

    public CodeTaken(String code) {
        super("access.code-taken", code);
    }
}
