package org.masar.cases;

import org.masar.shared.NotFoundException;

/** No case type has this code: a 404. */
public class CaseTypeNotFound extends NotFoundException {

    public CaseTypeNotFound(String code) {
        super("cases.type-not-found", code);
    }
}
