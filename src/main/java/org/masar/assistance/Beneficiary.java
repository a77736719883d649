package org.masar.assistance;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.people.HouseholdId;
import org.masar.people.PersonId;

/**
 * One line of a distribution's list: a person (for a household distribution, the household, named by this person).
 *
 * @param nameAr and {@code nameLat}: full names as displayed, copied when added
 * @param sex {@code M} or {@code F}, null when unknown
 * @param source how the person was added: {@code ids}, {@code filter}, {@code case-list} or {@code import}
 * @param handover the hand-over that served them, null while not served
 */
public record Beneficiary(
        UUID id,
        PersonId person,
        @Nullable HouseholdId household,
        String registrationNumber,
        String nameAr,
        String nameLat,
        @Nullable String sex,
        @Nullable Integer age,
        String source,
        Instant addedAt,
        @Nullable UUID handover,
        @Nullable Instant receivedAt) {

    public boolean received() {
        return handover != null;
    }
}
