package org.masar.people.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.people.PeopleTestSupport;
import org.masar.people.PeopleTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a user who should not see or do something tries, through the API, and what they get. */
@MasarIntegrationTest
class PeopleAttackTests {

    static final String TRIPOLI = "LY021104";
    static final String WAZIN = "LY020906";

    /** The seeded version 1 of the vulnerability screening (V25). */
    static final String SEEDED = "5c2e0b1e-9d1a-4c1e-8f00-000000000001";

    /** An adult woman whose only vulnerability is that she disclosed gender-based violence. */
    static final String GBV_ONLY = """
            {"under-18": false, "disclosed-gender-based-violence": true, "serious-medical-condition": false,
             "functional-difficulty": "no-difficulty", "aged-60-or-over": false}
            """;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    PeopleTestSupport people;

    @BeforeEach
    void setUp() {
        people = new PeopleTestSupport(jdbc, encoder, mvc, json);
    }

    @Test
    void thePriorityShownWithoutReadRestrictedDoesNotGiveAwayAHiddenFlag() {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        User protection = people.user("PROTECTION_CASEWORKER", TRIPOLI);
        String person = person(caseworker, TRIPOLI, "Salma");
        MvcTestResult screened = people.post(
                protection,
                "/api/v1/people/" + person + "/screenings",
                "{\"version\": \"%s\", \"answers\": %s}".formatted(SEEDED, GBV_ONLY));
        assertThat(screened).hasStatus(HttpStatus.CREATED);
        assertThat(people.json(screened).get("priority").asString()).isEqualTo("urgent");

        JsonNode seen = people.json(people.get(caseworker, "/api/v1/people/{id}/screenings", person));
        assertThat(seen.at("/0/flags").size()).isZero();
        assertThat(seen.at("/0/priority").asString()).isEqualTo("low");
        JsonNode timeline = people.json(people.get(caseworker, "/api/v1/people/{id}/timeline", person));
        assertThat(timeline.findValuesAsString("priority")).containsExactly("low");

        JsonNode seenByProtection = people.json(people.get(protection, "/api/v1/people/{id}/screenings", person));
        assertThat(seenByProtection.at("/0/priority").asString()).isEqualTo("urgent");
    }

    @Test
    void aSupervisorCannotPullSomeoneFromOutsideTheirScopeIntoTheirOwnRecordWithoutAProposedPair() {
        User wazin = people.user("CASEWORKER", WAZIN);
        User tripoli = people.user("CASEWORKER", TRIPOLI);
        User supervisor = people.user("PROGRAMME_MANAGER", TRIPOLI);
        String there = person(wazin, WAZIN, "Halima");
        MvcTestResult screened = people.post(
                wazin,
                "/api/v1/people/" + there + "/screenings",
                "{\"version\": \"%s\", \"answers\": %s}".formatted(SEEDED, GBV_ONLY));
        assertThat(screened).hasStatus(HttpStatus.CREATED);
        String mine = person(tripoli, TRIPOLI, "Zainab");

        MvcTestResult merge = people.post(supervisor, "/api/v1/people/" + there + "/merge", """
                {"survivor": "%s"}
                """.formatted(mine));
        assertThat(merge).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.sql("SELECT merged_into IS NULL FROM people_person WHERE id = :id")
                        .param("id", id(there))
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(people.json(people.get(supervisor, "/api/v1/people/{id}/screenings", mine))
                        .size())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'access.refused' AND actor = :actor")
                        .param("actor", supervisor.username())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // Their own into someone elsewhere: they may read what they give away.
        assertThat(people.post(supervisor, "/api/v1/people/" + mine + "/merge", """
                        {"survivor": "%s"}
                        """.formatted(there)))
                .hasStatus(HttpStatus.OK);
    }

    @Test
    void theApplicationsRoleCannotRewriteAPersonsPastNorRemoveAPerson() {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        String person = person(caseworker, TRIPOLI, "Mariam");
        assertThat(people.post(
                        caseworker,
                        "/api/v1/people/" + person + "/screenings",
                        "{\"version\": \"%s\", \"answers\": %s}".formatted(SEEDED, GBV_ONLY)))
                .hasStatus(HttpStatus.CREATED);
        for (String statement : java.util.List.of(
                "UPDATE people_person_history SET snapshot = '{}' WHERE person_id = :id",
                "DELETE FROM people_person_history WHERE person_id = :id",
                "UPDATE people_timeline_entry SET actor = 'nobody' WHERE person_id = :id",
                "DELETE FROM people_timeline_entry WHERE person_id = :id",
                "UPDATE people_screening SET restricted_flags = '{}' WHERE person_id = :id",
                "DELETE FROM people_screening WHERE person_id = :id",
                "UPDATE people_screening_version SET definition = '{}' WHERE id = '" + SEEDED + "' AND :id IS NOT NULL",
                "DELETE FROM people_consent WHERE person_id = :id",
                "DELETE FROM people_person WHERE id = :id")) {
            assertThatThrownBy(() -> jdbc.sql(statement).param("id", id(person)).update())
                    .as(statement)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .hasMessageContaining("permission denied");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM people_person_history WHERE person_id = :id")
                        .param("id", id(person))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aDeletedPersonIsNoLongerShownThroughTheirDuplicatePair() throws Exception {
        User wazin = people.user("CASEWORKER", WAZIN);
        User tripoli = people.user("CASEWORKER", TRIPOLI);
        User supervisor = people.user("PROGRAMME_MANAGER", TRIPOLI);
        User wazinSupervisor = people.user("PROGRAMME_MANAGER", WAZIN);
        String details = DuplicatesApiTests.somebody(WAZIN, "Rahma");
        String there = people.register(wazin, details).get("id").asString();
        String here = people.register(tripoli, details.replace(WAZIN, TRIPOLI))
                .get("id")
                .asString();
        String pair = "/api/v1/people/duplicates/{a}/{b}";
        assertThat(people.get(supervisor, pair, here, there)).hasStatus(HttpStatus.OK);
        assertThat(people.post(wazinSupervisor, "/api/v1/people/" + there + "/deletion", """
                        {"version": 0, "reason": "registered by mistake"}
                        """))
                .hasStatus(HttpStatus.NO_CONTENT);

        MvcTestResult after = people.get(supervisor, pair, here, there);
        assertThat(after).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(after.getResponse().getContentAsString()).doesNotContain("Rahma");
        assertThat(people.post(supervisor, "/api/v1/people/duplicates/" + here + "/" + there + "/not-same", ""))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void anAgeEstimatedLongAgoCannotMakeSomeoneOlderThanAnyoneLives() {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        String longAgo = java.time.LocalDate.now().minusYears(100).toString();
        MvcTestResult refused = people.post(caseworker, "/api/v1/people", """
                {"givenName": {"lat": "Old"}, "sex": "M", "estimatedAge": 120, "ageEstimatedOn": "%s"}
                """.formatted(longAgo));
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(people.json(refused).get("errors").findValuesAsString("field"))
                .containsExactly("estimatedAge");
        assertThat(people.post(caseworker, "/api/v1/people", """
                        {"givenName": {"lat": "Old"}, "sex": "M", "estimatedAge": 20, "ageEstimatedOn": "%s"}
                        """.formatted(longAgo)))
                .hasStatus(HttpStatus.CREATED);
    }

    @Test
    void aCandidateOutsideTheScopeComesWithoutReasonsThatGiveAwayTheirPhoneDocumentOrBirthDate() {
        User wazin = people.user("CASEWORKER", WAZIN);
        User tripoli = people.user("CASEWORKER", TRIPOLI);
        String family = DuplicatesApiTests.uniqueName();
        String details = """
                {"givenName": {"lat": "Aziza"}, "familyName": {"lat": "%s"}, "sex": "F", "dateOfBirth": "1993-%s",
                 "nationality": "NER", "baladiya": "%s", "phones": ["0914445566"],
                 "documents": [{"type": "passport", "number": "NE%s", "issuingCountry": "NER"}]}
                """;
        String there = people.register(wazin, details.formatted(family, "04-07", WAZIN, family.length()))
                .get("id")
                .asString();
        String here = people.register(tripoli, details.formatted(family, "04-07", TRIPOLI, family.length()))
                .get("id")
                .asString();

        // Day and month swapped: the reason would give the other person's date of birth away.
        JsonNode candidates = people.json(people.post(
                        tripoli,
                        "/api/v1/people/duplicate-candidates",
                        details.formatted(family, "07-04", TRIPOLI, family.length())))
                .get("candidates");
        JsonNode outside = candidate(candidates, there);
        JsonNode inside = candidate(candidates, here);
        assertThat(outside.get("likely").asBoolean()).isTrue();
        assertThat(inside.get("reasons").findValuesAsString("code")).contains("same-phone", "same-document");
        assertThat(outside.get("reasons").findValuesAsString("code"))
                .isNotEmpty()
                .doesNotContain(
                        "same-phone",
                        "same-document",
                        "different-document",
                        "same-date-of-birth",
                        "day-month-swapped",
                        "birth-year-one-apart",
                        "date-of-birth-close",
                        "date-of-birth-differs");
        assertThat(outside.toString()).doesNotContain("0914445566", "NE" + family.length(), "1993");
    }

    @Test
    void aPairWithASideOutsideTheSupervisorsScopeComesWithoutReasonsThatGiveThatSideAway() {
        User wazin = people.user("CASEWORKER", WAZIN);
        User tripoli = people.user("CASEWORKER", TRIPOLI);
        User supervisor = people.user("PROGRAMME_MANAGER", TRIPOLI);
        User everywhere = people.user("PROGRAMME_MANAGER");
        String details = DuplicatesApiTests.somebody(WAZIN, "Hawa");
        String there = people.register(wazin, details).get("id").asString();
        String here = people.register(tripoli, details.replace(WAZIN, TRIPOLI))
                .get("id")
                .asString();
        String pair = "/api/v1/people/duplicates/{a}/{b}";

        JsonNode seenAcross = people.json(people.get(supervisor, pair, here, there));
        assertThat(seenAcross.get("reasons").findValuesAsString("code"))
                .isNotEmpty()
                .doesNotContain("same-document", "same-date-of-birth");
        JsonNode seenByBoth = people.json(people.get(everywhere, pair, here, there));
        assertThat(seenByBoth.get("reasons").findValuesAsString("code")).contains("same-document");
    }

    @Test
    void aRecordMergedIntoSomeoneOutsideTheScopeDoesNotOpenTheirConsentsOrScreenings() {
        User wazin = people.user("CASEWORKER", WAZIN);
        User tripoli = people.user("CASEWORKER", TRIPOLI);
        User supervisor = people.user("PROGRAMME_MANAGER", TRIPOLI);
        String details = DuplicatesApiTests.somebody(WAZIN, "Kadija");
        String there = people.register(wazin, details).get("id").asString();
        String here = people.register(tripoli, details.replace(WAZIN, TRIPOLI))
                .get("id")
                .asString();
        assertThat(people.post(
                        tripoli,
                        "/api/v1/people/" + here + "/screenings",
                        "{\"version\": \"%s\", \"answers\": %s}".formatted(SEEDED, GBV_ONLY)))
                .hasStatus(HttpStatus.CREATED);
        assertThat(people.post(supervisor, "/api/v1/people/" + there + "/merge", """
                        {"survivor": "%s"}
                        """.formatted(here)))
                .hasStatus(HttpStatus.OK);

        // Wazin still reads its own registration, but not what the Tripoli survivor holds.
        assertThat(people.get(wazin, "/api/v1/people/{id}", there)).hasStatus(HttpStatus.OK);
        assertThat(people.get(wazin, "/api/v1/people/{id}/screenings", there)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(people.get(wazin, "/api/v1/people/{id}/household", there)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(people.post(wazin, "/api/v1/people/" + there + "/consents", """
                        {"purpose": "registration", "givenHow": "verbal"}
                        """))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(people.get(tripoli, "/api/v1/people/{id}/screenings", here)).hasStatus(HttpStatus.OK);
    }

    private static JsonNode candidate(JsonNode candidates, String id) {
        return candidates
                .valueStream()
                .filter(candidate -> candidate.get("personId").asString().equals(id))
                .findFirst()
                .orElseThrow();
    }

    String person(User user, String baladiya, String given) {
        return people.register(user, """
                        {"givenName": {"lat": "%s"}, "familyName": {"lat": "%s"}, "sex": "F", "baladiya": "%s"}
                        """.formatted(given, DuplicatesApiTests.uniqueName(), baladiya))
                .get("id")
                .asString();
    }

    static UUID id(String text) {
        return UUID.fromString(text);
    }
}
