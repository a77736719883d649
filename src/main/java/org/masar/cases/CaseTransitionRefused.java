package org.masar.cases;

import org.masar.shared.ConflictException;

/** The case's type names no move from its stage to the one asked for: a 409 naming both. */
public class CaseTransitionRefused extends ConflictException {

    public CaseTransitionRefused(String from, String to) {
        super("cases.transition-refused", from, to);
    }
}
