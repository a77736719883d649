package org.masar.dtm;

import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * Assessments and coverage gaps are kept for the gazetteer's current baladiya and muhalla only: an unknown P-code, a
 * region or mantika, or a unit retired before the round is a 400.
 */
public class UnitNotAssessable extends ProblemException {

    public UnitNotAssessable(String pcode) {
        super("dtm.unit-not-assessable", HttpStatus.BAD_REQUEST, pcode.length() > 20 ? pcode.substring(0, 20) : pcode);
    }
}
