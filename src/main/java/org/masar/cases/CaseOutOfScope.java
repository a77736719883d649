package org.masar.cases;

import org.masar.shared.ForbiddenException;

/** The case, or the person or office it names, is outside the user's scopes (office, baladiya, programme): a 403. */
public class CaseOutOfScope extends ForbiddenException {

    public CaseOutOfScope(Object id) {
        super("cases.out-of-scope", id);
    }
}
