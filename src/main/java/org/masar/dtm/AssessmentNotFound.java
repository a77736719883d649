package org.masar.dtm;

import org.masar.shared.NotFoundException;

/** The version holds no assessment of this unit: a 404. */
public class AssessmentNotFound extends NotFoundException {

    public AssessmentNotFound(String pcode) {
        super("dtm.assessment-not-found", pcode);
    }
}
