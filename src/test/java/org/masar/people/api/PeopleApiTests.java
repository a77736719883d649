package org.masar.people.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.UniqueLetters;
import org.masar.people.PeopleTestSupport;
import org.masar.people.PeopleTestSupport.User;
import org.masar.shared.MissionTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Registration, reading, search and refusals of people through the API. */
@MasarIntegrationTest
class PeopleApiTests {

    /** Tripoli and Wazin, two baladiya of the gazetteer. */
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

    @Autowired
    Clock clock;

    PeopleTestSupport people;

    @BeforeEach
    void setUp() {
        people = new PeopleTestSupport(jdbc, encoder, mvc, json);
    }

    @Test
    void aPersonRegisteredInArabicIsReadBackAsTypedWithANineDigitNumber() {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        JsonNode registered = people.register(caseworker, """
                {"givenName": {"ar": "أحمد"}, "fatherName": {"ar": "علي"}, "familyName": {"ar": "الورفلي"},
                 "sex": "M", "estimatedAge": 30, "ageEstimatedOn": "2020-01-01", "nationality": "LBY",
                 "phones": ["091 234 5678"], "baladiya": "%s", "populationGroup": "idp",
                 "documents": [{"type": "national_id", "number": "1199 2233", "issuingCountry": "LBY"}]}
                """.formatted(TRIPOLI));
        assertThat(registered.get("registrationNumber").asString()).matches("[0-9]{9}");
        String id = registered.get("id").asString();

        MvcTestResult read = people.get(caseworker, "/api/v1/people/{id}", id);
        assertThat(read).hasStatus(HttpStatus.OK);
        JsonNode person = people.json(read);
        assertThat(person.at("/givenName/ar").asString()).isEqualTo("أحمد");
        assertThat(person.at("/familyName/ar").asString()).isEqualTo("الورفلي");
        assertThat(person.get("phones").get(0).asString()).isEqualTo("091 234 5678");
        assertThat(person.get("populationGroup").asString()).isEqualTo("idp");
        // Estimated in 2020 at 30: the age keeps ageing.
        assertThat(person.get("age").asInt()).isGreaterThanOrEqualTo(36);

        MvcTestResult byPhone = people.get(caseworker, "/api/v1/people?q={q}", "+218912345678");
        assertThat(people.json(byPhone).get("items").findValuesAsString("id")).contains(id);
        MvcTestResult byNumber = people.get(
                caseworker,
                "/api/v1/people?q={q}",
                registered.get("registrationNumber").asString());
        assertThat(people.json(byNumber).get("items").findValuesAsString("id")).containsExactly(id);
    }

    @Test
    void aRefugeesCardIsFoundWithoutItsOfficeAndACertificatesNumberIsTakenAsPrinted() {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        String serial = Integer.toString(10_000 + (int) (Math.random() * 89_999));
        // a Chadian birth certificate prints its number after a numero sign
        String id = people.register(caseworker, """
                        {"givenName": {"lat": "Mariam"}, "familyName": {"lat": "Abakar"}, "sex": "F",
                         "documents": [
                           {"type": "asylum_or_refugee_card", "number": "199-24C%s", "issuingCountry": "LBY"},
                           {"type": "birth_certificate", "number": "N° 1184/2013", "issuingCountry": "TCD"}],
                         "baladiya": "%s"}
                        """.formatted(serial, TRIPOLI))
                .get("id")
                .asString();
        for (String q : List.of("24C" + serial, "24C " + serial, "199 24 C " + serial)) {
            MvcTestResult found = people.get(caseworker, "/api/v1/people?q={q}", q);
            assertThat(people.json(found).get("items").findValuesAsString("id"))
                    .as(q)
                    .containsExactly(id);
        }
    }

    @Test
    void aKunyaInBracketsIsKeptBesideTheNameAndNamesInTheOtherScriptsFieldArePlacedInTheirOwn() {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        String family = "Tarhouni" + UniqueLetters.of(5);
        String phone = "091 " + (1_000_000 + (int) (Math.random() * 8_999_999));
        // a clerk wrote the mother's kunya beside her name: kept as typed, and not read as a name
        String id = people.register(caseworker, """
                        {"givenName": {"ar": "نعيمة (أم أحمد)"}, "fatherName": {"ar": "عبدالله"},
                         "familyName": {"lat": "%s"}, "sex": "F", "dateOfBirth": "1975-02-02", "nationality": "LBY",
                         "phones": ["%s"], "baladiya": "%s"}
                        """.formatted(family, phone, TRIPOLI))
                .get("id")
                .asString();
        JsonNode read = people.json(people.get(caseworker, "/api/v1/people/{id}", id));
        assertThat(read.at("/givenName/ar").asString()).isEqualTo("نعيمة (أم أحمد)");
        JsonNode candidate = people.json(
                        people.post(caseworker, "/api/v1/people/duplicate-candidates", """
                        {"givenName": {"lat": "Naima"}, "fatherName": {"lat": "Abdallah"}, "familyName": {"lat": "%s"},
                         "sex": "F", "dateOfBirth": "1975-02-02", "nationality": "LBY", "phones": ["%s"]}
                        """.formatted(family, phone)))
                .get("candidates")
                .get(0);
        assertThat(candidate.get("personId").asString()).isEqualTo(id);
        assertThat(candidate.get("likely").asBoolean()).isTrue();
        assertThat(candidate.get("reasons").findValuesAsString("code")).doesNotContain("name-words-differ");

        // a partner's sheet with its Arabic and Latin columns swapped: each name goes to the field of its script
        String swapped = people.register(caseworker, """
                        {"givenName": {"ar": "Djibrine", "lat": "جبريل"}, "fatherName": {"lat": "أبكر"},
                         "familyName": {"ar": "%s"}, "sex": "M", "baladiya": "%s"}
                        """.formatted(family, TRIPOLI))
                .get("id")
                .asString();
        JsonNode placed = people.json(people.get(caseworker, "/api/v1/people/{id}", swapped));
        assertThat(placed.at("/givenName/ar").asString()).isEqualTo("جبريل");
        assertThat(placed.at("/givenName/lat").asString()).isEqualTo("Djibrine");
        assertThat(placed.at("/fatherName/ar").asString()).isEqualTo("أبكر");
        assertThat(placed.at("/familyName/lat").asString()).isEqualTo(family);
    }

    @Test
    void theApiDocumentSaysHowANamePartIsRead() {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        JsonNode api = people.json(people.get(caseworker, "/api/v1/openapi.json"));
        assertThat(api.at("/components/schemas/NamePartJson/description").asString())
                .contains("placed in its own", "aside in brackets");
    }

    @Test
    void aDocumentIsFoundByItsNumberWithThePrefixLostOrTheZeroTypedAsALetter() {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        String digits = Integer.toString(1_000_000 + (int) (Math.random() * 8_999_999));
        String id = people.register(caseworker, """
                        {"givenName": {"lat": "Salem"}, "familyName": {"lat": "Warfalli"}, "sex": "M",
                         "documents": [{"type": "passport", "number": "P0%s", "issuingCountry": "LBY"}],
                         "baladiya": "%s"}
                        """.formatted(digits, TRIPOLI))
                .get("id")
                .asString();
        for (String q : List.of(digits, "PO" + digits, "P 0" + digits)) {
            MvcTestResult found = people.get(caseworker, "/api/v1/people?q={q}", q);
            assertThat(people.json(found).get("items").findValuesAsString("id"))
                    .as(q)
                    .containsExactly(id);
        }
    }

    @Test
    void aPhoneWrittenWithTheNationalZeroAfterTheCountryCodeIsFoundByItsUsualForms() {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        String id =
                people.register(caseworker, """
                        {"givenName": {"lat": "Salem"}, "familyName": {"lat": "Warfalli"}, "sex": "M",
                         "phones": ["+218 (0)91 765 4321"], "baladiya": "%s"}
                        """.formatted(TRIPOLI)).get("id").asString();
        for (String q : List.of("0917654321", "+218 91 765 4321", "00218917654321")) {
            MvcTestResult found = people.get(caseworker, "/api/v1/people?q={q}", q);
            assertThat(people.json(found).get("items").findValuesAsString("id"))
                    .as(q)
                    .contains(id);
        }
    }

    @Test
    void anEgyptiansNumberInNationalFormatIsFoundByItsInternationalFormsAndMatchesThem() {
        String subscriber = Integer.toString(10_000_000 + (int) (Math.random() * 89_999_999));
        String family = "Abdelsalam" + UniqueLetters.of(5);
        foundByEachFormAndMatchedByAnother(
                """
                {"givenName": {"lat": "Mahmoud"}, "fatherName": {"lat": "Fathi"}, "familyName": {"lat": "%s"},
                 "sex": "M", "estimatedAge": 30, "ageEstimatedOn": "2025-01-01", "nationality": "EGY",
                 "phones": ["010 %s"], "baladiya": "%s"}
                """.formatted(family, subscriber, TRIPOLI),
                List.of("+20 10 " + subscriber, "0020 10" + subscriber, "010" + subscriber),
                """
                {"givenName": {"ar": "محمود"}, "fatherName": {"lat": "Fathy"}, "familyName": {"lat": "%s"},
                 "sex": "M", "estimatedAge": 31, "ageEstimatedOn": "2026-01-01", "nationality": "EGY",
                 "phones": ["+20 10 %s"]}
                """.formatted(family, subscriber));
    }

    @Test
    void aSudanesesNumberThatLibyasPlanHoldsTooIsFoundAndMatchedByItsSudaneseForms() {
        String subscriber = Integer.toString(1_000_000 + (int) (Math.random() * 8_999_999));
        String family = "Elnour" + UniqueLetters.of(5);
        foundByEachFormAndMatchedByAnother(
                """
                {"givenName": {"lat": "Mohamedein"}, "fatherName": {"lat": "Osman"}, "familyName": {"lat": "%s"},
                 "sex": "M", "estimatedAge": 45, "ageEstimatedOn": "2025-01-01", "nationality": "SDN",
                 "phones": ["091 %s"], "baladiya": "%s"}
                """.formatted(family, subscriber, TRIPOLI),
                List.of("+249 91 " + subscriber, "00249 91" + subscriber, "091" + subscriber),
                """
                {"givenName": {"ar": "محمدين"}, "fatherName": {"ar": "عثمان"}, "familyName": {"lat": "%s"},
                 "sex": "M", "estimatedAge": 46, "ageEstimatedOn": "2026-01-01", "nationality": "SDN",
                 "phones": ["+249 91 %s"]}
                """.formatted(family, subscriber));
    }

    /**
     * Registers a person with a phone, finds them by each written form of it, and checks that a duplicate check of
     * the same person with another form names them first, for the same phone.
     */
    private void foundByEachFormAndMatchedByAnother(String registration, List<String> forms, String check) {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        String id = people.register(caseworker, registration).get("id").asString();
        for (String q : forms) {
            MvcTestResult found = people.get(caseworker, "/api/v1/people?q={q}", q);
            assertThat(people.json(found).get("items").findValuesAsString("id"))
                    .as(q)
                    .contains(id);
        }
        JsonNode candidate = people.json(people.post(caseworker, "/api/v1/people/duplicate-candidates", check))
                .get("candidates")
                .get(0);
        assertThat(candidate.get("personId").asString()).isEqualTo(id);
        assertThat(candidate.get("reasons").findValuesAsString("code")).contains("same-phone");
    }

    @Test
    void anAgeGivenWithoutTheDayItWasEstimatedIsTakenAsEstimatedOnTheDayOfTheRequest() {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        String family = "Sangare" + UniqueLetters.of(5);
        String person = """
                {"givenName": {"lat": "Kadidiatou"}, "familyName": {"lat": "%s"}, "sex": "F", "estimatedAge": 30,
                 "nationality": "MLI", "phones": ["092 %d"], "baladiya": "%s"}
                """.formatted(family, 1_000_000 + (int) (Math.random() * 8_999_999), TRIPOLI);
        JsonNode candidates = people.json(people.post(caseworker, "/api/v1/people/duplicate-candidates", person));
        assertThat(candidates.get("candidates").isArray()).isTrue();

        String id = people.register(caseworker, person).get("id").asString();
        JsonNode read = people.json(people.get(caseworker, "/api/v1/people/{id}", id));
        assertThat(read.get("ageEstimatedOn").asString())
                .isEqualTo(MissionTime.today(clock).toString());
        assertThat(read.get("age").asInt()).isEqualTo(30);

        JsonNode batch = people.json(people.post(caseworker, "/api/v1/people/batch", """
                {"people": [%s]}
                """.formatted(person)));
        assertThat(batch.get("registered").asInt()).isEqualTo(1);
        assertThat(batch.at("/results/0/duplicateCandidates/0/personId").asString())
                .isEqualTo(id);
    }

    @Test
    void codedValuesAreReadWhateverTheirCase() {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        String id = people.register(caseworker, """
                        {"givenName": {"lat": "Aminata"}, "familyName": {"lat": "Traore%s"}, "sex": "f",
                         "nationality": "mli", "populationGroup": "Migrant", "baladiya": "%s"}
                        """.formatted(UniqueLetters.of(5), TRIPOLI))
                .get("id")
                .asString();
        JsonNode read = people.json(people.get(caseworker, "/api/v1/people/{id}", id));
        assertThat(read.get("sex").asString()).isEqualTo("F");
        assertThat(read.get("nationality").asString()).isEqualTo("MLI");
        assertThat(read.get("populationGroup").asString()).isEqualTo("migrant");
    }

    @Test
    void phonesStoredWithTheNationalZeroBeforeV54AreNormalisedByIt() throws Exception {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        String id =
                people.register(caseworker, """
                        {"givenName": {"lat": "Salem"}, "familyName": {"lat": "Ghariani"}, "sex": "M",
                         "phones": ["+218 (0)92 765 4321"], "baladiya": "%s"}
                        """.formatted(TRIPOLI)).get("id").asString();
        // as PhoneNumbers stored it before it left the zero out
        jdbc.sql("UPDATE people_phone SET normalised = '2180927654321' WHERE person_id = :id::uuid")
                .param("id", id)
                .update();
        String migration;
        try (var in = getClass().getResourceAsStream("/db/migration/V54__people_phone_trunk_zero.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        jdbc.sql(migration).update();

        assertThat(jdbc.sql("SELECT normalised FROM people_phone WHERE person_id = :id::uuid")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("218927654321");
        MvcTestResult found = people.get(caseworker, "/api/v1/people?q={q}", "0927654321");
        assertThat(people.json(found).get("items").findValuesAsString("id")).contains(id);
    }

    @Test
    void badInputNamesEveryFieldAndWritesNothing() {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        long before =
                jdbc.sql("SELECT count(*) FROM people_person").query(Long.class).single();
        MvcTestResult refused = people.post(caseworker, "/api/v1/people", """
                {"givenName": {"ar": "Ahmed أحمد"}, "sex": "X", "nationality": "LIBYA", "baladiya": "LY999999",
                 "dateOfBirth": "2990-01-01", "documents": [{"type": "visa", "number": "1"}]}
                """);
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(people.json(refused).get("type").asString()).isEqualTo("/problems/validation");
        assertThat(people.json(refused).get("errors").findValuesAsString("field"))
                .contains("sex", "documents[0].type");
        assertThat(jdbc.sql("SELECT count(*) FROM people_person")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);

        MvcTestResult checked = people.post(caseworker, "/api/v1/people", """
                {"givenName": {"ar": "Ahmed أحمد"}, "sex": "M", "nationality": "LIBYA", "baladiya": "LY999999",
                 "dateOfBirth": "2990-01-01"}
                """);
        assertThat(checked).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(people.json(checked).get("errors").findValuesAsString("field"))
                .contains("givenName.ar", "nationality", "baladiya", "dateOfBirth");

        // a bracket left open is Arabic still: the error says what is wrong with it, not the script; so does an aside
        // with no name before it
        MvcTestResult bracketed = people.post(caseworker, "/api/v1/people", """
                {"givenName": {"ar": "نعيمة (أم أحمد"}, "fatherName": {"lat": "(Abdou)"},
                 "familyName": {"lat": "Kikli2"}, "sex": "F"}
                """);
        assertThat(bracketed).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(people.json(bracketed).get("errors"))
                .extracting(error ->
                        error.get("field").asString() + " " + error.get("code").asString())
                .containsExactlyInAnyOrder(
                        "givenName.ar people.validation.name-signs",
                        "fatherName.lat people.validation.name-signs",
                        "familyName.lat people.validation.name-signs");
    }

    @Test
    void aPersonOutsideTheCallersBaladiyaIsRefusedAndLeftOutOfLists() {
        User tripoli = people.user("CASEWORKER", TRIPOLI);
        User wazin = people.user("CASEWORKER", WAZIN);
        JsonNode registered = people.register(tripoli, """
                {"givenName": {"lat": "Kofi"}, "familyName": {"lat": "Mensah"}, "sex": "M", "baladiya": "%s"}
                """.formatted(TRIPOLI));
        String id = registered.get("id").asString();
        MvcTestResult refused = people.get(wazin, "/api/v1/people/{id}", id);
        assertThat(refused).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(people.json(refused).get("type").asString()).isEqualTo("/problems/people.out-of-scope");
        MvcTestResult list = people.get(wazin, "/api/v1/people?q={q}", "Kofi Mensah");
        assertThat(people.json(list).get("items").findValuesAsString("id")).doesNotContain(id);
        MvcTestResult own = people.get(tripoli, "/api/v1/people?q={q}", "Kofi Mensah");
        assertThat(people.json(own).get("items").findValuesAsString("id")).contains(id);
    }

    @Test
    void aDocumentIsFoundByItsNumberWithThePrefixLostOrAnOTypedForAZero() {
        User tripoli = people.user("CASEWORKER", TRIPOLI);
        User wazin = people.user("CASEWORKER", WAZIN);
        // seven digits with a zero in the middle, for the letter O to be typed for
        String digits = (100 + (int) (Math.random() * 900)) + "0" + (100 + (int) (Math.random() * 900));
        String id = people.register(tripoli, """
                        {"givenName": {"lat": "Adam"}, "familyName": {"lat": "Abakar"}, "sex": "M", "baladiya": "%s",
                         "documents": [{"type": "passport", "number": "P0%s", "issuingCountry": "TCD"}]}
                        """.formatted(TRIPOLI, digits))
                .get("id")
                .asString();
        String withO = digits.substring(0, 3) + "O" + digits.substring(4);
        for (String q : List.of("P0" + digits, "p-0 " + digits, "0" + digits, digits, "PO" + digits, "P0" + withO)) {
            MvcTestResult found = people.get(tripoli, "/api/v1/people?q={q}", q);
            assertThat(people.json(found).get("items").findValuesAsString("id"))
                    .as(q)
                    .contains(id);
            MvcTestResult outside = people.get(wazin, "/api/v1/people?q={q}", q);
            assertThat(people.json(outside).get("items").findValuesAsString("id"))
                    .as(q + " from another baladiya")
                    .doesNotContain(id);
        }
    }

    @Test
    void aBatchRegistersTheGoodAndNamesTheBad() {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        MvcTestResult result = people.post(caseworker, "/api/v1/people/batch", """
                [{"givenName": {"lat": "Amina"}, "sex": "F", "baladiya": "%s"},
                 {"givenName": {"lat": "Musa"}, "sex": "Q"},
                 {"sex": "M"}]
                """.formatted(TRIPOLI));
        assertThat(result).hasStatus(HttpStatus.OK);
        JsonNode body = people.json(result);
        assertThat(body.get("registered").asInt()).isEqualTo(1);
        assertThat(body.at("/results/0/status").asInt()).isEqualTo(201);
        assertThat(body.at("/results/1/status").asInt()).isEqualTo(400);
        assertThat(body.at("/results/1/problem/errors/0/field").asString()).isEqualTo("sex");
        assertThat(body.at("/results/2/problem/errors/0/field").asString()).isEqualTo("givenName");
    }

    @Test
    void theSamePersonRegisteredAgainComesBackAsALikelyDuplicateAndIsRecordedForReview() {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        String person = """
                {"givenName": {"ar": "عبد الرحمن"}, "fatherName": {"ar": "إبراهيم"}, "grandfatherName": {"ar": "موسى"},
                 "familyName": {"ar": "التاجوري"}, "sex": "M", "dateOfBirth": "1991-04-12", "nationality": "LBY",
                 "baladiya": "%s"}
                """.formatted(TRIPOLI);
        // Ids are random, so several pairs exercise both orders of the two ids in the stored pair.
        for (int round = 0; round < 4; round++) {
            String first = people.register(caseworker, person).get("id").asString();
            long pairsBefore = jdbc.sql("SELECT count(*) FROM people_duplicate_pair")
                    .query(Long.class)
                    .single();
            MvcTestResult checked = people.post(caseworker, "/api/v1/people/duplicate-candidates", person);
            assertThat(checked).hasStatus(HttpStatus.OK);
            assertThat(people.json(checked).get("candidates").findValuesAsString("personId"))
                    .contains(first);
            assertThat(jdbc.sql("SELECT count(*) FROM people_duplicate_pair")
                            .query(Long.class)
                            .single())
                    .as("checking saves nothing")
                    .isEqualTo(pairsBefore);

            JsonNode second = people.register(caseworker, person);
            JsonNode candidate = second.get("duplicateCandidates").get(0);
            assertThat(candidate.get("personId").asString()).isEqualTo(first);
            assertThat(candidate.get("likely").asBoolean()).isTrue();
            assertThat(candidate.get("score").asDouble()).isBetween(0.0, 1.0);
            assertThat(candidate.get("reasons")).isNotEmpty();
            assertThat(jdbc.sql("""
                            SELECT count(*) FROM people_duplicate_pair
                             WHERE status = 'open' AND :a IN (person_a, person_b) AND :b IN (person_a, person_b)
                            """)
                            .param("a", java.util.UUID.fromString(first))
                            .param(
                                    "b",
                                    java.util.UUID.fromString(second.get("id").asString()))
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            jdbc.sql("UPDATE people_person SET deleted_at = now(), deleted_by = 'test' WHERE id IN (:a, :b)")
                    .param("a", java.util.UUID.fromString(first))
                    .param("b", java.util.UUID.fromString(second.get("id").asString()))
                    .update();
        }
    }

    @Test
    void aCorrectionKeepsHistoryAStaleOneIsAConflictAndADeletionIsSoft() {
        User manager = people.user("PROGRAMME_MANAGER");
        String id = people.register(manager, """
                        {"givenName": {"lat": "Fatima"}, "familyName": {"lat": "Bashir"}, "sex": "F",
                         "nationality": "SDN", "baladiya": "%s"}
                        """.formatted(TRIPOLI)).get("id").asString();
        String corrected = """
                {"givenName": {"lat": "Fatima"}, "familyName": {"lat": "Bashir"}, "sex": "F", "nationality": "TCD",
                 "baladiya": "%s"}
                """.formatted(TRIPOLI);
        MvcTestResult put = mvc.put()
                .uri("/api/v1/people/{id}?version=0", id)
                .cookie(manager.session())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(corrected)
                .exchange();
        assertThat(put).hasStatus(HttpStatus.OK);
        assertThat(people.json(put).get("nationality").asString()).isEqualTo("TCD");
        assertThat(people.json(put).get("version").asInt()).isEqualTo(1);

        MvcTestResult stale = mvc.put()
                .uri("/api/v1/people/{id}?version=0", id)
                .cookie(manager.session())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(corrected)
                .exchange();
        assertThat(stale).hasStatus(HttpStatus.CONFLICT);

        JsonNode history = people.json(people.get(manager, "/api/v1/people/{id}/history", id));
        assertThat(history.findValuesAsString("change")).containsExactly("registered", "updated");
        assertThat(history.get(1).get("fields").get(0).asString()).isEqualTo("nationality");

        MvcTestResult deleted = people.post(manager, "/api/v1/people/" + id + "/deletion", """
                {"version": 1, "reason": "Registered twice by mistake"}
                """);
        assertThat(deleted).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(people.get(manager, "/api/v1/people/{id}", id)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("SELECT deletion_reason FROM people_person WHERE id = CAST(:id AS uuid)")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Registered twice by mistake");
    }
}
