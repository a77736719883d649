package org.masar.assistance;

import org.masar.shared.NotFoundException;

/** No kit of the catalogue has this code: a 404. */
public class KitNotFound extends NotFoundException {

    public KitNotFound(Object code) {
        super("assistance.kit-not-found", code);
    }
}
