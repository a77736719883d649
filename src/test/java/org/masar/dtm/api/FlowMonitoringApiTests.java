package org.masar.dtm.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.dtm.api.FieldTestSupport.ENUMERATOR;
import static org.masar.dtm.api.FieldTestSupport.NOBODY;
import static org.masar.dtm.api.FieldTestSupport.OFFICER;
import static org.masar.dtm.api.FieldTestSupport.VIEWER;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Flow monitoring through the API: daily counts and their checks, surveys against their definition, the summary. */
@MasarIntegrationTest
class FlowMonitoringApiTests {

    private static final String COUNT = """
            {"incoming": {"total": 100, "sexAge": {"f.children": 10, "f.adults": 20, "m.children": 15, "m.adults": 50},
                          "nationality": {"NER": 60, "SDN": 30}},
             "outgoing": {"total": 40, "nationality": {"NER": 40}}}
            """;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    FieldTestSupport dtm;

    @BeforeEach
    void setUp() {
        dtm = new FieldTestSupport(mvc, json, jdbc);
    }

    @Test
    void aDaysCountIsRecordedReplacedWithItsHistoryKeptAndRead() {
        String point = dtm.site("FLOW_MONITORING_POINT", "LY021401");
        MvcTestResult first = dtm.put(ENUMERATOR, "/api/v1/dtm/flow-points/{id}/counts/2026-03-01", COUNT, point);
        assertThat(first).hasStatusOk();
        assertThat(dtm.json(first).get("revision").asInt()).isEqualTo(1);
        assertThat(dtm.json(first).get("incoming").get("nationality").get("NER").asLong())
                .isEqualTo(60);

        MvcTestResult second = dtm.put(
                ENUMERATOR,
                "/api/v1/dtm/flow-points/{id}/counts/2026-03-01",
                COUNT.replace("\"total\": 100", "\"total\": 120"),
                point);
        assertThat(second).hasStatusOk();
        assertThat(dtm.json(second).get("revision").asInt()).isEqualTo(2);
        assertThat(dtm.put(ENUMERATOR, "/api/v1/dtm/flow-points/{id}/counts/2026-03-02", COUNT, point))
                .hasStatusOk();

        JsonNode counts =
                dtm.json(dtm.get(VIEWER, "/api/v1/dtm/flow-points/{id}/counts?from=2026-03-01&to=2026-03-31", point));
        assertThat(counts.size()).isEqualTo(2);
        assertThat(counts.get(0).get("day").asString()).isEqualTo("2026-03-02");
        assertThat(counts.get(1).get("incoming").get("total").asLong()).isEqualTo(120);
        assertThat(counts.get(1).get("incoming").get("sexAge").get("m.adults").asLong())
                .isEqualTo(50);
        // One count per point and day; the replaced one is kept.
        assertThat(dtm.count("SELECT count(*) FROM dtm_flow_count WHERE site_id = ?::uuid", point))
                .isEqualTo(2);
        assertThat(dtm.count(
                        "SELECT count(*) FROM dtm_flow_count_revision WHERE site_id = ?::uuid AND incoming = 100",
                        point))
                .isEqualTo(1);
        assertThat(dtm.audited("dtm.flow-count.recorded", point)).isEqualTo(2);
        assertThat(dtm.audited("dtm.flow-count.replaced", point)).isEqualTo(1);

        // The point is listed with its latest count.
        JsonNode points = dtm.json(dtm.get(VIEWER, "/api/v1/dtm/flow-points"));
        JsonNode listed = null;
        for (JsonNode p : points) {
            if (p.get("siteId").asString().equals(point)) {
                listed = p;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("latest").get("day").asString()).isEqualTo("2026-03-02");
    }

    @Test
    void aBreakdownLargerThanItsTotalIsRefusedByNameAndWritesNothing() {
        String point = dtm.site("FLOW_MONITORING_POINT", "LY021401");
        String tooMany = COUNT.replace("\"m.adults\": 50", "\"m.adults\": 56"); // 10+20+15+56 = 101 > 100
        MvcTestResult refused = dtm.put(ENUMERATOR, "/api/v1/dtm/flow-points/{id}/counts/2026-03-01", tooMany, point);
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(fields(refused)).containsExactly("incoming.sexAge");
        assertThat(dtm.json(refused).get("type").asString()).isEqualTo("/problems/validation");

        MvcTestResult nationalities = dtm.put(
                ENUMERATOR,
                "/api/v1/dtm/flow-points/{id}/counts/2026-03-01",
                COUNT.replace("\"NER\": 40", "\"NER\": 41").replace("\"SDN\": 30", "\"XXX\": 1"),
                point);
        assertThat(nationalities).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(fields(nationalities)).containsExactlyInAnyOrder("incoming.nationality.XXX", "outgoing.nationality");

        MvcTestResult future = dtm.put(ENUMERATOR, "/api/v1/dtm/flow-points/{id}/counts/2099-01-01", COUNT, point);
        assertThat(future).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(fields(future)).containsExactly("day");

        assertThat(dtm.count("SELECT count(*) FROM dtm_flow_count WHERE site_id = ?::uuid", point))
                .isZero();
        assertThat(dtm.audited("dtm.flow-count.recorded", point)).isZero();
    }

    @Test
    void aSiteThatIsNotAnActiveFlowMonitoringPointIsRefused() {
        String office = dtm.site("OFFICE", "LY021401");
        assertThat(dtm.put(ENUMERATOR, "/api/v1/dtm/flow-points/{id}/counts/2026-03-01", COUNT, office))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/dtm.flow.not-a-point");
        String closed = dtm.site("FLOW_MONITORING_POINT", "LY021401");
        dtm.deactivate(closed);
        assertThat(dtm.put(ENUMERATOR, "/api/v1/dtm/flow-points/{id}/counts/2026-03-01", COUNT, closed))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/dtm.flow.point-inactive");
        assertThat(dtm.put(
                        ENUMERATOR,
                        "/api/v1/dtm/flow-points/{id}/counts/2026-03-01",
                        COUNT,
                        java.util.UUID.randomUUID()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(dtm.count("SELECT count(*) FROM dtm_flow_count WHERE site_id IN (?::uuid, ?::uuid)", office, closed))
                .isZero();
    }

    @Test
    void surveyAnswersAreCheckedAgainstTheirDefinitionAndABadAnswerIsNamed() {
        String point = dtm.site("FLOW_MONITORING_POINT", "LY021401");
        JsonNode definition = dtm.json(dtm.get(ENUMERATOR, "/api/v1/dtm/flow-surveys/definition"));
        assertThat(definition.get("answerSchema").get("required").toString())
                .contains("origin-country", "reasons-for-leaving");

        MvcTestResult recorded = dtm.post(ENUMERATOR, "/api/v1/dtm/flow-surveys", survey(point, """
                {"origin-country": "NER", "transit-countries": ["DZA"], "intended-destination": "ITA",
                 "reasons-for-leaving": ["economic", "insecurity"], "needs": ["food", "legal"]}
                """));
        assertThat(recorded).hasStatus(HttpStatus.CREATED);
        String id = dtm.json(recorded).get("id").asString();
        assertThat(dtm.json(recorded).get("version").asInt()).isEqualTo(1);
        assertThat(dtm.audited("dtm.flow-survey.recorded", id)).isEqualTo(1);

        long before = dtm.count("SELECT count(*) FROM dtm_flow_survey");
        MvcTestResult badChoice = dtm.post(ENUMERATOR, "/api/v1/dtm/flow-surveys", survey(point, """
                {"origin-country": "NER", "intended-destination": "ITA", "reasons-for-leaving": ["boredom"]}
                """));
        assertThat(badChoice).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(dtm.json(badChoice).get("type").asString()).isEqualTo("/problems/validation");
        assertThat(fields(badChoice)).containsExactly("answers.reasons-for-leaving");

        MvcTestResult missingAndUnknown = dtm.post(ENUMERATOR, "/api/v1/dtm/flow-surveys", survey(point, """
                {"origin-country": "ZZZ", "intended-destination": "ITA", "name": "X"}
                """));
        assertThat(missingAndUnknown).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(fields(missingAndUnknown))
                .containsExactlyInAnyOrder("answers.origin-country", "answers.reasons-for-leaving", "answers.name");
        assertThat(dtm.count("SELECT count(*) FROM dtm_flow_survey")).isEqualTo(before);
    }

    @Test
    void aNewVersionOfTheQuestionnaireIsPublishedByAManagerAndABadOneIsRefusedByName() {
        String definition = """
                {"title": {"en": "Flow survey", "ar": "مسح التدفق"},
                 "questions": [
                   {"id": "origin-country", "type": "country", "required": true,
                    "labels": {"en": "Origin", "ar": "المنشأ"}},
                   {"id": "days-on-the-road", "type": "integer", "min": 0, "max": 3650,
                    "labels": {"en": "Days on the road", "ar": "أيام في الطريق"}}]}
                """;
        assertThat(dtm.post(ENUMERATOR, "/api/v1/dtm/flow-surveys/definitions", definition))
                .hasStatus(HttpStatus.FORBIDDEN);
        MvcTestResult bad = dtm.post(
                OFFICER,
                "/api/v1/dtm/flow-surveys/definitions",
                definition.replace("\"type\": \"integer\"", "\"type\": \"slider\""));
        assertThat(bad).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(fields(bad)).contains("questions[1].type");
        // The survey is anonymous: a question asking who the respondent is cannot be published.
        MvcTestResult identifying = dtm.post(
                OFFICER,
                "/api/v1/dtm/flow-surveys/definitions",
                definition.replace("days-on-the-road", "phone-number"));
        assertThat(identifying).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(fields(identifying)).containsExactly("questions[1].id");
        MvcTestResult published = dtm.post(OFFICER, "/api/v1/dtm/flow-surveys/definitions", definition);
        assertThat(published).hasStatus(HttpStatus.CREATED);
        int number = dtm.json(published).get("number").asInt();
        assertThat(number).isGreaterThan(1);
        try {
            String point = dtm.site("FLOW_MONITORING_POINT", "LY021401");
            assertThat(dtm.post(ENUMERATOR, "/api/v1/dtm/flow-surveys", survey(point, """
                            {"origin-country": "TCD", "days-on-the-road": 4000}
                            """)))
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyJson()
                    .extractingPath("$.errors[0].field")
                    .isEqualTo("answers.days-on-the-road");
            // Version 1 can still be answered, by number.
            assertThat(dtm.post(
                            ENUMERATOR,
                            "/api/v1/dtm/flow-surveys",
                            survey(point, """
                                    {"origin-country": "NER", "intended-destination": "ITA",
                                     "reasons-for-leaving": ["conflict"]}
                                    """).replace("\"surveyedOn\"", "\"version\": 1, \"surveyedOn\"")))
                    .hasStatus(HttpStatus.CREATED);
        } finally {
            // Other tests answer the seeded questionnaire as the current one.
            jdbc.sql("DELETE FROM dtm_flow_survey WHERE version_id IN"
                            + " (SELECT id FROM dtm_flow_survey_version WHERE number > 1)")
                    .update();
            jdbc.sql("DELETE FROM dtm_flow_survey_version WHERE number > 1").update();
        }
    }

    @Test
    void theSummaryAddsUpCountsAndSurveysByDayMonthAndNationality() throws InterruptedException {
        // Days of 2019 that no other test uses, in two baladiya.
        String misrata = dtm.site("FLOW_MONITORING_POINT", "LY021401");
        String derna = dtm.site("FLOW_MONITORING_POINT", "LY010102");
        count(misrata, "2019-01-31", 10, 4, "{\"NER\": 6}");
        count(misrata, "2019-02-01", 20, 5, "{\"NER\": 5, \"SDN\": 10}");
        count(misrata, "2019-02-28", 30, 6, "{}");
        count(derna, "2019-02-15", 7, 1, "{\"EGY\": 7}");
        count(misrata, "2019-03-01", 40, 7, "{\"SDN\": 1}");
        // A replaced count counts once, at its new figures.
        count(misrata, "2019-02-28", 33, 6, "{}");
        assertThat(dtm.post(
                        ENUMERATOR,
                        "/api/v1/dtm/flow-surveys",
                        survey(misrata, """
                        {"origin-country": "SDN", "intended-destination": "ITA", "reasons-for-leaving": ["conflict"]}
                        """).replace("2026-03-01", "2019-02-10").replace("\"NER\"", "\"SDN\"")))
                .hasStatus(HttpStatus.CREATED);

        JsonNode byMonth = dtm.json(dtm.get(VIEWER, "/api/v1/dtm/flow-summary?from=2019-01-15&to=2019-03-31"));
        assertThat(byMonth.get("granularity").asString()).isEqualTo("MONTH");
        assertThat(periods(byMonth)).containsExactly("2019-01 10 4 0", "2019-02 60 12 1", "2019-03 40 7 0");
        assertThat(byMonth.get("total").get("incoming").asLong()).isEqualTo(110);
        assertThat(byMonth.get("total").get("outgoing").asLong()).isEqualTo(23);
        assertThat(byMonth.get("total").get("surveys").asLong()).isEqualTo(1);
        assertThat(nationalities(byMonth)).containsExactly("NER 11 0 0", "SDN 11 0 1", "EGY 7 0 0");

        // The same period cut inside months: the ends come from the days.
        JsonNode inside = dtm.json(dtm.get(VIEWER, "/api/v1/dtm/flow-summary?from=2019-02-01&to=2019-02-28"));
        assertThat(inside.get("granularity").asString()).isEqualTo("DAY");
        assertThat(periods(inside))
                .containsExactly("2019-02-01 20 5 0", "2019-02-10 0 0 1", "2019-02-15 7 1 0", "2019-02-28 33 6 0");
        JsonNode edges =
                dtm.json(dtm.get(VIEWER, "/api/v1/dtm/flow-summary?from=2019-01-31&to=2019-03-01&granularity=MONTH"));
        assertThat(periods(edges)).containsExactly("2019-01 10 4 0", "2019-02 60 12 1", "2019-03 40 7 0");

        JsonNode dernaOnly =
                dtm.json(dtm.get(VIEWER, "/api/v1/dtm/flow-summary?from=2019-01-01&to=2019-12-31&baladiya=LY010102"));
        assertThat(dernaOnly.get("baladiya").asString()).isEqualTo("LY010102");
        assertThat(periods(dernaOnly)).containsExactly("2019-02 7 1 0");

        // The figures the summary reads add up to the counts and surveys themselves.
        assertThat(dtm.count("SELECT coalesce(sum(incoming), 0) FROM dtm_flow_count"
                        + " WHERE day BETWEEN '2019-01-01' AND '2019-12-31'"))
                .isEqualTo(110);
        // ... once the fold (every second) has added what the counts appended to the figure rows
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (dtm.count("SELECT count(*) FROM dtm_flow_figure_delta WHERE day BETWEEN '2019-01-01' AND '2019-12-31'")
                        > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(dtm.count(
                        "SELECT count(*) FROM dtm_flow_figure_delta WHERE day BETWEEN '2019-01-01' AND '2019-12-31'"))
                .isZero();
        assertThat(dtm.count("SELECT coalesce(sum(value), 0) FROM dtm_flow_daily_figure"
                        + " WHERE day BETWEEN '2019-01-01' AND '2019-12-31' AND baladiya_pcode = 'LY' AND key = 'in'"))
                .isEqualTo(110);

        assertThat(dtm.get(VIEWER, "/api/v1/dtm/flow-summary?from=2019-03-01&to=2019-01-01"))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(dtm.get(VIEWER, "/api/v1/dtm/flow-summary?from=2010-01-01&to=2019-01-01&granularity=DAY"))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void anEnumeratorRecordsAViewerOnlyReadsAndAnyoneElseIsRefusedAndAudited() {
        String point = dtm.site("FLOW_MONITORING_POINT", "LY021401");
        assertThat(dtm.put(ENUMERATOR, "/api/v1/dtm/flow-points/{id}/counts/2026-03-01", COUNT, point))
                .hasStatusOk();
        assertThat(dtm.put(VIEWER, "/api/v1/dtm/flow-points/{id}/counts/2026-03-02", COUNT, point))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(dtm.get(VIEWER, "/api/v1/dtm/flow-summary?from=2026-03-01&to=2026-03-31"))
                .hasStatusOk();
        assertThat(dtm.get(VIEWER, "/api/v1/dtm/flow-points/{id}/counts?from=2026-03-01&to=2026-03-31", point))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("dtm-enumerator");
        long before = dtm.refusals("dtm-nobody");
        assertThat(dtm.get(NOBODY, "/api/v1/dtm/flow-summary?from=2026-03-01&to=2026-03-31"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(dtm.put(NOBODY, "/api/v1/dtm/flow-points/{id}/counts/2026-03-03", COUNT, point))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(dtm.refusals("dtm-nobody")).isEqualTo(before + 2);
        assertThat(dtm.count("SELECT count(*) FROM dtm_flow_count WHERE site_id = ?::uuid", point))
                .isEqualTo(1);
    }

    private void count(String point, String day, long in, long out, String nationality) {
        assertThat(dtm.put(
                        ENUMERATOR,
                        "/api/v1/dtm/flow-points/{id}/counts/{day}",
                        """
                        {"incoming": {"total": %d, "nationality": %s}, "outgoing": {"total": %d}}
                        """.formatted(in, nationality, out),
                        point,
                        day))
                .hasStatusOk();
    }

    private static String survey(String point, String answers) {
        return """
                {"siteId": "%s", "surveyedOn": "2026-03-01", "sex": "f", "ageBand": "26-40", "nationality": "NER",
                 "answers": %s}
                """.formatted(point, answers);
    }

    private List<String> fields(MvcTestResult result) {
        List<String> fields = new ArrayList<>();
        dtm.json(result)
                .get("errors")
                .forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private static List<String> periods(JsonNode summary) {
        List<String> periods = new ArrayList<>();
        summary.get("periods")
                .forEach(period -> periods.add(period.get("period").asString() + " " + figures(period.get("figures"))));
        return periods;
    }

    private static List<String> nationalities(JsonNode summary) {
        List<String> rows = new ArrayList<>();
        summary.get("byNationality")
                .forEach(row -> rows.add(row.get("nationality").asString() + " " + figures(row.get("figures"))));
        return rows;
    }

    private static String figures(JsonNode figures) {
        return figures.get("incoming").asLong() + " " + figures.get("outgoing").asLong() + " "
                + figures.get("surveys").asLong();
    }
}
