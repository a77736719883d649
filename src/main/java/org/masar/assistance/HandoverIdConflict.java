package org.masar.assistance;

import org.masar.shared.ConflictException;

/** A hand-over id already recorded for another beneficiary or distribution: a 409, nothing written. */
public class HandoverIdConflict extends ConflictException {

    public HandoverIdConflict(Object id) {
        super("assistance.handover-id-conflict", id);
    }
}
