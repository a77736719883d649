package org.masar.referrals;

import org.masar.shared.ForbiddenException;

/**
 * The user may see the referral but not take this step (answering a referral sent to someone else, revoking another's
 * referral, an override without its permission): a 403, audited.
 */
public class ReferralForbidden extends ForbiddenException {

    public ReferralForbidden(String code, Object id) {
        super(code, id);
    }

    private ReferralForbidden(boolean audited, String code, Object id) {
        super(audited, code, id);
    }

    /** The refusal, already recorded in the audit trail (with its reason) by the code that raises it. */
    public static ReferralForbidden audited(String code, Object id) {
        return new ReferralForbidden(true, code, id);
    }
}
