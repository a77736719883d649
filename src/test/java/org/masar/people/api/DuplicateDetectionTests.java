package org.masar.people.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

/**
 * Duplicate detection through the API, on the real engine and the database's blocking keys: the same person across
 * scripts and spellings is a likely candidate; relatives who share names, a phone or a birthday are not.
 *
 * <p>Each test starts from a table where everybody else is deleted (deleted persons are no one's candidates), so
 * that tests do not see each other's people.
 */
@MasarIntegrationTest
class DuplicateDetectionTests {

    static final String TRIPOLI = "LY021104";

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
        // Earlier tests' people are no one's candidates here.
        jdbc.sql("UPDATE people_person SET deleted_at = now(), deleted_by = 'test' WHERE deleted_at IS NULL")
                .update();
    }

    @Test
    void anArabicOnlyRecordIsFoundFromItsLatinSpellingAndBack() {
        String arabic = register("""
                {"givenName": {"ar": "محمد"}, "fatherName": {"ar": "عبد الرحمن"}, "grandfatherName": {"ar": "إبراهيم"},
                 "familyName": {"ar": "الزوي"}, "sex": "M", "dateOfBirth": "1988-03-14", "nationality": "LBY"}
                """);
        JsonNode fromLatin = candidates("""
                {"givenName": {"lat": "Mohammed"}, "fatherName": {"lat": "Abdelrahman"},
                 "grandfatherName": {"lat": "Ibrahim"}, "familyName": {"lat": "Al-Zawi"}, "sex": "M",
                 "dateOfBirth": "1988-03-14", "nationality": "LBY"}
                """);
        assertThat(likelyIds(fromLatin)).contains(arabic);

        String latin = register("""
                {"givenName": {"lat": "Osman"}, "fatherName": {"lat": "Abdallah"}, "familyName": {"lat": "Idris"},
                 "sex": "M", "estimatedAge": 30, "ageEstimatedOn": "2024-06-01", "nationality": "SDN"}
                """);
        JsonNode fromArabic = candidates("""
                {"givenName": {"ar": "عثمان"}, "fatherName": {"ar": "عبدالله"}, "familyName": {"ar": "إدريس"},
                 "sex": "M", "dateOfBirth": "1994-02-01", "nationality": "SDN"}
                """);
        assertThat(likelyIds(fromArabic)).contains(latin);
        JsonNode candidate = fromArabic.get("candidates").get(0);
        assertThat(candidate.get("reasons").findValuesAsString("text"))
                .allSatisfy(text -> assertThat(text).isNotBlank().doesNotStartWith("people.match"));
        assertThat(candidate.at("/person/givenName/lat").asString()).isEqualTo("Osman");
    }

    @Test
    void siblingsTwinsAFatherAndHisSonAndAFamilySharingAPhoneAreNotLikely() {
        String brother = register("""
                {"givenName": {"ar": "أحمد"}, "fatherName": {"ar": "سالم"}, "grandfatherName": {"ar": "مفتاح"},
                 "familyName": {"ar": "الفيتوري"}, "sex": "M", "dateOfBirth": "1990-05-02", "nationality": "LBY",
                 "phones": ["0925551234"]}
                """);
        // His brother: same father, grandfather, family name and phone; another given name, born two years later.
        assertThat(likelyIds(candidates("""
                {"givenName": {"ar": "خالد"}, "fatherName": {"ar": "سالم"}, "grandfatherName": {"ar": "مفتاح"},
                 "familyName": {"ar": "الفيتوري"}, "sex": "M", "dateOfBirth": "1992-11-20", "nationality": "LBY",
                 "phones": ["+218 92 555 1234"]}
                """))).doesNotContain(brother);
        // His twin: the same birthday too.
        assertThat(likelyIds(candidates("""
                {"givenName": {"ar": "محمود"}, "fatherName": {"ar": "سالم"}, "grandfatherName": {"ar": "مفتاح"},
                 "familyName": {"ar": "الفيتوري"}, "sex": "M", "dateOfBirth": "1990-05-02", "nationality": "LBY"}
                """))).doesNotContain(brother);
        // His father: the names shifted by one generation, born 28 years earlier, same phone.
        assertThat(likelyIds(candidates("""
                {"givenName": {"ar": "سالم"}, "fatherName": {"ar": "مفتاح"}, "grandfatherName": {"ar": "علي"},
                 "familyName": {"ar": "الفيتوري"}, "sex": "M", "dateOfBirth": "1962-01-01", "nationality": "LBY",
                 "phones": ["00218925551234"]}
                """))).doesNotContain(brother);
        // His sister, same phone.
        assertThat(likelyIds(candidates("""
                {"givenName": {"ar": "فاطمة"}, "fatherName": {"ar": "سالم"}, "grandfatherName": {"ar": "مفتاح"},
                 "familyName": {"ar": "الفيتوري"}, "sex": "F", "dateOfBirth": "1995-07-09", "nationality": "LBY",
                 "phones": ["092-555-1234"]}
                """))).doesNotContain(brother);
        // Himself, written with other hamza and spacing, phone in another format: found.
        assertThat(likelyIds(candidates("""
                {"givenName": {"ar": "احمد"}, "fatherName": {"ar": "سالم"}, "grandfatherName": {"ar": "مفتاح"},
                 "familyName": {"ar": "الفيتورى"}, "sex": "M", "dateOfBirth": "1990-05-02", "nationality": "LBY",
                 "phones": ["٠٩٢٥٥٥١٢٣٤"]}
                """))).contains(brother);
    }

    @Test
    void aCompoundSpacedInOneRecordAndJoinedInTheOtherIsFoundEitherWay() {
        // the two share no name word as typed: the spaced record's keys hold the compound joined too
        assertFoundFromTheOther("""
                {"givenName": {"ar": "الفاضل"}, "fatherName": {"ar": "عوض الكريم"}, "sex": "M",
                 "dateOfBirth": "1970-07-07", "nationality": "SDN"}
                """, """
                {"givenName": {"lat": "Elfadil"}, "fatherName": {"lat": "Awadelkarim"}, "sex": "M",
                 "dateOfBirth": "1970-07-07", "nationality": "SDN"}
                """);
        assertFoundFromTheOther("""
                {"givenName": {"lat": "Mohamedsalah"}, "fatherName": {"lat": "Hamed"}, "familyName": {"lat": "Elsayed"},
                 "sex": "M", "dateOfBirth": "1981-01-21", "nationality": "EGY"}
                """, """
                {"givenName": {"lat": "Mohamed Salah"}, "fatherName": {"lat": "Hamed"}, "familyName": {"lat": "El-Sayed"},
                 "sex": "M", "dateOfBirth": "1981-01-21", "nationality": "EGY"}
                """);
    }

    @Test
    void aTitleOrTheMdPrefixOnOneSideDoesNotHideThePerson() {
        assertFoundFromTheOther("""
                {"givenName": {"lat": "Md. Rafiqul"}, "familyName": {"lat": "Islam"}, "sex": "M",
                 "dateOfBirth": "1987-07-07", "nationality": "BGD"}
                """, """
                {"givenName": {"lat": "Rafiqul"}, "familyName": {"lat": "Islam"}, "sex": "M",
                 "dateOfBirth": "1987-07-07", "nationality": "BGD"}
                """);
        assertFoundFromTheOther("""
                {"givenName": {"lat": "Hadja Fatoumata"}, "familyName": {"lat": "Bah"}, "sex": "F",
                 "dateOfBirth": "1960-03-03", "nationality": "GIN"}
                """, """
                {"givenName": {"ar": "فاطوماتا"}, "familyName": {"ar": "با"}, "sex": "F",
                 "dateOfBirth": "1960-03-03", "nationality": "GIN"}
                """);
    }

    @Test
    void aSexEnteredWrongDoesNotHideThePersonButTheOtherSexBornAnotherDayIsNoMatch() {
        // a clerk who does not know whether Ousseini is a man's or a woman's name: names and day of birth agree
        String registered = register("""
                {"givenName": {"lat": "Ousseini"}, "fatherName": {"lat": "Hama"}, "familyName": {"lat": "Issoufou"},
                 "sex": "F", "dateOfBirth": "1992-05-11", "nationality": "NER"}
                """);
        assertThat(likelyIds(candidates("""
                {"givenName": {"lat": "OUSSEINI"}, "fatherName": {"ar": "هاما"}, "familyName": {"lat": "Issoufou"},
                 "sex": "M", "dateOfBirth": "1992-05-11", "nationality": "NER"}
                """))).contains(registered);
        assertThat(likelyIds(candidates("""
                {"givenName": {"lat": "Ousseini"}, "fatherName": {"lat": "Hama"}, "familyName": {"lat": "Issoufou"},
                 "sex": "M", "dateOfBirth": "1992-07-20", "nationality": "NER"}
                """))).doesNotContain(registered);
    }

    @Test
    void aNameTypedAsUnknownIsNoWordTwoStrangersShareNorOneThatDiffers() {
        // rescued at sea, father's and family names not known: the clerk typed Unknown, another مجهول
        String stranger = register("""
                {"givenName": {"lat": "Ibrahim"}, "fatherName": {"lat": "Unknown"}, "familyName": {"lat": "UNKNOWN"},
                 "sex": "M", "estimatedAge": 25, "ageEstimatedOn": "2025-01-10", "nationality": "NGA"}
                """);
        assertThat(likelyIds(candidates("""
                {"givenName": {"lat": "Ibrahim"}, "fatherName": {"lat": "unknown"}, "familyName": {"lat": "Unknown"},
                 "sex": "M", "estimatedAge": 26, "ageEstimatedOn": "2025-03-01", "nationality": "NGA"}
                """))).doesNotContain(stranger);
        // a father's name not known then, given later: the same woman
        assertFoundFromTheOther("""
                {"givenName": {"ar": "أمينة"}, "fatherName": {"ar": "غير معروف"}, "familyName": {"ar": "ديالو"},
                 "sex": "F", "dateOfBirth": "1995-05-05", "nationality": "GIN"}
                """, """
                {"givenName": {"lat": "Amina"}, "fatherName": {"lat": "Mamadou"}, "familyName": {"lat": "Diallo"},
                 "sex": "F", "dateOfBirth": "1995-05-05", "nationality": "GIN"}
                """);
    }

    /** Registers the one person, then asks for the duplicate candidates of the other: the first is among the likely. */
    private void assertFoundFromTheOther(String registered, String asked) {
        String id = register(registered);
        assertThat(likelyIds(candidates(asked))).contains(id);
    }

    @Test
    void differentPeopleWithAVeryCommonNameAreNotLikely() {
        String one = register("""
                {"givenName": {"lat": "Mohamed"}, "familyName": {"lat": "Ali"}, "sex": "M", "dateOfBirth": "1979-09-30",
                 "nationality": "EGY"}
                """);
        assertThat(likelyIds(candidates("""
                {"givenName": {"lat": "Mohamed"}, "familyName": {"lat": "Ali"}, "sex": "M", "dateOfBirth": "2001-02-17",
                 "nationality": "NGA"}
                """))).doesNotContain(one);
    }

    @Test
    void aDocumentNumberWithSpacesOrALostPrefixFindsThePerson() {
        String holder = register("""
                {"givenName": {"lat": "Aminata"}, "familyName": {"lat": "Traore"}, "sex": "F", "nationality": "MLI",
                 "estimatedAge": 24, "ageEstimatedOn": "2025-01-10",
                 "documents": [{"type": "passport", "number": "AA 0457 8812", "issuingCountry": "MLI"}]}
                """);
        assertThat(likelyIds(candidates("""
                {"givenName": {"lat": "Aminata"}, "familyName": {"lat": "Traoré"}, "sex": "F", "nationality": "MLI",
                 "documents": [{"type": "passport", "number": "04578812", "issuingCountry": "MLI"}]}
                """))).contains(holder);
    }

    @Test
    void namesShortenedWithASlashAreTakenAndFoundSpelledOut() {
        // Ethiopian and Eritrean documents write the first word of a compound as a letter and a slash, Sudanese ones
        // عبد: a clerk copies them as they are.
        String almaz = register("""
                {"givenName": {"lat": "Almaz"}, "fatherName": {"lat": "G/Mariam"}, "sex": "F",
                 "dateOfBirth": "1993-02-02", "nationality": "ETH"}
                """);
        String abdelrahim = register("""
                {"givenName": {"ar": "محمد"}, "fatherName": {"ar": "ع/الرحيم"}, "grandfatherName": {"ar": "آدم"},
                 "sex": "M", "dateOfBirth": "1985-01-20", "nationality": "SDN"}
                """);
        assertThat(likelyIds(candidates("""
                {"givenName": {"ar": "ألماز"}, "fatherName": {"ar": "قبرمريم"}, "sex": "F", "dateOfBirth": "1993-02-02",
                 "nationality": "ETH"}
                """))).containsExactly(almaz);
        assertThat(likelyIds(candidates("""
                {"givenName": {"lat": "Mohamed"}, "fatherName": {"lat": "A/Rahim"}, "grandfatherName": {"lat": "Adam"},
                 "sex": "M", "dateOfBirth": "1985-01-20", "nationality": "SDN"}
                """))).containsExactly(abdelrahim);
    }

    @Test
    void namesAndARoughAgeTellAPersonOnlyWhileNoOneElseRegisteredBearsTheNames() {
        // Met by outreach in Tripoli: the names in Arabic and an estimated age, nothing more.
        String outreach = register("""
                {"givenName": {"ar": "روبل"}, "familyName": {"ar": "موندال"}, "sex": "M", "estimatedAge": 29,
                 "ageEstimatedOn": "2025-01-01", "nationality": "BGD"}
                """);
        // Rescued at sea, no baladiya yet: the names in Latin and a date of birth within a year of that age.
        String rescued = """
                {"givenName": {"lat": "Rubel"}, "familyName": {"lat": "Mondal"}, "sex": "M", "dateOfBirth": "1995-09-12",
                 "nationality": "BGD"}
                """;
        JsonNode found = people.json(people.post(caseworker, "/api/v1/people/duplicate-candidates", rescued));
        assertThat(likelyIds(found)).containsExactly(outreach);
        assertThat(found.at("/candidates/0/reasons").findValuesAsString("code"))
                .contains("names-borne-by-no-other", "other-script");

        // A namesake of another age registered: the names now tell no one, though he is no candidate himself.
        String namesake = register("""
                {"givenName": {"lat": "Rubel"}, "familyName": {"lat": "Mondal"}, "sex": "M", "estimatedAge": 60,
                 "nationality": "BGD"}
                """);
        JsonNode again = people.json(people.post(caseworker, "/api/v1/people/duplicate-candidates", rescued));
        assertThat(again.get("candidates").findValuesAsString("personId"))
                .contains(outreach)
                .doesNotContain(namesake);
        assertThat(likelyIds(again)).isEmpty();
    }

    @Test
    void namesAndAnAgeInTwoBaladiyasTellAPersonOnlyWhileNoOneElseRegisteredBearsTheNames() {
        User kufraAndEjdabia = people.user("CASEWORKER", "LY010701", "LY010504");
        // Met by outreach in Kufra: three very common names in Latin and a guessed age.
        String kufra = people.register(kufraAndEjdabia, """
                        {"givenName": {"lat": "Hawa"}, "fatherName": {"lat": "Mahamat"}, "grandfatherName": {"lat": "Issa"},
                         "sex": "F", "estimatedAge": 33, "ageEstimatedOn": "2024-01-10", "nationality": "TCD",
                         "baladiya": "LY010701"}
                        """).get("id").asString();
        // Registered again in Ejdabia, in Arabic, with a date of birth: people move.
        String ejdabia = """
                {"givenName": {"ar": "حواء"}, "fatherName": {"ar": "محمد"}, "grandfatherName": {"ar": "عيسى"}, "sex": "F",
                 "dateOfBirth": "1991-01-01", "nationality": "TCD", "baladiya": "LY010504"}
                """;
        JsonNode found = people.json(people.post(kufraAndEjdabia, "/api/v1/people/duplicate-candidates", ejdabia));
        assertThat(likelyIds(found)).containsExactly(kufra);
        assertThat(found.at("/candidates/0/reasons").findValuesAsString("code"))
                .contains("names-borne-by-no-other", "different-baladiya");

        // A cousin of that age registered in Kufra, Hawa Mahamat Abakar: Hawa Mahamat now tells no one.
        people.register(kufraAndEjdabia, """
                {"givenName": {"lat": "Hawa"}, "fatherName": {"lat": "Mahamat"}, "grandfatherName": {"lat": "Abakar"},
                 "sex": "F", "estimatedAge": 33, "ageEstimatedOn": "2024-01-10", "nationality": "TCD",
                 "baladiya": "LY010701"}
                """);
        JsonNode again = people.json(people.post(kufraAndEjdabia, "/api/v1/people/duplicate-candidates", ejdabia));
        assertThat(again.get("candidates").findValuesAsString("personId")).contains(kufra);
        assertThat(likelyIds(again)).doesNotContain(kufra);
    }

    @Test
    void veryCommonNamesTellAPersonWhileFewOfTheRegisteredOfTheirNationalityBearThem() {
        User gharyanAndTripoli = people.user("CASEWORKER", "LY021606", TRIPOLI);
        // Cameroonian men held in Gharyan, none of them named Abubakar or Ahmed (nor Hamadou, Ahmed's Fula form).
        for (String name : List.of(
                "Issa|Oumarou",
                "Moussa|Bello",
                "Ousmane|Mana",
                "Daouda|Njoya",
                "Ibrahim|Nji",
                "Saidou|Hayatou",
                "Yaya|Garga",
                "Alioum|Souley",
                "Adamou|Ndam",
                "Oumarou|Sali")) {
            String[] words = name.split("\\|");
            people.register(gharyanAndTripoli, """
                    {"givenName": {"lat": "%s"}, "familyName": {"lat": "%s"}, "sex": "M", "estimatedAge": 30,
                     "ageEstimatedOn": "2024-01-09", "nationality": "CMR", "baladiya": "LY021606"}
                    """.formatted(words[0], words[1]));
        }
        // One more held there, in Arabic, with an age guessed through the door.
        String gharyan = people.register(gharyanAndTripoli, """
                        {"givenName": {"ar": "أبوبكر"}, "familyName": {"ar": "حمادو"}, "sex": "M", "estimatedAge": 29,
                         "ageEstimatedOn": "2024-01-09", "nationality": "CMR", "baladiya": "LY021606"}
                        """).get("id").asString();
        // Interviewed for return in Tripoli, with a passport: two very common names, but none of the eleven
        // Cameroonians registered bears either but him.
        String tripoli = """
                {"givenName": {"lat": "Aboubakar"}, "familyName": {"lat": "Hamadou"}, "sex": "M",
                 "dateOfBirth": "1994-10-15", "nationality": "CMR", "baladiya": "LY021104",
                 "documents": [{"type": "passport", "number": "AA0622419", "issuingCountry": "CMR"}]}
                """;
        JsonNode found = people.json(people.post(gharyanAndTripoli, "/api/v1/people/duplicate-candidates", tripoli));
        assertThat(likelyIds(found)).as(found.toString()).containsExactly(gharyan);
        assertThat(found.at("/candidates/0/reasons").findValuesAsString("code"))
                .contains("names-borne-by-no-other", "other-script", "different-baladiya");

        // Others of the two names registered (a brother Abubakar, cousins Hamadou, none of them of his age nor a
        // candidate): the names are no longer rare among Cameroonians here, and tell no one.
        for (String name : List.of(
                "Aboubakar|Oumarou|50", "Aboubakar|Mana|18", "Ahmadou|Bello|55", "Hamadou|Nji|60", "Amadou|Sali|17")) {
            String[] words = name.split("\\|");
            people.register(gharyanAndTripoli, """
                    {"givenName": {"lat": "%s"}, "familyName": {"lat": "%s"}, "sex": "M", "estimatedAge": %s,
                     "ageEstimatedOn": "2024-01-09", "nationality": "CMR", "baladiya": "LY021606"}
                    """.formatted(words[0], words[1], words[2]));
        }
        JsonNode again = people.json(people.post(gharyanAndTripoli, "/api/v1/people/duplicate-candidates", tripoli));
        assertThat(likelyIds(again)).isEmpty();
    }

    @Test
    void aStoredCopyOfTheQueryIsNoOtherBearerOfItsNames() {
        // Met by outreach: the names in Arabic and an estimated age.
        String outreach = register("""
                {"givenName": {"ar": "منتصر"}, "fatherName": {"ar": "حمدان"}, "sex": "M", "estimatedAge": 24,
                 "ageEstimatedOn": "2025-02-01", "nationality": "SDN"}
                """);
        String latin = """
                {"givenName": {"lat": "Muntasir"}, "fatherName": {"lat": "Hamdan"}, "sex": "M", "estimatedAge": 25,
                 "ageEstimatedOn": "2025-10-01", "nationality": "SDN"}
                """;
        assertThat(likelyIds(candidates(latin))).containsExactly(outreach);

        // The Latin record registered as it is, then searched for again as it is (as a list is checked once it is
        // loaded): the stored record is the query's own double, not another Muntasir Hamdan.
        String stored = register(latin);
        JsonNode again = candidates(latin);
        assertThat(likelyIds(again)).containsExactlyInAnyOrder(stored, outreach);

        // Another Muntasir Hamdan of that age, with a phone of his own, is a namesake: the names alone tell no one.
        // Registered, he was likely the two recorded as one person, and is in the queue with them; but only as they
        // counted once, so his pairs do not join him to them, and the next record of the names meets two bearers.
        String namesake = register("""
                {"givenName": {"lat": "Muntasir"}, "fatherName": {"lat": "Hamdan"}, "sex": "M", "estimatedAge": 25,
                 "ageEstimatedOn": "2025-10-01", "nationality": "SDN", "phones": ["0925550147"]}
                """);
        assertThat(jdbc.sql("""
                        SELECT counts_as_one FROM people_duplicate_pair
                         WHERE status = 'open' AND CAST(:namesake AS uuid) IN (person_a, person_b)
                        """)
                        .param("namesake", namesake)
                        .query(Boolean.class)
                        .list())
                .containsExactly(false, false);
        assertThat(likelyIds(candidates(latin))).doesNotContain(outreach);
    }

    @Test
    void copiesAwaitingReviewAreOneBearerOfTheirNamesUntilASupervisorPartsThem() {
        // A Cameroonian woman in a safe house, registered three times before anyone merged her: the names and a
        // guessed age, once with a slip and a phone, once again as the first time.
        String first = register("""
                {"givenName": {"lat": "Nadège"}, "familyName": {"lat": "Essomba"}, "sex": "F", "estimatedAge": 21,
                 "ageEstimatedOn": "2023-10-02", "nationality": "CMR"}
                """);
        String second = register("""
                {"givenName": {"lat": "Nadege"}, "familyName": {"lat": "Esomba"}, "sex": "F", "estimatedAge": 22,
                 "ageEstimatedOn": "2024-09-09", "nationality": "CMR", "phones": ["0914419832"]}
                """);
        String third = register("""
                {"givenName": {"lat": "Nadège"}, "familyName": {"lat": "Essomba"}, "sex": "F", "estimatedAge": 21,
                 "ageEstimatedOn": "2023-10-02", "nationality": "CMR"}
                """);
        // Each was recorded as likely the one before for a supervisor's review: the three are one bearer of the
        // names, and a police list's record of her in Arabic finds each of them.
        String police = """
                {"givenName": {"ar": "ناديج"}, "familyName": {"ar": "إيسومبا"}, "sex": "F", "estimatedAge": 21,
                 "ageEstimatedOn": "2023-10-02", "nationality": "CMR"}
                """;
        assertThat(likelyIds(candidates(police))).containsExactlyInAnyOrder(first, second, third);

        // A supervisor decides the second is another woman: two bear the names now, and they tell no one.
        User supervisor = people.user("PROGRAMME_MANAGER", TRIPOLI);
        for (String other : List.of(first, third)) {
            assertThat(people.post(supervisor, "/api/v1/people/duplicates/" + second + "/" + other + "/not-same", ""))
                    .hasStatus(HttpStatus.OK);
        }
        assertThat(likelyIds(candidates(police))).isEmpty();
    }

    private String register(String person) {
        return people.register(caseworker, withBaladiya(person)).get("id").asString();
    }

    private JsonNode candidates(String person) {
        MvcTestResult result = people.post(caseworker, "/api/v1/people/duplicate-candidates", withBaladiya(person));
        assertThat(result).hasStatus(HttpStatus.OK);
        return people.json(result);
    }

    private static java.util.List<String> likelyIds(JsonNode answer) {
        java.util.List<String> likely = new java.util.ArrayList<>();
        answer.get("candidates").forEach(candidate -> {
            if (candidate.get("likely").asBoolean()) {
                likely.add(candidate.get("personId").asString());
            }
        });
        return likely;
    }

    private static String withBaladiya(String person) {
        return person.strip().replaceFirst("}$", ", \"baladiya\": \"" + TRIPOLI + "\"}");
    }
}
