package org.masar.cases;

/** Where an item of the service plan stands: planned until delivered or cancelled (with a reason). */
public enum ServicePlanStatus {
    PLANNED,
    DELIVERED,
    CANCELLED
}
