package org.masar.assistance;

import org.masar.shared.NotFoundException;

/** No item of the catalogue has this code: a 404. */
public class ItemNotFound extends NotFoundException {

    public ItemNotFound(Object code) {
        super("assistance.item-not-found", code);
    }
}
