package org.masar.geo;

import org.masar.shared.ConflictException;

/** A unit with this P-code exists already (current or retired; P-codes are never reused): a 409. */
public class DuplicatePCode extends ConflictException {

    public DuplicatePCode(PCode pcode) {
        super("geo.unit-pcode-taken", pcode.value());
    }
}
