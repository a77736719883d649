package org.masar.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.people.DocumentType;
import org.masar.people.IdentityDocument;
import org.masar.people.NamePart;
import org.masar.people.PersonDetails;
import org.masar.people.PersonNames;
import org.masar.people.PopulationGroup;
import org.masar.people.Sex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The batch insert of persons, whose rows go to PostgreSQL as arrays in one statement: every field lands in its
 * column, and a person whose random registration number is taken (by a stored person, or by another of the same
 * batch) is handed back to be numbered again, with nothing of it written.
 */
@MasarIntegrationTest
class PersonStoreTests {

    @Autowired
    PersonStore store;

    @Autowired
    CandidateSearch candidates;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aBatchWritesEveryFieldAndHandsBackThePersonsWhoseNumberIsTaken() {
        Instant at = Instant.parse("2026-03-04T05:06:07.123456Z");
        PersonDetails full = new PersonDetails(
                new PersonNames(
                        new NamePart("محمد", "Mohamed"),
                        new NamePart(null, "Ali"),
                        new NamePart("حسن", null),
                        new NamePart("الورفلي", "Warfalli")),
                Sex.M,
                LocalDate.of(1990, 5, 17),
                null,
                null,
                "LBY",
                PopulationGroup.IDP,
                List.of("ar", "en"),
                List.of("091 234 5678", "+218 92 000 1111"),
                List.of(new IdentityDocument(DocumentType.PASSPORT, "AB 12-345", "LBY", LocalDate.of(2030, 1, 2))),
                "LY021401",
                null);
        PersonDetails sparse = new PersonDetails(
                new PersonNames(new NamePart(null, "Aisha"), NamePart.NONE, NamePart.NONE, NamePart.NONE),
                Sex.F,
                null,
                30,
                LocalDate.of(2026, 1, 1),
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                null);
        String taken = stored(sparse, at);
        String fresh = RegistrationNumbers.next();

        PersonStore.NewRow first = row(full, fresh, at);
        PersonStore.NewRow numberOfAStoredPerson = row(sparse, taken, at);
        PersonStore.NewRow numberOfTheFirst = row(sparse, fresh, at);
        List<PersonStore.NewRow> retry = new TransactionTemplate(transactions)
                .execute(status -> store.insert(List.of(first, numberOfAStoredPerson, numberOfTheFirst)));

        assertThat(retry)
                .extracting(PersonStore.NewRow::id)
                .containsExactly(numberOfAStoredPerson.id(), numberOfTheFirst.id());
        for (PersonStore.NewRow refused : retry) {
            for (String table :
                    List.of("people_phone", "people_document", "people_person_history", "people_match_keys")) {
                assertThat(count(table, refused.id())).as(table).isZero();
            }
            assertThat(jdbc.sql("SELECT count(*) FROM people_person WHERE id = ?")
                            .param(refused.id())
                            .query(Integer.class)
                            .single())
                    .isZero();
        }

        Map<String, Object> person = jdbc.sql("""
                        SELECT registration_number, given_name_ar, given_name_lat, father_name_ar, father_name_lat,
                               grandfather_name_ar, grandfather_name_lat, family_name_ar, family_name_lat, sex,
                               CAST(date_of_birth AS text) AS born, estimated_age, age_estimated_on, nationality,
                               population_group, array_to_string(languages, ',') AS languages, baladiya_pcode,
                               site_id, registered_at = CAST(:at AS timestamptz) AS at_kept, registered_by,
                               match_features = :features AS features_kept, version
                          FROM people_person WHERE id = :id
                        """)
                .param("id", first.id())
                .param("at", at.toString())
                .param("features", first.profile().encode())
                .query()
                .singleRow();
        assertThat(person)
                .containsEntry("registration_number", fresh)
                .containsEntry("given_name_ar", "محمد")
                .containsEntry("given_name_lat", "Mohamed")
                .containsEntry("father_name_ar", null)
                .containsEntry("father_name_lat", "Ali")
                .containsEntry("grandfather_name_ar", "حسن")
                .containsEntry("grandfather_name_lat", null)
                .containsEntry("family_name_ar", "الورفلي")
                .containsEntry("family_name_lat", "Warfalli")
                .containsEntry("sex", "M")
                .containsEntry("born", "1990-05-17")
                .containsEntry("estimated_age", null)
                .containsEntry("age_estimated_on", null)
                .containsEntry("nationality", "LBY")
                .containsEntry("population_group", "idp")
                .containsEntry("languages", "ar,en")
                .containsEntry("baladiya_pcode", "LY021401")
                .containsEntry("site_id", null)
                .containsEntry("at_kept", true)
                .containsEntry("registered_by", "store-test")
                .containsEntry("features_kept", true)
                .containsEntry("version", 0);
        assertThat(jdbc.sql("SELECT as_given, normalised FROM people_phone WHERE person_id = ? ORDER BY position")
                        .param(first.id())
                        .query((rs, n) -> rs.getString(1) + " → " + rs.getString(2))
                        .list())
                .containsExactly("091 234 5678 → 218912345678", "+218 92 000 1111 → 218920001111");
        assertThat(jdbc.sql("""
                        SELECT type || ' ' || number || ' ' || number_normalised || ' ' || issuing_country || ' '
                               || expires_on FROM people_document WHERE person_id = ?
                        """).param(first.id()).query(String.class).list())
                .containsExactly("passport AB 12-345 AB12345 LBY 2030-01-02");
        assertThat(jdbc.sql("""
                        SELECT change || ' ' || version || ' ' || recorded_by || ' '
                               || (snapshot -> 'givenName' ->> 'lat') || ' ' || (recorded_at = CAST(? AS timestamptz))
                          FROM people_person_history WHERE person_id = ?
                        """)
                        .param(at.toString())
                        .param(first.id())
                        .query(String.class)
                        .list())
                .containsExactly("registered 0 store-test Mohamed true");
        assertThat(count("people_match_keys", first.id())).isPositive();

        // A person with an estimated age and nothing else but a name: the empty lists and absent fields stay empty.
        Map<String, Object> aisha = jdbc.sql("""
                        SELECT estimated_age, CAST(age_estimated_on AS text) AS estimated_on, cardinality(languages)
                               AS languages, nationality, population_group
                          FROM people_person WHERE registration_number = ?
                        """).param(taken).query().singleRow();
        assertThat(aisha)
                .containsEntry("estimated_age", 30)
                .containsEntry("estimated_on", "2026-01-01")
                .containsEntry("languages", 0)
                .containsEntry("nationality", null)
                .containsEntry("population_group", null);
    }

    private String stored(PersonDetails details, Instant at) {
        String number = RegistrationNumbers.next();
        List<PersonStore.NewRow> retry = new TransactionTemplate(transactions)
                .execute(status -> store.insert(List.of(row(details, number, at))));
        assertThat(retry).isEmpty();
        return number;
    }

    private PersonStore.NewRow row(PersonDetails details, String number, Instant at) {
        return new PersonStore.NewRow(
                UUID.randomUUID(), number, details, candidates.profileOf(details), null, "store-test", at);
    }

    private int count(String table, UUID person) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE person_id = ?")
                .param(person)
                .query(Integer.class)
                .single();
    }
}
