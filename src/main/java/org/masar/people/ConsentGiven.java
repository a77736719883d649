package org.masar.people;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.masar.access.OrganisationId;

/**
 * A consent to record.
 *
 * @param partner the partner organisation, for {@link ConsentPurpose#SHARING} only
 * @param givenAt when it was given; null for now
 */
public record ConsentGiven(
        ConsentPurpose purpose,
        @Nullable OrganisationId partner,
        ConsentMethod givenHow,
        @Nullable Instant givenAt) {}
