package org.masar.people.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
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

/** Households through the API: moves kept in history, the head's rule, scopes and permissions, bad input. */
@MasarIntegrationTest
class HouseholdsApiTests {

    static final String TRIPOLI = "LY021104";

    static final String WAZIN = "LY020906";

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
    void aMemberWhoMovesLeavesOneHouseholdAndJoinsAnotherWithBothKept() {
        String fatima = person("Fatima", "F");
        String yusuf = person("Yusuf", "M");
        String khadija = person("Khadija", "F");
        String first = found(fatima);
        assertThat(join(first, yusuf, "child")).hasStatus(HttpStatus.OK);
        String second = found(khadija);

        MvcTestResult moved = join(second, yusuf, "grandchild");
        assertThat(moved).hasStatus(HttpStatus.OK);
        JsonNode now = people.json(moved);
        assertThat(now.get("members").findValuesAsString("person")).containsExactly(khadija, yusuf);
        assertThat(now.at("/members/0/relationship").asString()).isEqualTo("head");

        JsonNode old = people.json(people.get(caseworker, "/api/v1/people/households/{id}", first));
        assertThat(old.get("members").findValuesAsString("person")).containsExactly(fatima);
        assertThat(old.at("/past/0/person").asString()).isEqualTo(yusuf);
        assertThat(old.at("/past/0/relationship").asString()).isEqualTo("child");
        assertThat(old.at("/past/0/leftBecause").asString()).isEqualTo("moved");

        JsonNode history = people.json(people.get(caseworker, "/api/v1/people/{id}/household", yusuf));
        assertThat(history.at("/current/id").asString()).isEqualTo(second);
        assertThat(history.get("memberships").findValuesAsString("household")).containsExactly(second, first);
        // One move, one moment: the old stay ends when the new one starts.
        assertThat(history.at("/memberships/1/leftAt").asString())
                .isEqualTo(history.at("/memberships/0/joinedAt").asString());

        List<String> kinds = people.json(people.get(caseworker, "/api/v1/people/{id}/timeline", yusuf))
                .findValuesAsString("kind");
        assertThat(kinds).contains("household.joined", "household.left");
        assertThat(jdbc.sql("SELECT count(*) FROM people_household_member WHERE person_id = :id")
                        .param("id", UUID.fromString(yusuf))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void theHeadLeavesOnlyAsTheLastMemberAndADissolvedHouseholdTakesNoOne() {
        String omar = person("Omar", "M");
        String salma = person("Salma", "F");
        String household = found(omar);
        join(household, salma, "spouse");

        MvcTestResult headLeaving = leave(household, omar);
        assertThat(headLeaving).hasStatus(HttpStatus.CONFLICT);
        assertThat(people.json(headLeaving).get("type").asString())
                .isEqualTo("/problems/people.household.head-has-members");
        assertThat(join(household, salma, "spouse")).hasStatus(HttpStatus.CONFLICT);

        assertThat(leave(household, salma)).hasStatus(HttpStatus.OK);
        MvcTestResult last = leave(household, omar);
        assertThat(last).hasStatus(HttpStatus.OK);
        assertThat(people.json(last).get("dissolvedAt").isNull()).isFalse();
        assertThat(people.json(last).get("past")).hasSize(2);
        MvcTestResult again = join(household, salma, "spouse");
        assertThat(again).hasStatus(HttpStatus.CONFLICT);
        assertThat(people.json(again).get("type").asString()).isEqualTo("/problems/people.household.dissolved");
        assertThat(people.json(people.get(caseworker, "/api/v1/people/{id}/household", salma))
                        .get("current")
                        .isNull())
                .isTrue();
    }

    @Test
    void everyEndpointRefusesWhoLacksThePermissionOrTheScope() {
        String head = person("Ibrahim", "M");
        String member = person("Maryam", "F");
        String household = found(head);
        User wazin = people.user("CASEWORKER", WAZIN);
        User reader = people.user(role("people:read"), TRIPOLI);
        User viewer = people.user("VIEWER");

        assertThat(people.get(wazin, "/api/v1/people/households/{id}", household))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(people.get(wazin, "/api/v1/people/{id}/household", head)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(people.get(viewer, "/api/v1/people/households/{id}", household))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(people.get(viewer, "/api/v1/people/{id}/household", head)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(people.post(wazin, "/api/v1/people/households", "{\"head\": \"%s\"}".formatted(member)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(people.post(reader, "/api/v1/people/households", "{\"head\": \"%s\"}".formatted(member)))
                .hasStatus(HttpStatus.FORBIDDEN);
        String joining = "{\"person\": \"%s\", \"relationship\": \"child\"}".formatted(member);
        assertThat(people.post(wazin, "/api/v1/people/households/" + household + "/members", joining))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(people.post(reader, "/api/v1/people/households/" + household + "/members", joining))
                .hasStatus(HttpStatus.FORBIDDEN);
        String departure = "{\"person\": \"%s\"}".formatted(head);
        assertThat(people.post(wazin, "/api/v1/people/households/" + household + "/departures", departure))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(people.post(reader, "/api/v1/people/households/" + household + "/departures", departure))
                .hasStatus(HttpStatus.FORBIDDEN);

        assertThat(people.get(reader, "/api/v1/people/households/{id}", household))
                .hasStatus(HttpStatus.OK);
        assertThat(members(household)).isEqualTo(1);
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() {
        String head = person("Hamza", "M");
        long before = jdbc.sql("SELECT count(*) FROM people_household")
                .query(Long.class)
                .single();
        MvcTestResult noHead = people.post(caseworker, "/api/v1/people/households", "{\"head\": \"Hamza\"}");
        assertThat(noHead).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(people.json(noHead).get("errors").findValuesAsString("field"))
                .containsExactly("head");
        assertThat(people.post(
                        caseworker, "/api/v1/people/households", "{\"head\": \"%s\"}".formatted(UUID.randomUUID())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("SELECT count(*) FROM people_household")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);

        String household = found(head);
        MvcTestResult cousin = people.post(
                caseworker,
                "/api/v1/people/households/" + household + "/members",
                "{\"person\": \"%s\", \"relationship\": \"head\"}".formatted(person("Nour", "F")));
        assertThat(cousin).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(people.json(cousin).get("errors").findValuesAsString("field"))
                .containsExactly("relationship");
        MvcTestResult nobody = people.post(
                caseworker, "/api/v1/people/households/" + household + "/members", "{\"relationship\": \"child\"}");
        assertThat(people.json(nobody).get("errors").findValuesAsString("field"))
                .containsExactly("person");
        assertThat(people.get(caseworker, "/api/v1/people/households/{id}", UUID.randomUUID()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(members(household)).isEqualTo(1);
    }

    @Test
    void aSurvivorWithoutAHouseholdIsSeenInTheHouseholdOfTheRecordMergedIntoThemUntilTheMergeIsUndone() {
        User supervisor = people.user("PROGRAMME_MANAGER");
        String mother = person("Zainab", "F");
        String child = person("Hawa", "F");
        String household = found(mother);
        assertThat(join(household, child, "child")).hasStatus(HttpStatus.OK);
        String survivor = person("Hawwa", "F");
        assertThat(currentHousehold(survivor)).isNull();

        assertThat(people.post(
                        supervisor, "/api/v1/people/" + child + "/merge", "{\"survivor\": \"%s\"}".formatted(survivor)))
                .hasStatus(HttpStatus.OK);
        assertThat(currentHousehold(survivor)).isEqualTo(household);

        assertThat(people.post(supervisor, "/api/v1/people/" + child + "/unmerge", ""))
                .hasStatus(HttpStatus.OK);
        assertThat(currentHousehold(survivor)).isNull();
        assertThat(currentHousehold(child)).isEqualTo(household);
    }

    /** The id of the person's current household, or null. */
    private String currentHousehold(String person) {
        MvcTestResult read = people.get(caseworker, "/api/v1/people/{id}/household", person);
        assertThat(read).hasStatus(HttpStatus.OK);
        JsonNode current = people.json(read).path("current");
        return current.isMissingNode() || current.isNull()
                ? null
                : current.path("id").asString();
    }

    private String person(String name, String sex) {
        return people.register(caseworker, """
                        {"givenName": {"lat": "%s"}, "familyName": {"lat": "Test"}, "sex": "%s", "baladiya": "%s"}
                        """.formatted(name, sex, TRIPOLI))
                .get("id")
                .asString();
    }

    private String found(String head) {
        MvcTestResult founded =
                people.post(caseworker, "/api/v1/people/households", "{\"head\": \"%s\"}".formatted(head));
        assertThat(founded).hasStatus(HttpStatus.CREATED);
        return people.json(founded).get("id").asString();
    }

    private MvcTestResult join(String household, String person, String relationship) {
        return people.post(
                caseworker,
                "/api/v1/people/households/" + household + "/members",
                "{\"person\": \"%s\", \"relationship\": \"%s\"}".formatted(person, relationship));
    }

    private MvcTestResult leave(String household, String person) {
        return people.post(
                caseworker,
                "/api/v1/people/households/" + household + "/departures",
                "{\"person\": \"%s\"}".formatted(person));
    }

    private long members(String household) {
        return jdbc.sql("SELECT count(*) FROM people_household_member WHERE household_id = :id")
                .param("id", UUID.fromString(household))
                .query(Long.class)
                .single();
    }

    /** A custom role holding exactly these permissions, limited like any role that is not mission-wide. */
    private String role(String... permissions) {
        String code = "ONLY_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        jdbc.sql("INSERT INTO access_role (code, name_en, name_ar) VALUES (:code, :code, :code)")
                .param("code", code)
                .update();
        for (String permission : permissions) {
            jdbc.sql("INSERT INTO access_role_permission (role_code, permission) VALUES (:code, :permission)")
                    .param("code", code)
                    .param("permission", permission)
                    .update();
        }
        return code;
    }
}
