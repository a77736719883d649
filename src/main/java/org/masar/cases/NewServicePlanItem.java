package org.masar.cases;

import org.jspecify.annotations.Nullable;

/**
 * A service to add to a case's plan.
 *
 * @param details a few words on what is needed (no narrative: the plan is read by every reader of the case)
 */
public record NewServicePlanItem(
        ServicePlanService service, @Nullable String details) {}
