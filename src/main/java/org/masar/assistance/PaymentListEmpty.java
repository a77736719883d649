package org.masar.assistance;

import org.masar.shared.ConflictException;

/** A payment list without transfers cannot be submitted (a 409). */
public class PaymentListEmpty extends ConflictException {

    public PaymentListEmpty(Object list) {
        super("assistance.payment-list-empty", list);
    }
}
