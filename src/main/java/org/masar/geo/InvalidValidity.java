package org.masar.geo;

import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;

/** A unit would end before it begins, or is already retired: a 409. */
public class InvalidValidity extends ProblemException {

    public InvalidValidity(PCode pcode) {
        super("geo.unit-validity-invalid", HttpStatus.CONFLICT, pcode.value());
    }
}
