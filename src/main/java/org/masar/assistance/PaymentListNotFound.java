package org.masar.assistance;

import org.masar.shared.NotFoundException;

/** No payment list has this id: a 404. */
public class PaymentListNotFound extends NotFoundException {

    public PaymentListNotFound(Object id) {
        super("assistance.payment-list-not-found", id);
    }
}
