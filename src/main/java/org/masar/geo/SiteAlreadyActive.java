package org.masar.geo;

import org.masar.shared.ConflictException;

/** The site is in use, so there is nothing to reactivate: a 409. */
public class SiteAlreadyActive extends ConflictException {

    public SiteAlreadyActive(SiteId id) {
        super("geo.site-already-active", id.toString());
    }
}
