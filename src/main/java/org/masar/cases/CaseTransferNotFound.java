package org.masar.cases;

import org.masar.shared.NotFoundException;

/** No transfer of this case has this id: a 404. */
public class CaseTransferNotFound extends NotFoundException {

    public CaseTransferNotFound(Object id) {
        super("cases.transfer-not-found", id);
    }
}
