package org.masar.approvals;

import org.masar.shared.ForbiddenException;

/**
 * The current user made this command, so another user must decide it, whatever session or API token they use: a 403,
 * recorded in the audit trail.
 */
public class OwnCommand extends ForbiddenException {

    public OwnCommand(ApprovalId id) {
        super("approvals.own-command", id);
    }

    private OwnCommand(boolean audited, ApprovalId id) {
        super(audited, "approvals.own-command", id);
    }

    /** The refusal, already recorded in the audit trail by the code that raises it. */
    public static OwnCommand audited(ApprovalId id) {
        return new OwnCommand(true, id);
    }
}
