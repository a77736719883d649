package org.masar.people;

import org.masar.shared.ConflictException;

/** A household change that contradicts who belongs where now: a 409 whose code says which. */
public class HouseholdConflict extends ConflictException {

    /** Why the change was refused; each is a problem code {@code people.household.<reason>}. */
    public enum Reason {
        /** The person is a member already. */
        ALREADY_MEMBER("already-member"),
        /** The person is not a member now. */
        NOT_MEMBER("not-member"),
        /** The person heads a household that still has other members: they cannot leave it. */
        HEAD_HAS_MEMBERS("head-has-members"),
        /** The household's last member left; it is kept for history only. */
        DISSOLVED("dissolved");

        private final String code;

        Reason(String code) {
            this.code = code;
        }
    }

    public HouseholdConflict(Reason reason, Object household) {
        super("people.household." + reason.code, household);
    }
}
