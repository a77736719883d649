package org.masar.cases;

import org.masar.shared.ConflictException;

/** A case type with this code exists already: a 409. */
public class CaseTypeTaken extends ConflictException {

    public CaseTypeTaken(String code) {
        super("cases.type-taken", code);
    }
}
