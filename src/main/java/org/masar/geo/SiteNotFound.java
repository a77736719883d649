package org.masar.geo;

import org.masar.shared.NotFoundException;

/** No site has this id: a 404. */
public class SiteNotFound extends NotFoundException {

    public SiteNotFound(String id) {
        super("geo.site-not-found", id);
    }

    public SiteNotFound(SiteId id) {
        this(id.toString());
    }
}
