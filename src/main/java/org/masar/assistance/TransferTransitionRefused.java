package org.masar.assistance;

import org.masar.shared.ConflictException;

/** A transfer's status may not go from this status to that one (assistance_transfer_transition): a 409 naming both. */
public class TransferTransitionRefused extends ConflictException {

    public TransferTransitionRefused(String from, String to) {
        super("assistance.transfer-transition-refused", from, to);
    }
}
