package org.masar.approvals;

import org.masar.shared.ForbiddenException;

/**
 * The current user may see the command but not take this step (a checker's missing permission or scope, a withdrawal
 * by someone other than the maker): a 403, recorded in the audit trail.
 */
public class ApprovalForbidden extends ForbiddenException {

    public ApprovalForbidden(ApprovalId id) {
        super("approvals.forbidden", id);
    }

    private ApprovalForbidden(boolean audited, ApprovalId id) {
        super(audited, "approvals.forbidden", id);
    }

    /** The refusal, already recorded in the audit trail by the code that raises it. */
    public static ApprovalForbidden audited(ApprovalId id) {
        return new ApprovalForbidden(true, id);
    }
}
