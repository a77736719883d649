package org.masar.assistance;

import org.jspecify.annotations.Nullable;
import org.masar.people.AgeBand;
import org.masar.people.PersonId;
import org.masar.people.Sex;

/**
 * A person drawn into a survey's sample, as the sample list shows them: sex and age band as when served.
 *
 * @param status {@code pending}, {@code interviewed}, {@code not-reached} or {@code refused}
 */
public record MonitoringSampled(
        PersonId person,
        int position,
        String registrationNumber,
        String nameAr,
        String nameLat,
        @Nullable Sex sex,
        @Nullable AgeBand ageBand,
        String status) {}
