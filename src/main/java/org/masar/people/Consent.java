package org.masar.people;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.masar.access.OrganisationId;

/**
 * A consent a person gave for one purpose, and its withdrawal if they withdrew it.
 *
 * @param partner the organisation a sharing consent names; null for the other purposes
 * @param givenAt when the person gave it (may be before it was recorded, as on a paper form)
 * @param takenBy the username of who took it
 * @param recordedAt when it was entered
 * @param withdrawnAt when it was withdrawn (from that moment it no longer holds), or null
 * @param withdrawnBy who recorded the withdrawal, or null
 * @param withdrawalReason why, as the person said it, or null
 */
public record Consent(
        ConsentId id,
        PersonId person,
        ConsentPurpose purpose,
        @Nullable OrganisationId partner,
        Instant givenAt,
        ConsentMethod givenHow,
        String takenBy,
        Instant recordedAt,
        @Nullable Instant withdrawnAt,
        @Nullable String withdrawnBy,
        @Nullable String withdrawalReason,
        int version) {

    /** Whether the consent holds at that moment: given by then and not withdrawn by then. */
    public boolean holdsAt(Instant at) {
        return !givenAt.isAfter(at) && (withdrawnAt == null || withdrawnAt.isAfter(at));
    }

    /** Whether it was withdrawn. */
    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
