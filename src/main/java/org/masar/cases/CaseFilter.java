package org.masar.cases;

import org.jspecify.annotations.Nullable;
import org.masar.access.OfficeId;
import org.masar.people.PersonId;

/**
 * What a list of cases is narrowed to; every part may be missing. Whatever it names, a list holds only cases within the
 * user's scopes (offices, baladiya, the programme of the case's type) that row-level security lets them see.
 *
 * @param type a case type's code ({@code gbv})
 * @param status open, transferred, closed or merged
 * @param stage a stage's code ({@code assessment})
 * @param office the office the case is held in
 * @param assignedToMe only the cases assigned to the signed-in user
 * @param team only the cases assigned to the users the signed-in user supervises, directly or through other
 *     supervisors (as the restricted-record rule follows the supervisor chain)
 * @param person the person the case is about
 * @param number a case number, exactly (letter case ignored)
 * @param order the order of the list
 */
public record CaseFilter(
        @Nullable String type,
        @Nullable String status,
        @Nullable String stage,
        @Nullable OfficeId office,
        boolean assignedToMe,
        boolean team,
        @Nullable PersonId person,
        @Nullable String number,
        CaseListOrder order) {

    /** Every case the user may see, last updated first. */
    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null, false, false, null, null, CaseListOrder.UPDATED);
    }

    /** The signed-in user's cases, open ones first: their "My cases". */
    public static CaseFilter mine() {
        return new CaseFilter(null, null, null, null, true, false, null, null, CaseListOrder.OPEN_FIRST);
    }

    /** The cases of the users the signed-in user supervises, open ones first: their "My team's cases". */
    public static CaseFilter myTeam() {
        return new CaseFilter(null, null, null, null, false, true, null, null, CaseListOrder.OPEN_FIRST);
    }

    /** The same filter, with one status only. */
    public CaseFilter withStatus(@Nullable String onlyStatus) {
        return new CaseFilter(type, onlyStatus, stage, office, assignedToMe, team, person, number, order);
    }
}
