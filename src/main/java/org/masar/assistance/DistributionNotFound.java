package org.masar.assistance;

import org.masar.shared.NotFoundException;

/** No distribution has this id: a 404. */
public class DistributionNotFound extends NotFoundException {

    public DistributionNotFound(Object id) {
        super("assistance.distribution-not-found", id);
    }
}
