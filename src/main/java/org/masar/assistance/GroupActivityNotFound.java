package org.masar.assistance;

import org.masar.shared.NotFoundException;

/** No group activity has this id: a 404. */
public class GroupActivityNotFound extends NotFoundException {

    public GroupActivityNotFound(Object id) {
        super("assistance.activity-not-found", id);
    }
}
