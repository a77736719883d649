package org.masar.people.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.people.People;
import org.masar.people.PeopleTestSupport;
import org.masar.people.PeopleTestSupport.User;
import org.masar.people.PersonId;
import org.masar.people.PersonMerged;
import org.masar.people.PersonTimeline;
import org.masar.people.PersonUnmerged;
import org.masar.people.TimelineEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The supervisor's review of likely duplicates through the API: the queue, merging with a linked record and undoing
 * it, "not the same person", the refusals, and the audit of merges and of persons shown outside the viewer's scope.
 */
@MasarIntegrationTest
@RecordApplicationEvents
class DuplicatesApiTests {

    static final String TRIPOLI = "LY021104";
    static final String WAZIN = "LY020906";
    static final String MISRATA = "LY021401";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PersonTimeline timeline;

    @Autowired
    People register;

    @Autowired
    ApplicationEvents events;

    PeopleTestSupport people;

    @BeforeEach
    void setUp() {
        people = new PeopleTestSupport(jdbc, encoder, mvc, json);
    }

    @Test
    void aMergeKeepsTheMergedRecordPointingToTheSurvivorAndAnUndoGivesItsTimelineBack() {
        User caseworker = people.user("CASEWORKER", MISRATA);
        User supervisor = people.user("PROGRAMME_MANAGER", MISRATA);
        String details = somebody(MISRATA);
        String merged = people.register(caseworker, details).get("id").asString();
        JsonNode second = people.register(caseworker, details);
        String survivor = second.get("id").asString();
        assertThat(second.get("duplicateCandidates").findValuesAsString("personId"))
                .contains(merged);
        // A programme's record of the person to be merged, linked through the timeline.
        timeline.add(
                new PersonId(UUID.fromString(merged)),
                new TimelineEntry(Instant.now(), "cases", "case.opened", "case-17", "someone", Map.of()),
                null);

        JsonNode queued = pair(supervisor, merged, survivor);
        assertThat(queued.get("status").asString()).isEqualTo("open");
        assertThat(queued.get("foundBy").asString()).isEqualTo("registration");
        assertThat(queued.get("reasons").findValuesAsString("text")).isNotEmpty();
        assertThat(openPairIds(supervisor)).contains(pairKey(merged, survivor));

        MvcTestResult merging = people.post(supervisor, "/api/v1/people/" + merged + "/merge", """
                {"survivor": "%s"}
                """.formatted(survivor));
        assertThat(merging).hasStatus(HttpStatus.OK);
        assertThat(people.json(merging).get("survivor").asString()).isEqualTo(survivor);

        // The merged record stays readable, pointing to its survivor; other modules are told.
        MvcTestResult read = people.get(caseworker, "/api/v1/people/{id}", merged);
        assertThat(read).hasStatus(HttpStatus.OK);
        assertThat(people.json(read).get("mergedInto").asString()).isEqualTo(survivor);
        assertThat(register.current(new PersonId(UUID.fromString(merged))).toString())
                .isEqualTo(survivor);
        assertThat(events.stream(PersonMerged.class)).containsExactly(new PersonMerged(id(merged), id(survivor)));
        assertThat(kinds(caseworker, survivor)).contains("case.opened", "merged");
        assertThat(pair(supervisor, merged, survivor).get("status").asString()).isEqualTo("merged");
        assertThat(openPairIds(supervisor)).doesNotContain(pairKey(merged, survivor));
        // No longer anyone's candidate.
        MvcTestResult candidates = people.post(caseworker, "/api/v1/people/duplicate-candidates", details);
        assertThat(people.json(candidates).get("candidates").findValuesAsString("personId"))
                .contains(survivor)
                .doesNotContain(merged);
        assertThat(audited("people.person.merged", merged)).containsExactly(supervisor.username());

        MvcTestResult undoing = people.post(supervisor, "/api/v1/people/" + merged + "/unmerge", "");
        assertThat(undoing).hasStatus(HttpStatus.OK);
        assertThat(people.json(undoing).get("undoneAt").isNull()).isFalse();
        assertThat(people.json(people.get(caseworker, "/api/v1/people/{id}", merged))
                        .get("mergedInto")
                        .isNull())
                .isTrue();
        assertThat(register.current(id(merged))).isEqualTo(id(merged));
        assertThat(events.stream(PersonUnmerged.class)).containsExactly(new PersonUnmerged(id(merged), id(survivor)));
        assertThat(kinds(caseworker, survivor)).doesNotContain("case.opened").contains("unmerged");
        assertThat(kinds(caseworker, merged)).contains("case.opened", "unmerged");
        assertThat(audited("people.person.unmerged", merged)).containsExactly(supervisor.username());
        // A candidate again, and the pair waits for a decision again.
        assertThat(people.json(people.post(caseworker, "/api/v1/people/duplicate-candidates", details))
                        .get("candidates")
                        .findValuesAsString("personId"))
                .contains(merged, survivor);
        assertThat(pair(supervisor, merged, survivor).get("status").asString()).isEqualTo("open");

        JsonNode merges = people.json(people.get(caseworker, "/api/v1/people/{id}/merges", survivor));
        assertThat(merges.findValuesAsString("merged")).containsExactly(merged);
        assertThat(merges.get(0).get("undoneBy").asString()).isEqualTo(supervisor.username());
        assertThat(jdbc.sql("SELECT change FROM people_person_history WHERE person_id = :id ORDER BY id")
                        .param("id", UUID.fromString(merged))
                        .query(String.class)
                        .list())
                .containsExactly("registered", "merged", "unmerged");
    }

    @Test
    void aSurvivorThatWasMergedStandsForItsOwnSurvivorAndNoMergeGoesRoundInACircle() {
        User caseworker = people.user("CASEWORKER", MISRATA);
        User supervisor = people.user("PROGRAMME_MANAGER", MISRATA);
        String details = somebody(MISRATA);
        String a = people.register(caseworker, details).get("id").asString();
        String b = people.register(caseworker, details).get("id").asString();
        String c = people.register(caseworker, details).get("id").asString();
        assertThat(merge(supervisor, a, b)).hasStatus(HttpStatus.OK);

        MvcTestResult intoMerged = merge(supervisor, c, a);
        assertThat(intoMerged).hasStatus(HttpStatus.OK);
        assertThat(people.json(intoMerged).get("survivor").asString()).isEqualTo(b);
        assertThat(register.current(id(c))).isEqualTo(id(b));

        assertThat(problem(merge(supervisor, b, a), HttpStatus.CONFLICT)).isEqualTo("people.merge-into-itself");
        assertThat(problem(merge(supervisor, b, b), HttpStatus.CONFLICT)).isEqualTo("people.merge-into-itself");
        assertThat(problem(merge(supervisor, a, c), HttpStatus.CONFLICT)).isEqualTo("people.already-merged");
        assertThat(problem(people.post(supervisor, "/api/v1/people/" + b + "/unmerge", ""), HttpStatus.CONFLICT))
                .isEqualTo("people.not-merged");
        assertThat(problem(merge(supervisor, b, UUID.randomUUID().toString()), HttpStatus.NOT_FOUND))
                .isEqualTo("people.person-not-found");
        MvcTestResult noSurvivor = people.post(supervisor, "/api/v1/people/" + b + "/merge", "{}");
        assertThat(problem(noSurvivor, HttpStatus.BAD_REQUEST)).isEqualTo("validation");
        assertThat(people.json(noSurvivor).get("errors").findValuesAsString("field"))
                .containsExactly("survivor");
    }

    @Test
    void nobodyIsMergedIntoADeletedPerson() {
        User caseworker = people.user("CASEWORKER", MISRATA);
        User supervisor = people.user("PROGRAMME_MANAGER", MISRATA);
        String details = somebody(MISRATA);
        String kept = people.register(caseworker, details).get("id").asString();
        String deleted = people.register(caseworker, details).get("id").asString();
        assertThat(people.post(supervisor, "/api/v1/people/" + deleted + "/deletion", """
                        {"version": 0, "reason": "registered by mistake"}
                        """))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(problem(merge(supervisor, kept, deleted), HttpStatus.CONFLICT))
                .isEqualTo("people.merge-of-deleted");
        assertThat(problem(merge(supervisor, deleted, kept), HttpStatus.CONFLICT))
                .isEqualTo("people.merge-of-deleted");
        assertThat(openPairIds(supervisor)).doesNotContain(pairKey(kept, deleted));
    }

    @Test
    void notTheSamePersonTakesThePairOutOfTheQueueForGood() {
        User caseworker = people.user("CASEWORKER", MISRATA);
        User supervisor = people.user("PROGRAMME_MANAGER", MISRATA);
        String details = somebody(MISRATA);
        String one = people.register(caseworker, details).get("id").asString();
        String other = people.register(caseworker, details).get("id").asString();

        MvcTestResult decided =
                people.post(supervisor, "/api/v1/people/duplicates/" + other + "/" + one + "/not-same", "");
        assertThat(decided).hasStatus(HttpStatus.OK);
        assertThat(people.json(decided).get("status").asString()).isEqualTo("not_same");
        assertThat(people.json(decided).get("decidedBy").asString()).isEqualTo(supervisor.username());
        assertThat(openPairIds(supervisor)).doesNotContain(pairKey(one, other));
        assertThat(problem(
                        people.post(supervisor, "/api/v1/people/duplicates/" + one + "/" + other + "/not-same", ""),
                        HttpStatus.CONFLICT))
                .isEqualTo("people.pair-decided");
        assertThat(audited("people.duplicate.not-same", first(one, other))).containsExactly(supervisor.username());

        // A third registration of the same details proposes the third with each, never the decided pair again.
        people.register(caseworker, details);
        assertThat(pair(supervisor, one, other).get("status").asString()).isEqualTo("not_same");

        // A merge is still possible, if the supervisor changes their mind; the pair stays decided.
        assertThat(merge(supervisor, one, other)).hasStatus(HttpStatus.OK);
        assertThat(pair(supervisor, one, other).get("status").asString()).isEqualTo("not_same");
        assertThat(problem(
                        people.get(supervisor, "/api/v1/people/duplicates/{a}/{b}", one, UUID.randomUUID()),
                        HttpStatus.NOT_FOUND))
                .isEqualTo("people.pair-not-found");
    }

    @Test
    void aMakerCannotSeeTheQueueNorMerge() {
        User caseworker = people.user("CASEWORKER", MISRATA);
        String details = somebody(MISRATA);
        String one = people.register(caseworker, details).get("id").asString();
        String other = people.register(caseworker, details).get("id").asString();

        assertThat(people.get(caseworker, "/api/v1/people/duplicates")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(people.get(caseworker, "/api/v1/people/duplicates/{a}/{b}", one, other))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(merge(caseworker, one, other)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(people.post(caseworker, "/api/v1/people/duplicates/" + one + "/" + other + "/not-same", ""))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(people.json(people.get(caseworker, "/api/v1/people/{id}", one))
                        .get("mergedInto")
                        .isNull())
                .isTrue();
        assertThat(jdbc.sql("SELECT status FROM people_duplicate_pair WHERE :one IN (person_a, person_b)")
                        .param("one", UUID.fromString(one))
                        .query(String.class)
                        .list())
                .containsOnly("open");
    }

    @Test
    void aPersonOutsideTheSupervisorsScopeIsShownRecognisableAndTheViewIsAudited() {
        User tripoli = people.user("CASEWORKER", TRIPOLI);
        User wazin = people.user("CASEWORKER", WAZIN);
        User supervisor = people.user("PROGRAMME_MANAGER", TRIPOLI);
        User elsewhere = people.user("PROGRAMME_MANAGER", MISRATA);
        String details = somebody(TRIPOLI, "Yusuf");
        String here = people.register(tripoli, details).get("id").asString();
        String there = people.register(wazin, details.replace(TRIPOLI, WAZIN))
                .get("id")
                .asString();
        assertThat(jdbc.sql("SELECT count(*) FROM people_duplicate_pair WHERE :a IN (person_a, person_b)"
                                + " AND :b IN (person_a, person_b)")
                        .param("a", UUID.fromString(here))
                        .param("b", UUID.fromString(there))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        JsonNode pair = pair(supervisor, here, there);
        JsonNode outside = side(pair, there);
        assertThat(outside.get("inScope").asBoolean()).isFalse();
        assertThat(side(pair, here).get("inScope").asBoolean()).isTrue();
        assertThat(outside.at("/person/givenName/lat").asString()).isEqualTo("Yusuf");
        assertThat(outside.get("person").has("phones")).isFalse();
        assertThat(outside.get("person").has("documents")).isFalse();
        assertThat(audited("people.person.recognised", there)).contains(supervisor.username());
        assertThat(audited("people.person.recognised", here)).doesNotContain(supervisor.username());

        // Someone who works in neither baladiya is not shown the pair at all.
        assertThat(problem(
                        people.get(elsewhere, "/api/v1/people/duplicates/{a}/{b}", here, there), HttpStatus.FORBIDDEN))
                .isEqualTo("people.out-of-scope");
        assertThat(openPairIds(elsewhere)).doesNotContain(pairKey(here, there));
        assertThat(problem(merge(elsewhere, here, there), HttpStatus.FORBIDDEN)).isEqualTo("people.out-of-scope");

        // The supervisor may merge across: the merge is audited, the other side's record stays out of reach.
        assertThat(merge(supervisor, there, here)).hasStatus(HttpStatus.OK);
        assertThat(audited("people.person.merged", there)).containsExactly(supervisor.username());
        assertThat(people.get(supervisor, "/api/v1/people/{id}", there)).hasStatus(HttpStatus.FORBIDDEN);
    }

    private MvcTestResult merge(User user, String merged, String survivor) {
        return people.post(user, "/api/v1/people/" + merged + "/merge", """
                {"survivor": "%s"}
                """.formatted(survivor));
    }

    private JsonNode pair(User user, String one, String other) {
        MvcTestResult result = people.get(user, "/api/v1/people/duplicates/{a}/{b}", one, other);
        assertThat(result).hasStatus(HttpStatus.OK);
        return people.json(result);
    }

    private static JsonNode side(JsonNode pair, String id) {
        return pair.at("/one/person/id").asString().equals(id) ? pair.get("one") : pair.get("other");
    }

    private List<String> openPairIds(User user) {
        JsonNode page = people.json(people.get(user, "/api/v1/people/duplicates?size=200"));
        assertThat(page.get("total").asLong()).isLessThanOrEqualTo(200);
        return page.get("items")
                .valueStream()
                .map(item -> pairKey(
                        item.at("/one/person/id").asString(),
                        item.at("/other/person/id").asString()))
                .toList();
    }

    private List<String> kinds(User user, String id) {
        MvcTestResult result = people.get(user, "/api/v1/people/{id}/timeline", id);
        assertThat(result).hasStatus(HttpStatus.OK);
        return people.json(result).findValuesAsString("kind");
    }

    private List<String> audited(String action, String subject) {
        return jdbc.sql("SELECT actor FROM audit_entry WHERE action = :action AND subject_id = :id ORDER BY sequence")
                .param("action", action)
                .param("id", subject)
                .query(String.class)
                .list();
    }

    private String problem(MvcTestResult result, HttpStatus status) {
        assertThat(result).hasStatus(status);
        return people.json(result).get("type").asString().replace("/problems/", "");
    }

    private static PersonId id(String text) {
        return new PersonId(UUID.fromString(text));
    }

    private static String pairKey(String one, String other) {
        return first(one, other) + "/" + (first(one, other).equals(one) ? other : one);
    }

    private static String first(String one, String other) {
        return one.compareTo(other) < 0 ? one : other;
    }

    /** One person's details, with a family name nobody else in the database has. */
    static String somebody(String baladiya) {
        return somebody(baladiya, "Abakar");
    }

    static String somebody(String baladiya, String given) {
        String family = uniqueName();
        String passport = "P" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100_000_000L);
        return """
                {"givenName": {"lat": "%s"}, "familyName": {"lat": "%s"}, "sex": "M", "dateOfBirth": "1991-04-12",
                 "nationality": "TCD", "baladiya": "%s",
                 "documents": [{"type": "passport", "number": "%s", "issuingCountry": "TCD"}]}
                """.formatted(given, family, baladiya, passport);
    }

    /** A made-up family name of letters only, different each time. */
    static String uniqueName() {
        String hex = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        StringBuilder name = new StringBuilder("Ka");
        for (char c : hex.toCharArray()) {
            name.append((char) ('a' + Character.digit(c, 16)));
        }
        return name.toString();
    }
}
