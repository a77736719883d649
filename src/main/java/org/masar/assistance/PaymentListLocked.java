package org.masar.assistance;

import org.masar.shared.ConflictException;

/** The payment list is submitted or approved: its transfers cannot change (a 409). */
public class PaymentListLocked extends ConflictException {

    public PaymentListLocked(Object list, String status) {
        super("assistance.payment-list-locked", list, status);
    }
}
