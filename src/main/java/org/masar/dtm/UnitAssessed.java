package org.masar.dtm;

import org.masar.shared.ConflictException;

/** The unit has an assessment in this version, so it cannot be recorded as not assessed: a 409. */
public class UnitAssessed extends ConflictException {

    public UnitAssessed(String pcode) {
        super("dtm.unit-assessed", pcode);
    }
}
