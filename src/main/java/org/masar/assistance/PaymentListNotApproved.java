package org.masar.assistance;

import org.masar.shared.ConflictException;

/** Only an approved payment list is exported for its provider or reconciled (a 409). */
public class PaymentListNotApproved extends ConflictException {

    public PaymentListNotApproved(Object list) {
        super("assistance.payment-list-not-approved", list);
    }
}
