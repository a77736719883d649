package org.masar.assistance;

import org.masar.shared.ConflictException;

/** The payment list is not as it was submitted (its version or status differ): it cannot be approved as it was (a 409). */
public class PaymentListChanged extends ConflictException {

    public PaymentListChanged(Object list) {
        super("assistance.payment-list-changed", list);
    }
}
