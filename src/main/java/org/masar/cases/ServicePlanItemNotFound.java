package org.masar.cases;

import org.masar.shared.NotFoundException;

/** No service-plan item has this id on the case, or the current user may not know of it: a 404. */
public class ServicePlanItemNotFound extends NotFoundException {

    public ServicePlanItemNotFound(Object id) {
        super("cases.service-plan-item-not-found", id);
    }
}
