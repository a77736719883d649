package org.masar.assistance;

import org.masar.shared.NotFoundException;

/** No delivered service has this id: a 404. */
public class ServiceNotFound extends NotFoundException {

    public ServiceNotFound(Object id) {
        super("assistance.service-not-found", id);
    }
}
