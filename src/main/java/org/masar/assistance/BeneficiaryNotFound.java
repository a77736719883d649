package org.masar.assistance;

import org.masar.shared.NotFoundException;

/** The distribution's list has no beneficiary with this id: a 404. */
public class BeneficiaryNotFound extends NotFoundException {

    public BeneficiaryNotFound(Object id) {
        super("assistance.beneficiary-not-found", id);
    }
}
