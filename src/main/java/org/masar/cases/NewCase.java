package org.masar.cases;

import org.jspecify.annotations.Nullable;
import org.masar.access.OfficeId;
import org.masar.access.Sensitivity;
import org.masar.access.UserId;
import org.masar.people.HouseholdId;
import org.masar.people.PersonId;

/**
 * A case to open.
 *
 * @param assignee the caseworker responsible; null: the user opening it
 * @param sensitivity null: the type's default; lowering a restricted type's default needs the right to pass it on
 */
public record NewCase(
        String caseType,
        PersonId person,
        @Nullable HouseholdId household,
        OfficeId office,
        @Nullable UserId assignee,
        @Nullable Sensitivity sensitivity) {}
