package org.masar.cases;

import org.masar.shared.ForbiddenException;

/** Opening a case of a restricted type as a normal record needs the right to pass restricted records on: a 403. */
public class CaseSensitivityLowered extends ForbiddenException {

    public CaseSensitivityLowered(String caseType) {
        super("cases.sensitivity-lowered", caseType);
    }
}
