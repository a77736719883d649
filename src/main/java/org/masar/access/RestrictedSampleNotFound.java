package org.masar.access;

import org.masar.shared.NotFoundException;

/** No sample has this id. */
public class RestrictedSampleNotFound extends NotFoundException {

    public RestrictedSampleNotFound(RestrictedSampleId id) {
        super("access.restricted-sample-not-found", id.toString());
    }
}
