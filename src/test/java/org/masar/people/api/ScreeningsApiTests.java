package org.masar.people.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.TestAccounts;
import org.masar.people.PeopleTestSupport;
import org.masar.people.PeopleTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Vulnerability screening through the API: answers checked against their version, restricted flags shown only to
 * protection staff, versions published without a release, refusals.
 */
@MasarIntegrationTest
class ScreeningsApiTests {

    static final String TRIPOLI = "LY021104";

    static final String WAZIN = "LY020906";

    /** The seeded version 1 of the vulnerability screening (V25). Tests name it, since another may publish a newer one. */
    static final String SEEDED = "5c2e0b1e-9d1a-4c1e-8f00-000000000001";

    /** Answers to the seeded version: an unaccompanied child who disclosed gender-based violence. */
    static final String CHILD_ALONE = """
            {"under-18": true, "child-cared-for-by": "nobody", "disclosed-gender-based-violence": true,
             "serious-medical-condition": false, "functional-difficulty": "some-difficulty", "aged-60-or-over": false,
             "trafficking-indicators": ["documents-held-by-others"]}
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

    User caseworker;

    @BeforeEach
    void setUp() {
        people = new PeopleTestSupport(jdbc, encoder, mvc, json);
        caseworker = people.user("CASEWORKER", TRIPOLI);
    }

    @Test
    void restrictedFlagsAndTheirAnswersAreShownOnlyToProtectionStaffAndTheTimelineShowsThePriority() {
        User protection = people.user("PROTECTION_CASEWORKER", TRIPOLI);
        String person = person("Aisha");
        MvcTestResult screened = screen(protection, person, SEEDED, CHILD_ALONE);
        assertThat(screened).hasStatus(HttpStatus.CREATED);
        JsonNode result = people.json(screened);
        assertThat(result.get("priority").asString()).isEqualTo("urgent");
        assertThat(result.get("versionNumber").asInt()).isEqualTo(1);
        assertThat(result.get("flags").findValuesAsString("code"))
                .containsExactly("unaccompanied-or-separated-child", "gbv-survivor", "possible-trafficking-victim");

        JsonNode seenByCaseworker = people.json(people.get(caseworker, "/api/v1/people/{id}/screenings", person));
        assertThat(seenByCaseworker.at("/0/flags").findValuesAsString("code"))
                .containsExactly("unaccompanied-or-separated-child");
        assertThat(seenByCaseworker.at("/0/flags/0/label").asString()).isEqualTo("Unaccompanied or separated child");
        assertThat(seenByCaseworker.at("/0/answers").has("disclosed-gender-based-violence"))
                .isFalse();
        assertThat(seenByCaseworker.at("/0/answers").has("trafficking-indicators"))
                .isFalse();
        assertThat(seenByCaseworker.at("/0/answers/child-cared-for-by").asString())
                .isEqualTo("nobody");
        assertThat(seenByCaseworker.at("/0/priority").asString()).isEqualTo("urgent");

        JsonNode seenByProtection = people.json(people.get(protection, "/api/v1/people/{id}/screenings", person));
        assertThat(seenByProtection.at("/0/flags").findValuesAsString("code")).contains("gbv-survivor");
        assertThat(seenByProtection
                        .at("/0/answers/disclosed-gender-based-violence")
                        .asBoolean())
                .isTrue();

        JsonNode timeline = people.json(people.get(caseworker, "/api/v1/people/{id}/timeline", person));
        JsonNode entry = timeline.findParents("kind").stream()
                .filter(e -> e.get("kind").asString().equals("screened"))
                .findFirst()
                .orElseThrow();
        assertThat(entry.at("/details/priority").asString()).isEqualTo("urgent");
        assertThat(entry.toString()).doesNotContain("gbv", "trafficking", "unaccompanied");
        assertThat(new TestAccounts(jdbc, encoder, mvc).audited(protection.username(), "people.person.screened", null))
                .isEqualTo(1);
    }

    @Test
    void anAnswerThatDoesNotFitItsVersionIsRefusedByNameAndNothingIsWritten() {
        String person = person("Samir");
        long before = screenings(person);
        MvcTestResult refused = screen(caseworker, person, SEEDED, """
                {"under-18": "yes", "functional-difficulty": "blind", "children-in-care": 99,
                 "expected-delivery-date": "2026-02-30", "favourite-colour": "blue", "serious-medical-condition": false}
                """);
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(people.json(refused).get("type").asString()).isEqualTo("/problems/validation");
        assertThat(people.json(refused).get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder(
                        "answers.under-18",
                        "answers.functional-difficulty",
                        "answers.children-in-care",
                        "answers.expected-delivery-date",
                        "answers.favourite-colour",
                        "answers.aged-60-or-over");
        assertThat(screenings(person)).isEqualTo(before);
        assertThat(people.json(people.get(caseworker, "/api/v1/people/{id}/timeline", person))
                        .findValuesAsString("kind"))
                .doesNotContain("screened");

        MvcTestResult notAnObject = screen(caseworker, person, SEEDED, "[true]");
        assertThat(people.json(notAnObject).get("errors").findValuesAsString("field"))
                .containsExactly("answers");
        MvcTestResult unknownVersion =
                screen(caseworker, person, UUID.randomUUID().toString(), CHILD_ALONE);
        assertThat(people.json(unknownVersion).get("errors").findValuesAsString("field"))
                .containsExactly("version");
        assertThat(screenings(person)).isEqualTo(before);
    }

    @Test
    void aNewVersionLeavesAnswersToTheOldOneAsTheyWere() {
        User manager = people.user("PROGRAMME_MANAGER");
        String person = person("Idris");
        String old = people.json(screen(caseworker, person, SEEDED, CHILD_ALONE))
                .get("id")
                .asString();

        ObjectNode definition =
                (ObjectNode) people.json(people.get(manager, "/api/v1/people/screening/versions/" + SEEDED))
                        .get("definition")
                        .deepCopy();
        ((ArrayNode) definition.get("flags"))
                .addObject()
                .put("code", "no-shelter")
                .set("labels", json.readTree("{\"en\": \"Without shelter\", \"ar\": \"بلا مأوى\"}"));
        ((ArrayNode) definition.get("questions")).add(json.readTree("""
                        {"id": "sleeps-outside", "type": "yes_no",
                         "labels": {"en": "Does the person sleep outside?", "ar": "هل ينام الشخص في العراء؟"},
                         "yes": {"flags": ["no-shelter"], "priority": "high"}}
                        """));
        MvcTestResult published =
                people.post(manager, "/api/v1/people/screening/versions", json.writeValueAsString(definition));
        assertThat(published).hasStatus(HttpStatus.CREATED);
        JsonNode version = people.json(published);
        assertThat(version.get("number").asInt()).isGreaterThan(1);
        assertThat(version.at("/answerSchema/properties/sleeps-outside/type").asString())
                .isEqualTo("boolean");
        assertThat(people.json(people.get(caseworker, "/api/v1/people/screening/versions/current"))
                        .get("number")
                        .asInt())
                .isGreaterThanOrEqualTo(version.get("number").asInt());

        JsonNode screenings = people.json(people.get(caseworker, "/api/v1/people/{id}/screenings", person));
        assertThat(screenings.at("/0/id").asString()).isEqualTo(old);
        assertThat(screenings.at("/0/versionNumber").asInt()).isEqualTo(1);
        assertThat(screenings.at("/0/flags").findValuesAsString("code"))
                .containsExactly("unaccompanied-or-separated-child");

        String withNewQuestion = CHILD_ALONE.replace("{", "{\"sleeps-outside\": true, ");
        MvcTestResult newer = screen(caseworker, person, version.get("id").asString(), withNewQuestion);
        assertThat(newer).hasStatus(HttpStatus.CREATED);
        assertThat(people.json(newer).get("flags").findValuesAsString("code")).contains("no-shelter");
        MvcTestResult older = screen(caseworker, person, SEEDED, withNewQuestion);
        assertThat(people.json(older).get("errors").findValuesAsString("field"))
                .containsExactly("answers.sleeps-outside");
        assertThat(screen(caseworker, person, SEEDED, CHILD_ALONE)).hasStatus(HttpStatus.CREATED);
    }

    @Test
    void aDefinitionThatDoesNotHoldIsRefusedByNameAndNotPublished() {
        User manager = people.user("PROGRAMME_MANAGER");
        long before = jdbc.sql("SELECT count(*) FROM people_screening_version")
                .query(Long.class)
                .single();
        MvcTestResult badShape = people.post(manager, "/api/v1/people/screening/versions", """
                {"title": {"en": "Screening"},
                 "flags": [{"code": "Bad Code", "labels": {"en": "x", "ar": "س"}}],
                 "questions": [{"id": "q", "type": "essay", "labels": {"en": "Q", "ar": "س"}}]}
                """);
        assertThat(badShape).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(people.json(badShape).get("errors").findValuesAsString("field"))
                .contains("title.ar", "flags[0].code", "questions[0].type");

        MvcTestResult inconsistent = people.post(manager, "/api/v1/people/screening/versions", """
                {"title": {"en": "Screening", "ar": "فحص"},
                 "flags": [{"code": "gbv-survivor", "labels": {"en": "GBV", "ar": "عنف"}}],
                 "questions": [
                   {"id": "q", "type": "yes_no", "labels": {"en": "Q", "ar": "س"}, "yes": {"flags": ["nope"]}},
                   {"id": "q", "type": "integer", "labels": {"en": "Q", "ar": "س"}, "min": 5, "max": 1}]}
                """);
        assertThat(inconsistent).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(people.json(inconsistent).get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder(
                        "flags[0].restricted", "questions[0].yes.flags[0]", "questions[1].id", "questions[1].max");
        assertThat(jdbc.sql("SELECT count(*) FROM people_screening_version")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void everyEndpointRefusesWhoLacksThePermissionOrTheScope() {
        String person = person("Nadia");
        User wazin = people.user("CASEWORKER", WAZIN);
        User viewer = people.user("VIEWER");
        String versions = "/api/v1/people/screening/versions";

        assertThat(people.post(caseworker, versions, "{}")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(people.get(viewer, versions)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(people.get(viewer, versions + "/current")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(people.get(viewer, versions + "/" + SEEDED)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(screen(wazin, person, SEEDED, CHILD_ALONE)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(screen(viewer, person, SEEDED, CHILD_ALONE)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(people.get(wazin, "/api/v1/people/{id}/screenings", person)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(people.get(viewer, "/api/v1/people/{id}/screenings", person)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(screenings(person)).isZero();

        assertThat(people.get(caseworker, versions)).hasStatus(HttpStatus.OK);
        assertThat(people.json(people.get(caseworker, versions + "/" + SEEDED))
                        .at("/definition/title/ar")
                        .asString())
                .isEqualTo("فحص أوجه الضعف");
    }

    private MvcTestResult screen(User user, String person, String version, String answers) {
        return people.post(
                user,
                "/api/v1/people/" + person + "/screenings",
                "{\"version\": \"%s\", \"answers\": %s}".formatted(version, answers));
    }

    private long screenings(String person) {
        return jdbc.sql("SELECT count(*) FROM people_screening WHERE person_id = :id")
                .param("id", UUID.fromString(person))
                .query(Long.class)
                .single();
    }

    private String person(String name) {
        return people.register(caseworker, """
                        {"givenName": {"lat": "%s"}, "familyName": {"lat": "Test"}, "sex": "F", "baladiya": "%s"}
                        """.formatted(name, TRIPOLI))
                .get("id")
                .asString();
    }
}
