package org.masar.geo;

import org.masar.shared.NotFoundException;

/** No region, mantika, baladiya or muhalla has this P-code: a 404. */
public class AdminUnitNotFound extends NotFoundException {

    public AdminUnitNotFound(PCode pcode) {
        super("geo.unit-not-found", pcode.value());
    }
}
