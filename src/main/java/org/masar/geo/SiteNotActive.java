package org.masar.geo;

import org.masar.shared.ConflictException;

/** The site is already out of use, so it cannot be deactivated (again): a 409. */
public class SiteNotActive extends ConflictException {

    public SiteNotActive(SiteId id) {
        super("geo.site-not-active", id.toString());
    }
}
