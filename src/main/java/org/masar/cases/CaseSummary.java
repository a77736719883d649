package org.masar.cases;

import org.jspecify.annotations.Nullable;
import org.masar.access.OfficeId;
import org.masar.access.Sensitivity;
import org.masar.access.UserId;
import org.masar.people.HouseholdId;
import org.masar.people.PersonId;

/**
 * What another module may know of a case it links to (a referral made from it, a service delivered under it): never
 * its content.
 *
 * @param person the person the case is about (for a household's case, its head), after merges
 */
public record CaseSummary(
        CaseId id,
        String caseNumber,
        String caseType,
        PersonId person,
        @Nullable HouseholdId household,
        OfficeId office,
        @Nullable UserId assignedTo,
        Sensitivity sensitivity,
        String status) {}
