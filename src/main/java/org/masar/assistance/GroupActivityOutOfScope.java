package org.masar.assistance;

import org.masar.shared.ForbiddenException;

/** The activity was held in a baladiya, or under a programme, outside the user's scopes: a 403. */
public class GroupActivityOutOfScope extends ForbiddenException {

    public GroupActivityOutOfScope() {
        super("assistance.activity-out-of-scope");
    }
}
