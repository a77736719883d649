package org.masar.assistance;

import org.masar.shared.ConflictException;

/** A step the distribution's status does not allow (opening a closed one, adding to a closed list): a 409. */
public class DistributionStatusConflict extends ConflictException {

    public DistributionStatusConflict(Object id, String status) {
        super("assistance.distribution-status", id, status);
    }
}
