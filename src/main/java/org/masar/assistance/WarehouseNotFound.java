package org.masar.assistance;

import org.masar.shared.NotFoundException;

/** No geo site has this id (or no stock was ever recorded there, for reads): a 404. */
public class WarehouseNotFound extends NotFoundException {

    public WarehouseNotFound(Object id) {
        super("assistance.warehouse-not-found", id);
    }
}
