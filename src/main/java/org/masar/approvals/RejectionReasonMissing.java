package org.masar.approvals;

import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;

/** A command is rejected only with a reason, which its maker reads: every caller of the face gets this 400. */
public class RejectionReasonMissing extends ProblemException {

    public RejectionReasonMissing() {
        super("approvals.reason-missing", HttpStatus.BAD_REQUEST);
    }
}
