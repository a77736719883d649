package org.masar.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.masar.access.Scopes;
import org.masar.people.InvalidField;
import org.masar.people.NamePart;
import org.masar.people.PersonDetails;
import org.masar.people.PersonNames;
import org.masar.people.Sex;

/**
 * The dates a person's details hold are Libya's: between midnight in Tripoli and midnight UTC, a date typed as today in
 * Libya is not in the future (an import of beneficiaries with ages failed for those two hours every night).
 */
class PersonChecksTests {

    /** 00:30 in Tripoli on 5 December, still 4 December in UTC. */
    private final PersonChecks checks =
            new PersonChecks(Clock.fixed(Instant.parse("2026-12-04T22:30:00Z"), ZoneOffset.UTC));

    private static final PersonChecks.Places NOWHERE = new PersonChecks.Places() {
        @Override
        public Optional<org.masar.geo.Baladiya> baladiya(String pcode) {
            return Optional.empty();
        }

        @Override
        public Optional<org.masar.geo.Site> site(org.masar.geo.SiteId id) {
            return Optional.empty();
        }
    };

    @Test
    void anAgeEstimatedOnLibyasTodayHoldsWhileUtcIsStillOnTheDayBefore() {
        assertThat(errors(LocalDate.parse("2026-12-05"))).isEmpty();
        assertThat(errors(LocalDate.parse("2026-12-06")))
                .extracting(InvalidField::field)
                .containsExactly("ageEstimatedOn");
    }

    private List<InvalidField> errors(LocalDate estimatedOn) {
        PersonDetails details = new PersonDetails(
                new PersonNames(new NamePart(null, "Nour"), NamePart.NONE, NamePart.NONE, new NamePart(null, "Haddad")),
                Sex.F,
                null,
                33,
                estimatedOn,
                "SDN",
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                null);
        return checks.check(details, Scopes.none(), NOWHERE);
    }
}
