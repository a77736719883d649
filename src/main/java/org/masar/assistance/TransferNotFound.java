package org.masar.assistance;

import org.masar.shared.NotFoundException;

/** No transfer has this id (in this list): a 404. */
public class TransferNotFound extends NotFoundException {

    public TransferNotFound(Object id) {
        super("assistance.transfer-not-found", id);
    }
}
