package org.masar.assistance;

import org.masar.shared.NotFoundException;

/** No cash cycle has this id: a 404. */
public class CashCycleNotFound extends NotFoundException {

    public CashCycleNotFound(Object id) {
        super("assistance.cash-cycle-not-found", id);
    }
}
