package org.masar.referrals.internal;

import org.masar.cases.ServicePlanItemNotFound;
import org.masar.cases.ServicePlanItemNotPlanned;
import org.masar.cases.ServicePlans;
import org.masar.referrals.ReferralCompleted;
import org.masar.referrals.ReferralOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A referral done with the service delivered marks the case's service-plan item it was sent for as delivered by it.
 * After the completion commits, and in {@code recordDelivery}'s own transaction rather than one the listener opens (as
 * {@code @ApplicationModuleListener} would): an item cancelled since is a refusal that rolls back only that, and the
 * event is then done with. The receiver's answer stands whatever the plan's state. Idempotent ({@link ServicePlans#recordDelivery} keeps the first delivery), so a redelivered event changes nothing.
 */
@Component
class OnReferralCompleted {

    private static final Logger log = LoggerFactory.getLogger(OnReferralCompleted.class);

    /** The record type a plan item names as what delivered it. */
    static final String RECORD_TYPE = "referrals.referral";

    private final ServicePlans plans;

    OnReferralCompleted(ServicePlans plans) {
        this.plans = plans;
    }

    @Async
    @TransactionalEventListener
    void on(ReferralCompleted event) {
        if (event.outcome() != ReferralOutcome.SERVICE_DELIVERED
                || event.caseId() == null
                || event.servicePlanItem() == null) {
            return;
        }
        try {
            plans.recordDelivery(
                    event.caseId(),
                    event.servicePlanItem(),
                    RECORD_TYPE,
                    event.referral().value());
        } catch (ServicePlanItemNotPlanned | ServicePlanItemNotFound cancelledSinceSent) {
            // The caseworker cancelled (or the plan lost) the item after sending the referral: the delivery stays on
            // the referral, and retrying would never succeed.
            log.info("Referral {} delivered an item no longer planned in case {}", event.referral(), event.caseId());
        }
    }
}
