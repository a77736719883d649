package org.masar.assistance;

import org.masar.shared.ConflictException;

/** A hand-over for a distribution that is not open (planned, or closed): a 409, nothing written. */
public class DistributionNotOpen extends ConflictException {

    public DistributionNotOpen(Object id, String status) {
        super("assistance.distribution-not-open", id, status);
    }
}
