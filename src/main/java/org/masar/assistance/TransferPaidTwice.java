package org.masar.assistance;

import org.masar.shared.ConflictException;

/** The person (or their household) already has a live transfer in this cycle (PostgreSQL's unique index refused it): a 409, nothing written. */
public class TransferPaidTwice extends ConflictException {

    public TransferPaidTwice(Object person, Object cycle) {
        super("assistance.paid-twice", person, cycle);
    }
}
