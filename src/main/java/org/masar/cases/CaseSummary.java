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
 * @param timelinePermission what a reader also needs to see entries about the case on the person's timeline (the
 *     type's), so that a module writing an entry about the case hides it as the case's own entries are hidden
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
        String status,
        @Nullable String timelinePermission) {}
