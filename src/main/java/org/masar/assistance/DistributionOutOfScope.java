package org.masar.assistance;

import org.masar.shared.ForbiddenException;

/** The distribution's baladiya or programme is outside the user's scopes: a 403 (audited). */
public class DistributionOutOfScope extends ForbiddenException {

    public DistributionOutOfScope(Object id) {
        super("assistance.distribution-out-of-scope", id);
    }
}
