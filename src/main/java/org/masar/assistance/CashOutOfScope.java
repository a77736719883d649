package org.masar.assistance;

import org.masar.shared.ForbiddenException;

/** The cycle's programme or baladiya is outside the user's scopes: a 403 (audited by the net of refusals). */
public class CashOutOfScope extends ForbiddenException {

    public CashOutOfScope(Object cycle) {
        super("assistance.cash-out-of-scope", cycle);
    }
}
