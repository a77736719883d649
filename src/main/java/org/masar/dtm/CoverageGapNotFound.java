package org.masar.dtm;

import org.masar.shared.NotFoundException;

/** The version records no coverage gap for this unit: a 404. */
public class CoverageGapNotFound extends NotFoundException {

    public CoverageGapNotFound(String pcode) {
        super("dtm.coverage-gap-not-found", pcode);
    }
}
