package org.masar.collect;

import org.masar.shared.NotFoundException;

/** The current user has no collect password with this id. A 404. */
public class CollectPasswordNotFound extends NotFoundException {

    public CollectPasswordNotFound(String id) {
        super("collect.password-not-found", id);
    }
}
