package org.masar.geo;

import org.masar.shared.ConflictException;

/** Another site already has this code: a 409. */
public class DuplicateSiteCode extends ConflictException {

    public DuplicateSiteCode(String code) {
        super("geo.site-code-taken", code);
    }
}
