package org.masar.assistance;

import org.masar.shared.ConflictException;

/** The service was voided already: a 409 (the first reason stands). */
public class ServiceAlreadyVoided extends ConflictException {

    public ServiceAlreadyVoided(Object id) {
        super("assistance.service-voided", id);
    }
}
