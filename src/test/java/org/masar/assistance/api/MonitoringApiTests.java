package org.masar.assistance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.assistance.MonitoringTestSupport;
import org.masar.people.Sex;
import org.masar.referrals.ReferralsTestSupport;
import org.masar.referrals.ReferralsTestSupport.User;
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
 * Post-distribution monitoring through the API: the seeded questionnaire is valid and a bad one is refused naming its
 * fields; a survey samples only a distribution's recipients (no voided service, no one twice, the size asked, the same
 * sample again from the same seed); interviews only for the sampled, one each, answers checked; the summary's figures
 * for known answers; refusals for users without the permission or outside the survey's scopes (audited); and a new
 * version leaving old answers read with theirs.
 */
@MasarIntegrationTest
class MonitoringApiTests {

    static final String MONITORING = "/api/v1/assistance/monitoring";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    ReferralsTestSupport support;
    MonitoringTestSupport monitoring;
    User caseworker;
    User monitor;

    @BeforeEach
    void setUp() {
        monitoring = new MonitoringTestSupport(jdbc, encoder, mvc, json);
        support = monitoring.people;
        caseworker = monitoring.recorder;
        monitor = support.user("ME_OFFICER");
    }

    private String person(String given, Sex sex) {
        return monitoring.person(given, sex);
    }

    /** A distribution handed over to these persons through its API; answers its id. */
    private UUID distribution(String programme, List<String> who) {
        return UUID.fromString(monitoring.distribution(programme, who));
    }

    private List<String> women(int count) {
        List<String> who = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            who.add(person("Recipient" + (char) ('a' + i % 26), Sex.F));
        }
        return who;
    }

    private MvcTestResult survey(User user, UUID distribution, String sample) {
        return support.post(user, MONITORING + "/surveys", """
                {"source": "distribution", "sourceId": "%s", %s}
                """.formatted(distribution, sample));
    }

    private JsonNode created(User user, UUID distribution, String sample) {
        MvcTestResult created = survey(user, distribution, sample);
        assertThat(created)
                .as(() -> new String(created.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .hasStatus(HttpStatus.CREATED);
        return support.json(created);
    }

    private List<String> sample(User user, String survey) {
        JsonNode page = support.json(support.get(user, MONITORING + "/surveys/{id}/sample?size=200", survey));
        List<String> persons = new ArrayList<>();
        page.get("items").forEach(item -> persons.add(item.get("person").asString()));
        return persons;
    }

    private MvcTestResult interview(User user, String survey, String person, String answers) {
        return support.post(user, MONITORING + "/surveys/" + survey + "/interviews", """
                {"person": "%s", "outcome": "interviewed", "answers": %s}
                """.formatted(person, answers));
    }

    static String answers(
            boolean full,
            String satisfaction,
            String useful,
            boolean safe,
            String where,
            String problems,
            boolean knows) {
        return """
                {"received-full-package": %s, "satisfaction": "%s", "usefulness": "%s", "felt-safe": %s,
                 "unsafe-where": [%s], "problems": [%s], "knows-feedback": %s, "comment": "Thank you"}
                """.formatted(full, satisfaction, useful, safe, where, problems, knows);
    }

    static final String GOOD = answers(true, "satisfied", "very-useful", true, "", "\"none\"", true);

    private long refusals(User user) {
        return jdbc.sql("""
                        SELECT count(*) FROM audit_entry
                         WHERE actor = :actor AND outcome = 'DENIED' AND action = 'access.refused'
                        """).param("actor", user.username()).query(Long.class).single();
    }

    @Test
    void theSeededQuestionnaireIsValidAndABadDefinitionIsRefusedNamingItsFields() {
        JsonNode current = support.json(support.get(monitor, MONITORING + "/questionnaire/1"));
        assertThat(current.get("number").asInt()).isOne();
        JsonNode definition = current.get("definition");
        assertThat(definition.get("title").get("ar").asString()).isNotBlank();
        List<String> measures = new ArrayList<>();
        definition.get("questions").forEach(q -> {
            assertThat(q.get("labels").get("en").asString()).isNotBlank();
            assertThat(q.get("labels").get("ar").asString()).isNotBlank();
            if (q.has("measure")) {
                measures.add(q.get("measure").asString());
            }
        });
        assertThat(measures)
                .containsExactlyInAnyOrder(
                        "full-package", "satisfaction", "useful", "safe", "unsafe-where", "problems", "knows-feedback");
        assertThat(current.get("answerSchema").get("required").toString())
                .contains("satisfaction", "felt-safe", "problems");

        // The seeded definition passes the definition schema and every check: published again as it is, it is taken.
        assertThat(support.post(monitor, MONITORING + "/questionnaire", definition.toString()))
                .hasStatus(HttpStatus.CREATED);

        ObjectNode bad = (ObjectNode) definition.deepCopy();
        ((ObjectNode) bad.get("questions").get(0)).put("type", "colour");
        ((ObjectNode) bad.get("questions").get(1).get("choices").get(0)).remove("score");
        assertThat(support.post(monitor, MONITORING + "/questionnaire", bad.toString()))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .contains("questions[0].type");
        ObjectNode unscored = (ObjectNode) definition.deepCopy();
        ((ObjectNode) unscored.get("questions").get(1).get("choices").get(0)).remove("score");
        ((ObjectNode) unscored.get("questions").get(3)).put("measure", "satisfaction");
        assertThat(support.post(monitor, MONITORING + "/questionnaire", unscored.toString()))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .contains("questions[1].choices[0].score", "questions[3].measure", "questions[3].type");
        assertThat(support.post(caseworker, MONITORING + "/questionnaire", definition.toString()))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void theSampleIsDrawnFromTheRecipientsOnlyAtTheSizeAskedNeverTwiceAndAgainFromItsSeed() {
        List<String> twelve = women(12);
        // One handed over by mistake, the service voided through the services API: not a recipient.
        String mistaken = person("Mistaken", Sex.F);
        List<String> listed = new ArrayList<>(twelve);
        listed.add(mistaken);
        UUID distribution = distribution("SHELTER_NFI", listed);
        assertThat(support.post(
                        caseworker,
                        "/api/v1/assistance/services/" + monitoring.onlyService(mistaken) + "/void",
                        "{\"reason\": \"Not on the list\"}"))
                .hasStatus(HttpStatus.OK);
        // Someone who received from another distribution only.
        String elsewhere = person("Elsewhere", Sex.F);
        distribution("SHELTER_NFI", List.of(elsewhere));

        Set<String> population = new HashSet<>(twelve);

        JsonNode five = created(monitor, distribution, "\"sampleSize\": 5, \"seed\": 20261204");
        assertThat(five.get("population").asInt()).isEqualTo(12);
        assertThat(five.get("sampleSize").asInt()).isEqualTo(5);
        assertThat(five.get("seed").asString()).isEqualTo("20261204");
        assertThat(five.get("programme").asString()).isEqualTo("SHELTER_NFI");
        List<String> drawn = sample(monitor, five.get("id").asString());
        assertThat(drawn).hasSize(5).doesNotHaveDuplicates();
        assertThat(population).containsAll(drawn);
        assertThat(drawn).doesNotContain(mistaken, elsewhere);

        // The same seed draws the same sample; a percentage is rounded up; more than there are takes them all.
        JsonNode again = created(monitor, distribution, "\"sampleSize\": 5, \"seed\": 20261204");
        assertThat(sample(monitor, again.get("id").asString())).isEqualTo(drawn);
        JsonNode half = created(monitor, distribution, "\"samplePercent\": 42");
        assertThat(half.get("sampleSize").asInt()).isEqualTo(6);
        assertThat(sample(monitor, half.get("id").asString())).hasSize(6).doesNotHaveDuplicates();
        JsonNode all = created(monitor, distribution, "\"sampleSize\": 500");
        assertThat(new HashSet<>(sample(monitor, all.get("id").asString()))).isEqualTo(population);

        // The sample list names people: its reading is audited.
        assertThat(support.audited(monitor, "assistance.monitoring.sample-read", "SUCCESS"))
                .isGreaterThanOrEqualTo(4);
        assertThat(support.audited(monitor, "assistance.monitoring.survey-created", "SUCCESS"))
                .isEqualTo(4);
        JsonNode sources = support.json(support.get(monitor, MONITORING + "/sources"));
        assertThat(sources.toString()).contains(distribution.toString());
    }

    @Test
    void aSurveyIsRefusedForBadInputAndForADistributionWithNoRecipients() {
        assertThat(support.post(monitor, MONITORING + "/surveys", "{\"source\": \"raffle\", \"seed\": 1}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .contains("source", "sourceId", "sampleSize");
        UUID nobody = UUID.randomUUID();
        assertThat(survey(monitor, nobody, "\"sampleSize\": 5, \"samplePercent\": 10"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("sampleSize");
        assertThat(survey(monitor, nobody, "\"samplePercent\": 101"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("samplePercent");
        long before = jdbc.sql("SELECT count(*) FROM assistance_pdm_survey")
                .query(Long.class)
                .single();
        assertThat(survey(monitor, nobody, "\"sampleSize\": 5"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/assistance.monitoring.no-recipients");
        // A cash cycle is surveyed the same way: one with no collected transfer has nobody to sample.
        assertThat(support.post(monitor, MONITORING + "/surveys", """
                        {"source": "cash-cycle", "sourceId": "%s", "samplePercent": 20}
                        """.formatted(nobody)))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/assistance.monitoring.no-recipients");
        assertThat(jdbc.sql("SELECT count(*) FROM assistance_pdm_survey")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void interviewsAreForSampledPersonsOnlyOneEachWithTheirAnswersChecked() {
        List<String> six = women(6);
        UUID distribution = distribution("MRRM", six);
        JsonNode survey = created(monitor, distribution, "\"sampleSize\": 3");
        String id = survey.get("id").asString();
        List<String> drawn = sample(monitor, id);
        String outsider =
                six.stream().filter(p -> !drawn.contains(p)).findFirst().orElseThrow();

        assertThat(support.get(monitor, MONITORING + "/surveys/{id}/sample/{person}", id, outsider))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(support.json(support.get(monitor, MONITORING + "/surveys/{id}/sample/{person}", id, drawn.get(0)))
                        .get("status")
                        .asString())
                .isEqualTo("pending");
        assertThat(interview(monitor, id, outsider, GOOD))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/assistance.monitoring.not-sampled");

        String bad = """
                {"received-full-package": "yes", "satisfaction": "delighted", "usefulness": "very-useful",
                 "problems": ["none"], "knows-feedback": true, "favourite-colour": "blue"}
                """;
        assertThat(interview(monitor, id, drawn.get(0), bad))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .contains(
                        "answers.received-full-package",
                        "answers.satisfaction",
                        "answers.felt-safe",
                        "answers.favourite-colour");
        assertThat(support.post(monitor, MONITORING + "/surveys/" + id + "/interviews", """
                        {"person": "%s", "outcome": "refused"}
                        """.formatted(drawn.get(0))))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("reason");
        assertThat(jdbc.sql("SELECT count(*) FROM assistance_pdm_interview WHERE survey_id = :s")
                        .param("s", UUID.fromString(id))
                        .query(Long.class)
                        .single())
                .isZero();

        MvcTestResult recorded = interview(monitor, id, drawn.get(0), GOOD);
        assertThat(recorded).hasStatus(HttpStatus.CREATED);
        JsonNode interview = support.json(recorded);
        assertThat(interview.get("recordedBy").asString()).isEqualTo(monitor.username());
        assertThat(interview.get("questionnaire").asInt())
                .isEqualTo(survey.get("questionnaire").asInt());
        assertThat(interview.get("interviewedOn").asString()).isNotBlank();

        assertThat(interview(monitor, id, drawn.get(0), GOOD))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/assistance.monitoring.already-recorded");
        assertThat(support.post(monitor, MONITORING + "/surveys/" + id + "/interviews", """
                        {"person": "%s", "outcome": "not-reached", "reason": "Moved to Sabha"}
                        """.formatted(drawn.get(0))))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(support.post(monitor, MONITORING + "/surveys/" + id + "/interviews", """
                        {"person": "%s", "outcome": "refused", "reason": "Did not want to talk"}
                        """.formatted(drawn.get(1))))
                .hasStatus(HttpStatus.CREATED);

        JsonNode read =
                support.json(support.get(monitor, MONITORING + "/surveys/{id}/interviews/{person}", id, drawn.get(0)));
        assertThat(read.get("answers").get("satisfaction").asString()).isEqualTo("satisfied");
        JsonNode progress = support.json(support.get(monitor, MONITORING + "/surveys/{id}", id));
        assertThat(progress.get("interviewed").asInt()).isOne();
        assertThat(progress.get("refused").asInt()).isOne();
        assertThat(progress.get("pending").asInt()).isOne();
        assertThat(support.audited(monitor, "assistance.monitoring.interview-recorded", "SUCCESS"))
                .isEqualTo(2);
    }

    @Test
    void theSummaryCountsKnownAnswersBySexWithoutNames() {
        String amina = person("Amina", Sex.F);
        String huda = person("Huda", Sex.F);
        String omar = person("Omar", Sex.M);
        String yusuf = person("Yusuf", Sex.M);
        UUID distribution = distribution("SHELTER_NFI", List.of(amina, huda, omar, yusuf));
        String id = created(monitor, distribution, "\"samplePercent\": 100")
                .get("id")
                .asString();

        assertThat(interview(
                        monitor, id, amina, answers(true, "very-satisfied", "very-useful", true, "", "\"none\"", true)))
                .hasStatus(HttpStatus.CREATED);
        assertThat(interview(
                        monitor,
                        id,
                        huda,
                        answers(
                                false,
                                "satisfied",
                                "not-useful",
                                false,
                                "\"going\", \"at-site\"",
                                "\"asked-to-pay\", \"long-wait\"",
                                false)))
                .hasStatus(HttpStatus.CREATED);
        assertThat(interview(
                        monitor,
                        id,
                        omar,
                        answers(true, "dissatisfied", "somewhat-useful", true, "", "\"long-wait\"", true)))
                .hasStatus(HttpStatus.CREATED);
        assertThat(support.post(monitor, MONITORING + "/surveys/" + id + "/interviews", """
                        {"person": "%s", "outcome": "not-reached", "reason": "Phone switched off"}
                        """.formatted(yusuf)))
                .hasStatus(HttpStatus.CREATED);

        MvcTestResult read = support.get(monitor, MONITORING + "/surveys/{id}/summary", id);
        assertThat(read).hasStatus(HttpStatus.OK);
        JsonNode summary = support.json(read);
        assertThat(summary.get("sampled").asInt()).isEqualTo(4);
        assertThat(summary.get("interviewed").asInt()).isEqualTo(3);
        assertThat(summary.get("notReached").asInt()).isOne();
        assertThat(summary.get("refused").asInt()).isZero();
        assertThat(summary.get("pending").asInt()).isZero();
        JsonNode all = summary.get("all");
        assertThat(all.get("respondents").asInt()).isEqualTo(3);
        assertThat(all.get("satisfaction").get("mean").asDouble()).isEqualTo(3.67);
        assertThat(choice(all.get("satisfaction").get("choices"), "very-satisfied"))
                .isOne();
        assertThat(choice(all.get("satisfaction").get("choices"), "satisfied")).isOne();
        assertThat(choice(all.get("satisfaction").get("choices"), "dissatisfied"))
                .isOne();
        assertThat(choice(all.get("satisfaction").get("choices"), "neutral")).isZero();
        assertThat(all.get("shares").get("useful").get("favourable").asInt()).isEqualTo(2);
        assertThat(all.get("shares").get("useful").get("share").asDouble()).isEqualTo(0.667);
        assertThat(all.get("shares").get("safe").get("favourable").asInt()).isEqualTo(2);
        assertThat(all.get("shares").get("full-package").get("favourable").asInt())
                .isEqualTo(2);
        assertThat(all.get("shares").get("knows-feedback").get("answered").asInt())
                .isEqualTo(3);
        JsonNode where = all.get("counts").get("unsafe-where");
        assertThat(choice(where.get("choices"), "going")).isOne();
        assertThat(choice(where.get("choices"), "at-site")).isOne();
        assertThat(choice(where.get("choices"), "returning")).isZero();
        JsonNode problems = all.get("counts").get("problems");
        assertThat(problems.get("reported").asInt()).isEqualTo(2);
        assertThat(choice(problems.get("choices"), "long-wait")).isEqualTo(2);
        assertThat(choice(problems.get("choices"), "asked-to-pay")).isOne();
        assertThat(choice(problems.get("choices"), "none")).isOne();

        JsonNode women = summary.get("bySex").get("F");
        assertThat(women.get("respondents").asInt()).isEqualTo(2);
        assertThat(women.get("satisfaction").get("mean").asDouble()).isEqualTo(4.5);
        assertThat(women.get("shares").get("safe").get("share").asDouble()).isEqualTo(0.5);
        JsonNode men = summary.get("bySex").get("M");
        assertThat(men.get("respondents").asInt()).isOne();
        assertThat(men.get("satisfaction").get("mean").asDouble()).isEqualTo(2.0);
        // Counts only: no person's id or name.
        assertThat(summary.toString()).doesNotContain(amina, "Amina", "Omar", "Thank you");
    }

    private static int choice(JsonNode choices, String id) {
        for (JsonNode choice : choices) {
            if (choice.get("id").asString().equals(id)) {
                return choice.get("count").asInt();
            }
        }
        throw new AssertionError("no choice " + id);
    }

    @Test
    void usersWithoutThePermissionOrOutsideTheSurveysScopesAreRefusedAndAudited() {
        UUID distribution = distribution("MRRM", women(3));
        String id =
                created(monitor, distribution, "\"sampleSize\": 2").get("id").asString();
        String sampled = sample(monitor, id).getFirst();

        // No assistance:monitor.
        assertThat(support.get(caseworker, MONITORING + "/surveys/{id}", id)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(survey(caseworker, distribution, "\"sampleSize\": 2")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(refusals(caseworker)).isEqualTo(2);

        // A monitoring officer of Misrata: the Tripoli survey is not theirs.
        User misrata = support.user("ME_OFFICER", null, null, "LY021203");
        assertThat(support.get(misrata, MONITORING + "/surveys/{id}", id)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(support.get(misrata, MONITORING + "/surveys/{id}/sample", id))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(support.get(misrata, MONITORING + "/surveys/{id}/summary", id))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/assistance.monitoring.out-of-scope");
        assertThat(interview(misrata, id, sampled, GOOD)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(survey(misrata, distribution, "\"sampleSize\": 2")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(support.json(support.get(misrata, MONITORING + "/surveys?size=200"))
                        .toString())
                .doesNotContain(id);
        assertThat(support.json(support.get(misrata, MONITORING + "/sources?limit=200"))
                        .toString())
                .doesNotContain(distribution.toString());
        assertThat(refusals(misrata)).isEqualTo(5);

        // A Tripoli officer limited to WASH: an MRRM survey is not theirs.
        User wash = support.user("ME_OFFICER");
        jdbc.sql("INSERT INTO access_user_programme_scope (user_id, programme) VALUES (:id, 'WASH')")
                .param("id", wash.id())
                .update();
        assertThat(support.get(wash, MONITORING + "/surveys/{id}", id)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(refusals(wash)).isOne();
        assertThat(jdbc.sql("SELECT count(*) FROM assistance_pdm_interview WHERE survey_id = :s")
                        .param("s", UUID.fromString(id))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aNewVersionIsUsedByNewSurveysWhileOldAnswersAreReadWithTheirs() {
        List<String> four = women(4);
        UUID distribution = distribution("SHELTER_NFI", four);
        JsonNode before = created(monitor, distribution, "\"samplePercent\": 100");
        String old = before.get("id").asString();
        int oldVersion = before.get("questionnaire").asInt();
        assertThat(interview(monitor, old, four.get(0), GOOD)).hasStatus(HttpStatus.CREATED);

        ObjectNode next = (ObjectNode) support.json(support.get(monitor, MONITORING + "/questionnaire"))
                .get("definition")
                .deepCopy();
        ObjectNode added = ((ArrayNode) next.get("questions")).addObject();
        added.put("id", "visited-by-staff");
        added.put("type", "yes_no");
        added.putObject("labels").put("en", "Did staff visit you since?").put("ar", "هل زارك الموظفون منذ ذلك؟");
        MvcTestResult published = support.post(monitor, MONITORING + "/questionnaire", next.toString());
        assertThat(published).hasStatus(HttpStatus.CREATED);
        int newVersion = support.json(published).get("number").asInt();
        assertThat(newVersion).isGreaterThan(oldVersion);
        assertThat(support.audited(monitor, "assistance.monitoring.questionnaire-published", "SUCCESS"))
                .isOne();

        JsonNode after = created(monitor, distribution, "\"samplePercent\": 100");
        String fresh = after.get("id").asString();
        assertThat(after.get("questionnaire").asInt()).isEqualTo(newVersion);
        String withVisit = GOOD.replace("\"comment\"", "\"visited-by-staff\": true, \"comment\"");
        assertThat(interview(monitor, fresh, four.get(0), withVisit)).hasStatus(HttpStatus.CREATED);
        // The old survey keeps its version: the new question is not one of its questions.
        assertThat(interview(monitor, old, four.get(1), withVisit))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("answers.visited-by-staff");

        JsonNode oldAnswers =
                support.json(support.get(monitor, MONITORING + "/surveys/{id}/interviews/{person}", old, four.get(0)));
        assertThat(oldAnswers.get("questionnaire").asInt()).isEqualTo(oldVersion);
        assertThat(oldAnswers.get("answers").has("visited-by-staff")).isFalse();
        JsonNode oldQuestionnaire = support.json(support.get(monitor, MONITORING + "/surveys/{id}/questionnaire", old));
        assertThat(oldQuestionnaire.get("number").asInt()).isEqualTo(oldVersion);
        assertThat(support.json(support.get(monitor, MONITORING + "/surveys/{id}/summary", old))
                        .get("questionnaire")
                        .asInt())
                .isEqualTo(oldVersion);
    }
}
