package org.masar.cases;

import org.masar.shared.ConflictException;

/** The service-plan item was already delivered or cancelled, so it can no longer be cancelled or delivered: a 409. */
public class ServicePlanItemNotPlanned extends ConflictException {

    public ServicePlanItemNotPlanned(ServicePlanItemId id, ServicePlanStatus status) {
        super("cases.service-plan-item-not-planned", id, status);
    }
}
