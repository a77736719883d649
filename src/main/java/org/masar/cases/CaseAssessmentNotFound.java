package org.masar.cases;

import org.masar.shared.NotFoundException;

/** The case has no assessment with this id: a 404. */
public class CaseAssessmentNotFound extends NotFoundException {

    public CaseAssessmentNotFound(Object id) {
        super("cases.assessment-not-found", id);
    }
}
