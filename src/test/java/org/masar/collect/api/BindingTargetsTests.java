package org.masar.collect.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.collect.BindingTestSupport.answers;
import static org.masar.collect.BindingTestSupport.q;
import static org.masar.collect.BindingTestSupport.xform;
import static org.masar.collect.CollectTestSupport.uniqueFormId;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.collect.BindingTestSupport;
import org.masar.collect.BindingTestSupport.Mapping;
import org.masar.collect.CollectTestSupport;
import org.masar.collect.CollectTestSupport.Phone;
import org.masar.collect.CollectTestSupport.User;
import org.masar.dtm.DtmTestSupport;
import org.masar.dtm.api.FieldTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each target end to end: a form bound to it, instances sent through {@code /submission} as ODK Collect sends them
 * with a field user's collect password, and what the target then holds — the assessment in its round, the flow survey
 * recorded, the screening on the person, the registration with its likely duplicates — with edits handled as each
 * target needs.
 */
@MasarIntegrationTest
class BindingTargetsTests {

    static final String TRIPOLI = "LY021104";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JsonMapper json;

    CollectTestSupport collect;
    BindingTestSupport bindings;
    DtmTestSupport dtm;

    @BeforeEach
    void setUp() {
        collect = new CollectTestSupport(mvc, jdbc, encoder, json);
        bindings = new BindingTestSupport(mvc, jdbc, collect);
        dtm = new DtmTestSupport(mvc, json, jdbc);
    }

    static byte[] assessmentForm(String formId) {
        return xform(
                formId,
                "1",
                List.of(
                        q("round", "string"),
                        q("baladiya", "string"),
                        q("assessed_on", "date"),
                        q("idps_ind", "int"),
                        q("idps_hh", "int"),
                        q("idp_needs", "string")),
                "informants",
                List.of(q("ki_role", "string"), q("ki_sex", "string"), q("ki_org", "string")));
    }

    static final String ASSESSMENT_BINDING = """
            {"target": "dtm-assessment",
             "mapping": {"round": "${round}", "pcode": "${baladiya}", "assessedOn": "${assessed_on}",
                         "figures": {"idps.ind": "${idps_ind}", "idps.hh": "${idps_hh}"},
                         "keyInformants": {"repeat": "${informants}", "role": "${ki_role}", "sex": "${ki_sex}",
                                           "organisationType": "${ki_org}"},
                         "priorityNeeds": {"idps": "${idp_needs}"}}}
            """;

    static BindingTestSupport.Answers assessment(String round, String pcode, String idps) {
        return answers()
                .with("round", round)
                .with("baladiya", pcode)
                .with("assessed_on", "2026-01-20")
                .with("idps_ind", idps)
                .with("idps_hh", "30")
                .with("idp_needs", "shelter food health")
                .repeat("informants", Map.of("ki_role", "mukhtar", "ki_sex", "male", "ki_org", "municipality"))
                .repeat("informants", Map.of("ki_role", "community-leader", "ki_sex", "F", "ki_org", "ngo"));
    }

    @Test
    void anAssessmentFormAssessesItsUnitInTheRoundAndAnEditReplacesTheAssessment() {
        User officer = collect.user("DTM_OFFICER");
        Phone phone = collect.phone(collect.user("DTM_ENUMERATOR"), "Enumerator's phone");
        String formId = uniqueFormId("bind_ki");
        bindings.upload(officer, formId, assessmentForm(formId));
        bindings.bound(officer, formId, ASSESSMENT_BINDING);
        String round = dtm.collectingRound(DtmTestSupport.nextNumber());

        String first = bindings.sent(phone, formId, null, assessment(round, "ly021401", "120"));
        Mapping mapped = bindings.mapping(formId, first);
        assertThat(mapped.state()).isEqualTo("mapped");
        assertThat(mapped.target()).isEqualTo("dtm-assessment");
        assertThat(mapped.ref()).isEqualTo(round + "/LY021401");

        JsonNode assessment =
                dtm.json(dtm.get("/api/v1/dtm/rounds/" + round + "/assessments/LY021401", DtmTestSupport.OFFICER));
        assertThat(assessment.at("/figures/idps.ind").asLong()).isEqualTo(120);
        assertThat(assessment.at("/figures/idps.hh").asLong()).isEqualTo(30);
        assertThat(assessment.get("assessedOn").asString()).isEqualTo("2026-01-20");
        List<String> informants = new java.util.ArrayList<>();
        assessment
                .get("keyInformants")
                .forEach(k -> informants.add(
                        k.get("role").asString() + "/" + k.get("sex").asString() + "/"
                                + k.get("organisationType").asString()));
        assertThat(informants).containsExactlyInAnyOrder("mukhtar/m/municipality", "community-leader/f/ngo");
        assertThat(assessment.at("/priorityNeeds/idps").toString()).isEqualTo("[\"shelter\",\"food\",\"health\"]");

        // An edit of the same record assesses the unit again: the round holds the corrected figures, once.
        String edit = bindings.sent(phone, formId, first, assessment(round, "LY021401", "150"));
        assertThat(bindings.mapping(formId, edit).ref()).isEqualTo(round + "/LY021401");
        JsonNode corrected =
                dtm.json(dtm.get("/api/v1/dtm/rounds/" + round + "/assessments/LY021401", DtmTestSupport.OFFICER));
        assertThat(corrected.at("/figures/idps.ind").asLong()).isEqualTo(150);
        assertThat(dtm.json(dtm.get("/api/v1/dtm/rounds/" + round + "/assessments", DtmTestSupport.OFFICER))
                        .toString())
                .contains("LY021401");
    }

    @Test
    void aFlowSurveyFormRecordsTheSurveyAndAnEditOfARecordedSurveyIsKeptForReview() throws Exception {
        User officer = collect.user("DTM_OFFICER");
        Phone phone = collect.phone(collect.user("DTM_ENUMERATOR"), "Flow point phone");
        String point = new FieldTestSupport(mvc, json, jdbc).site("FLOW_MONITORING_POINT", "LY021401");
        String formId = uniqueFormId("bind_flow");
        bindings.upload(
                officer,
                formId,
                xform(
                        formId,
                        "1",
                        List.of(
                                q("today", "date"),
                                q("sex", "string"),
                                q("age_band", "string"),
                                q("nationality", "string"),
                                q("origin", "string"),
                                q("destination", "string"),
                                q("reasons", "string")),
                        null,
                        List.of()));
        bindings.bound(officer, formId, """
                {"target": "dtm-flow-survey",
                 "mapping": {"point": {"value": "%s"}, "surveyedOn": "${today}", "version": {"value": 1},
                             "sex": "${sex}", "ageBand": "${age_band}", "nationality": "${nationality}",
                             "answers": {"origin-country": "${origin}", "intended-destination": "${destination}",
                                         "reasons-for-leaving": "${reasons}"}}}
                """.formatted(point));

        BindingTestSupport.Answers answers = answers()
                .with("today", "2026-01-21")
                .with("sex", "female")
                .with("age_band", "26-40")
                .with("nationality", "ner")
                .with("origin", "NER")
                .with("destination", "ITA")
                .with("reasons", "economic insecurity");
        String first = bindings.sent(phone, formId, null, answers);
        Mapping mapped = bindings.mapping(formId, first);
        assertThat(mapped.state()).as(String.valueOf(mapped.reason())).isEqualTo("mapped");
        var survey = jdbc.sql("""
                        SELECT site_id::text AS site, surveyed_on::text AS day, sex, age_band, nationality,
                               answers::text AS answers
                          FROM dtm_flow_survey WHERE id = CAST(:id AS uuid)
                        """).param("id", mapped.ref()).query().singleRow();
        assertThat(survey)
                .containsEntry("site", point)
                .containsEntry("day", "2026-01-21")
                .containsEntry("sex", "f")
                .containsEntry("age_band", "26-40")
                .containsEntry("nationality", "NER");
        JsonNode recorded = json.readTree((String) survey.get("answers"));
        assertThat(recorded.get("reasons-for-leaving").toString()).isEqualTo("[\"economic\",\"insecurity\"]");
        assertThat(recorded.get("origin-country").asString()).isEqualTo("NER");

        long surveys = count("SELECT count(*) FROM dtm_flow_survey WHERE site_id = CAST(? AS uuid)", point);
        // A phone re-sending what was recorded, and copies of a new submission arriving at once (a re-send while the
        // first attempt is still being stored): one submission, one survey, every copy answered 201.
        assertThat(bindings.send(phone, BindingTestSupport.instance(formId, "1", first, null, answers)))
                .hasStatus(HttpStatus.CREATED);
        String burst = BindingTestSupport.newInstanceId();
        String copy = BindingTestSupport.instance(formId, "1", burst, null, answers.with("sex", "male"));
        List<java.util.concurrent.Future<Integer>> copies;
        try (var phones = java.util.concurrent.Executors.newFixedThreadPool(6)) {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            copies = java.util.stream.IntStream.range(0, 6)
                    .mapToObj(n -> phones.submit(() -> {
                        start.await();
                        return bindings.send(phone, copy).getResponse().getStatus();
                    }))
                    .toList();
            start.countDown();
        }
        assertThat(copies).allSatisfy(status -> assertThat(status.get()).isEqualTo(201));
        assertThat(count("SELECT count(*) FROM collect_submission WHERE instance_id = ?", burst))
                .isEqualTo(1);
        assertThat(bindings.mapping(formId, burst).state()).isEqualTo("mapped");
        assertThat(count("SELECT count(*) FROM dtm_flow_survey WHERE site_id = CAST(? AS uuid)", point))
                .isEqualTo(surveys + 1);
        surveys++;
        // the same instanceID with other answers: a conflict, and the survey its mapping made is undone with it
        assertThat(bindings.send(
                        phone, BindingTestSupport.instance(formId, "1", burst, null, answers.with("sex", "female"))))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(count("SELECT count(*) FROM dtm_flow_survey WHERE site_id = CAST(? AS uuid)", point))
                .isEqualTo(surveys);
        String edit = bindings.sent(phone, formId, first, answers.with("destination", "ESP"));
        Mapping kept = bindings.mapping(formId, edit);
        assertThat(kept.state()).isEqualTo("unmapped");
        assertThat(kept.reason()).contains("already recorded", mapped.ref());
        assertThat(count("SELECT count(*) FROM dtm_flow_survey WHERE site_id = CAST(? AS uuid)", point))
                .isEqualTo(surveys);
    }

    @Test
    void aScreeningFormScreensThePersonFoundByTheirRegistrationNumber() {
        User manager = collect.user("PROGRAMME_MANAGER");
        User caseworker = caseworker();
        Phone phone = collect.phone(caseworker, "Outreach phone");
        JsonNode person = register(caseworker, """
                {"givenName": {"ar": "سالمة"}, "familyName": {"ar": "الورفلي"}, "sex": "F",
                 "dateOfBirth": "1985-04-02", "nationality": "LBY", "baladiya": "%s"}
                """.formatted(TRIPOLI));
        String formId = uniqueFormId("bind_screen");
        bindings.upload(
                manager,
                formId,
                xform(
                        formId,
                        "1",
                        List.of(
                                q("reg_no", "string"),
                                q("under_18", "string"),
                                q("medical", "string"),
                                q("difficulty", "string"),
                                q("aged_60", "string")),
                        null,
                        List.of()));
        String version = jdbc.sql("SELECT id::text FROM people_screening_version WHERE number = 1")
                .query(String.class)
                .single();
        bindings.bound(manager, formId, """
                {"target": "people-screening",
                 "mapping": {"registrationNumber": "${reg_no}", "version": {"value": "%s"},
                             "answers": {"under-18": "${under_18}", "serious-medical-condition": "${medical}",
                                         "functional-difficulty": "${difficulty}", "aged-60-or-over": "${aged_60}"}}}
                """.formatted(version));

        String number = person.get("registrationNumber").asString();
        String sent = bindings.sent(
                phone,
                formId,
                null,
                answers()
                        .with("reg_no", number)
                        .with("under_18", "no")
                        .with("medical", "yes")
                        .with("difficulty", "a-lot-of-difficulty")
                        .with("aged_60", "no"));
        Mapping mapped = bindings.mapping(formId, sent);
        assertThat(mapped.state()).as(String.valueOf(mapped.reason())).isEqualTo("mapped");

        JsonNode screenings = collect.json(mvc.get()
                .uri("/api/v1/people/{id}/screenings", person.get("id").asString())
                .cookie(caseworker.session())
                .exchange());
        assertThat(screenings.toString()).contains(mapped.ref());
        JsonNode screening = screenings.isArray()
                ? screenings.get(0)
                : screenings.get("items").get(0);
        assertThat(screening.at("/answers/serious-medical-condition").asBoolean())
                .isTrue();
        assertThat(screening.at("/answers/functional-difficulty").asString()).isEqualTo("a-lot-of-difficulty");

        // A number no person in the phone user's scopes has: kept, with the reason.
        String unknown = bindings.sent(
                phone,
                formId,
                null,
                answers().with("reg_no", "000000001").with("under_18", "no").with("medical", "no"));
        Mapping kept = bindings.mapping(formId, unknown);
        assertThat(kept.state()).isEqualTo("unmapped");
        assertThat(kept.reason()).contains("registrationNumber", "no person");
    }

    @Test
    void aRegistrationFormRegistersAPersonWithTheirLikelyDuplicatesAndAnEditCorrectsThatPerson() {
        User manager = collect.user("PROGRAMME_MANAGER");
        User caseworker = caseworker();
        Phone phone = collect.phone(caseworker, "Registration phone");
        JsonNode existing = register(caseworker, """
                {"givenName": {"ar": "عبد الحكيم"}, "fatherName": {"ar": "مصطفى"}, "familyName": {"ar": "القذافي"},
                 "sex": "M", "dateOfBirth": "1979-11-03", "nationality": "LBY", "baladiya": "%s"}
                """.formatted(TRIPOLI));
        String formId = uniqueFormId("bind_reg");
        bindings.upload(
                manager,
                formId,
                xform(
                        formId,
                        "1",
                        List.of(
                                q("given_ar", "string"),
                                q("father_ar", "string"),
                                q("family_ar", "string"),
                                q("sex", "string"),
                                q("dob", "date"),
                                q("nationality", "string"),
                                q("group", "string"),
                                q("baladiya", "string")),
                        null,
                        List.of()));
        bindings.bound(manager, formId, """
                {"target": "people-registration",
                 "mapping": {"givenNameAr": "${given_ar}", "fatherNameAr": "${father_ar}",
                             "familyNameAr": "${family_ar}", "sex": "${sex}", "dateOfBirth": "${dob}",
                             "nationality": "${nationality}", "populationGroup": "${group}",
                             "baladiya": "${baladiya}"}}
                """);

        BindingTestSupport.Answers same = answers()
                .with("given_ar", "عبدالحكيم")
                .with("father_ar", "مصطفى")
                .with("family_ar", "القذافى")
                .with("sex", "male")
                .with("dob", "1979-11-03")
                .with("nationality", "lby")
                .with("group", "idp")
                .with("baladiya", TRIPOLI);
        String sent = bindings.sent(phone, formId, null, same);
        Mapping mapped = bindings.mapping(formId, sent);
        assertThat(mapped.state()).as(String.valueOf(mapped.reason())).isEqualTo("mapped");
        String registered = mapped.ref();
        assertThat(registered).isNotEqualTo(existing.get("id").asString());

        JsonNode person = collect.json(mvc.get()
                .uri("/api/v1/people/{id}", registered)
                .cookie(caseworker.session())
                .exchange());
        assertThat(person.at("/familyName/ar").asString()).isEqualTo("القذافى");
        assertThat(person.get("populationGroup").asString()).isEqualToIgnoringCase("idp");
        // Duplicate detection ran as for any registration: the likely pair is recorded for review.
        assertThat(count(
                        "SELECT count(*) FROM people_duplicate_pair WHERE found_by = 'registration'"
                                + " AND ? IN (person_a::text, person_b::text) AND ? IN (person_a::text, person_b::text)",
                        registered,
                        existing.get("id").asString()))
                .isEqualTo(1);

        // An edit corrects the person it registered: no second person.
        long people = count("SELECT count(*) FROM people_person");
        String edit = bindings.sent(
                phone, formId, sent, same.with("family_ar", "القذافي").with("group", "returnee"));
        Mapping corrected = bindings.mapping(formId, edit);
        assertThat(corrected.state()).as(String.valueOf(corrected.reason())).isEqualTo("mapped");
        assertThat(corrected.ref()).isEqualTo(registered);
        assertThat(count("SELECT count(*) FROM people_person")).isEqualTo(people);
        JsonNode after = collect.json(mvc.get()
                .uri("/api/v1/people/{id}", registered)
                .cookie(caseworker.session())
                .exchange());
        assertThat(after.at("/familyName/ar").asString()).isEqualTo("القذافي");
        assertThat(after.get("populationGroup").asString()).isEqualToIgnoringCase("returnee");
    }

    @Test
    void theRealisticDtmKeyInformantXlsFormIsBoundByItsOwnFieldNamesAndAssessesItsBaladiya() throws Exception {
        User officer = collect.user("DTM_OFFICER");
        Phone phone = collect.phone(collect.user("DTM_ENUMERATOR"), "Enumerator's phone");
        // The workbook in the test resources, converted by the server; under an id of this test's own.
        byte[] workbook;
        try (var in = getClass().getResourceAsStream("/collect/xlsform/dtm-key-informant.xlsx")) {
            workbook = in.readAllBytes();
        }
        MvcTestResult converted = mvc.post()
                .uri("/api/v1/collect/xlsform")
                .multipart()
                .file(new MockMultipartFile("file", "dtm-key-informant.xlsx", "application/octet-stream", workbook))
                .cookie(officer.session())
                .with(csrf())
                .exchange();
        assertThat(converted).hasStatusOk();
        String formId = uniqueFormId("dtm_ki");
        String xform = converted
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .replace("\"dtm_ki_baladiya\"", "\"" + formId + "\"");
        bindings.upload(officer, formId, xform.getBytes(StandardCharsets.UTF_8));
        Matcher root = Pattern.compile("<instance>\\s*<([A-Za-z_][\\w.-]*)").matcher(xform);
        assertThat(root.find()).isTrue();

        // Fields named as the designer named them, in their groups; the informant's fields sit outside repeats.
        bindings.bound(officer, formId, """
                {"target": "dtm-assessment",
                 "mapping": {"round": {"value": "%s"}, "pcode": "${baladiya}", "assessedOn": "${today}",
                             "figures": {"idps.hh": "${idp_hh}", "idps.ind": "${idp_ind}",
                                         "returnees.ind": "${ret_ind}", "migrants.ind": "${mig_ind}"},
                             "keyInformants": [{"role": "${ki_role}", "sex": "${ki_sex}",
                                                "organisationType": {"value": "municipality"}}]}}
                """.formatted(dtm.collectingRound(DtmTestSupport.nextNumber())));
        String round = collect.json(bindings.get(officer, "/api/v1/collect/forms/{f}/binding", formId))
                .at("/mapping/round/value")
                .asString();

        String instanceId = BindingTestSupport.newInstanceId();
        String instance = """
                <?xml version='1.0' ?><%1$s id="%2$s" version="2026120401"><today>2026-01-22</today>
                <location><mantika>LY0214</mantika><baladiya>LY021401</baladiya></location>
                <informant><ki_role>mukhtar</ki_role><ki_sex>female</ki_sex><consent>yes</consent></informant>
                <idps><idp_present>yes</idp_present><idp_hh>40</idp_hh><idp_ind>180</idp_ind></idps>
                <returnees><ret_present>yes</ret_present><ret_ind>60</ret_ind></returnees>
                <migrants><mig_ind>25</mig_ind><mig_nationalities>NER TCD</mig_nationalities></migrants>
                <meta><instanceID>%3$s</instanceID></meta></%1$s>
                """.formatted(root.group(1), formId, instanceId);
        assertThat(bindings.send(phone, instance)).hasStatus(HttpStatus.CREATED);
        Mapping mapped = bindings.mapping(formId, instanceId);
        assertThat(mapped.state()).as(String.valueOf(mapped.reason())).isEqualTo("mapped");
        assertThat(mapped.ref()).isEqualTo(round + "/LY021401");

        JsonNode assessment =
                dtm.json(dtm.get("/api/v1/dtm/rounds/" + round + "/assessments/LY021401", DtmTestSupport.OFFICER));
        assertThat(assessment.at("/figures/idps.ind").asLong()).isEqualTo(180);
        assertThat(assessment.at("/figures/idps.hh").asLong()).isEqualTo(40);
        assertThat(assessment.at("/figures/returnees.ind").asLong()).isEqualTo(60);
        assertThat(assessment.at("/figures/migrants.ind").asLong()).isEqualTo(25);
        assertThat(assessment.get("assessedOn").asString()).isEqualTo("2026-01-22");
        assertThat(assessment.at("/keyInformants/0/role").asString()).isEqualTo("mukhtar");
        assertThat(assessment.at("/keyInformants/0/sex").asString()).isEqualTo("f");
    }

    private User caseworker() {
        User caseworker = collect.user("CASEWORKER");
        jdbc.sql("INSERT INTO access_user_baladiya_scope (user_id, pcode) VALUES (:id, :pcode)")
                .param("id", caseworker.id())
                .param("pcode", TRIPOLI)
                .update();
        return caseworker;
    }

    private JsonNode register(User by, String personJson) {
        MvcTestResult result = mvc.post()
                .uri("/api/v1/people")
                .cookie(by.session())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(personJson)
                .exchange();
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return collect.json(result);
    }

    private long count(String sql, Object... parameters) {
        var statement = jdbc.sql(sql);
        for (Object parameter : parameters) {
            statement = statement.param(parameter);
        }
        return statement.query(Long.class).single();
    }

    static UUID uuid(String text) {
        return UUID.fromString(text);
    }
}
