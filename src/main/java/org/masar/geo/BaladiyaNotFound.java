package org.masar.geo;

import org.masar.shared.NotFoundException;

/** No baladiya has this P-code (or it is not a baladiya's): a 404. */
public class BaladiyaNotFound extends NotFoundException {

    public BaladiyaNotFound(PCode pcode) {
        super("geo.baladiya-not-found", pcode.value());
    }
}
