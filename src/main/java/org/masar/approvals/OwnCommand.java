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
}
