package org.masar.cases;

import java.util.List;
import java.util.UUID;

/**
 * A case's service plan: the services the person needs, each planned, then delivered (by a referral, an assistance
 * record, or recorded by hand) or cancelled with a reason. Reading needs {@code cases:read} and the case readable;
 * adding, cancelling and recording by hand need {@code cases:write} and an open case. Every change is audited, and a
 * delivery goes on the person's timeline.
 *
 * <p>Other modules record deliveries through {@link #recordDelivery}: referrals when a referral is done with the
 * outcome "service delivered", assistance when a distribution reaches the person.
 */
public interface ServicePlans {

    /** The type of a delivery a caseworker recorded by hand. */
    String MANUAL = "cases.manual";

    /**
     * Records that a record of another module delivered the item. Idempotent: an item already delivered stays as it
     * is (by whatever delivered it first), so a redelivered event changes nothing. Acts as the system identity (audited),
     * because the caller (a partner's user closing a referral) need not read the case; the case may be closed.
     *
     * @param deliveredByType the record's type, {@code module.kind} ({@code referrals.referral})
     * @throws ServicePlanItemNotFound when the case has no such item
     * @throws ServicePlanItemNotPlanned when the item was cancelled
     * @throws IllegalArgumentException when the type is not of the form {@code module.kind}
     */
    void recordDelivery(CaseId caseId, ServicePlanItemId item, String deliveredByType, UUID deliveredById);

    /** The case's plan, in the order the services were planned. */
    List<ServicePlanItem> ofCase(CaseId caseId);

    /** Adds a service to the plan. */
    ServicePlanItem plan(CaseId caseId, NewServicePlanItem item);

    /** Cancels a planned service with a reason. */
    ServicePlanItem cancel(CaseId caseId, ServicePlanItemId item, String reason);

    /** Records by hand that a planned service was delivered ({@value #MANUAL}). */
    ServicePlanItem markDelivered(CaseId caseId, ServicePlanItemId item);
}
