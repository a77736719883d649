package org.masar.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

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

/**
 * People's pages as a caseworker meets them: the list within their scope, the registration form in Arabic with its
 * errors on the fields, the duplicate check before saving, and a person's record with its correction form.
 */
@MasarIntegrationTest
class PeoplePagesTests {

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
    TestAccounts accounts;

    @BeforeEach
    void setUp() {
        people = new PeopleTestSupport(jdbc, encoder, mvc, json);
        accounts = new TestAccounts(jdbc, encoder, mvc);
    }

    @Test
    void theRegistrationFormIsArabicRightToLeftWithEachScriptTypedInItsDirection() {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        assertThat(page(caseworker, "/people/new?lang=ar"))
                .hasStatusOk()
                .bodyText()
                .contains("dir=\"rtl\"")
                .contains("تسجيل شخص")
                .containsPattern(
                        "id=\"givenName\\.ar\"[^>]*dir=\"rtl\" lang=\"ar\"|dir=\"rtl\" lang=\"ar\"[^>]*id=\"givenName\\.ar\"")
                .contains("name=\"givenName.lat\"")
                .contains("<option value=\"LBY\">ليبيا</option>")
                .contains("<option value=\"XXA\">عديم الجنسية</option>")
                .contains("value=\"" + TRIPOLI + "\"")
                // A caseworker of Tripoli may not put a person in Wazin: the picker does not offer it.
                .doesNotContain("value=\"" + WAZIN + "\"")
                .contains("hx-post=\"/people/new/candidates\"")
                .contains("id=\"documents0.number\"");
    }

    @Test
    void refusedFieldsShowNextToTheFieldInArabicAndNothingIsWritten() {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        long before = persons();
        MvcTestResult result = mvc.post()
                .uri("/people/new")
                .cookie(caseworker.session())
                .with(csrf())
                .header("Accept-Language", "ar")
                .param("givenName.ar", "Ahmed أحمد")
                .param("familyName.lat", "Warfalli")
                .param("estimatedAge", "thirty")
                .param("phones[0]", "12")
                .param("documents[0].type", "PASSPORT")
                .param("documents[0].number", "")
                .param("documents[0].issuingCountry", "LBY")
                .param("baladiya", WAZIN)
                .param("version", "0")
                .exchange();
        assertThat(result)
                .hasStatusOk()
                .bodyText()
                .contains("dir=\"rtl\"")
                .contains("is-invalid")
                .contains("اكتب هذا بالحروف العربية")
                .contains("أدخل العمر بالسنوات الكاملة.")
                .contains("ليس رقم هاتف")
                .contains("لا تعمل في هذه البلدية")
                .contains("id=\"sex-error\"")
                .contains("value=\"Warfalli\"");
        assertThat(persons()).isEqualTo(before);
    }

    @Test
    void theDuplicateCheckListsASimilarPersonWithTheReasonsAndTheActions() {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        String family = family();
        JsonNode existing = people.register(caseworker, """
                {"givenName": {"ar": "فاطمة"}, "fatherName": {"ar": "علي"}, "grandfatherName": {"ar": "مفتاح"},
                 "familyName": {"ar": "%s"}, "sex": "F", "dateOfBirth": "1994-03-08", "baladiya": "%s"}
                """.formatted(family, TRIPOLI));
        String id = existing.get("id").asString();

        MvcTestResult result = mvc.post()
                .uri("/people/new/candidates")
                .cookie(caseworker.session())
                .with(csrf())
                .header("Accept-Language", "ar")
                .header("HX-Request", "true")
                .param("givenName.ar", "فاطمه")
                .param("fatherName.ar", "على")
                .param("grandfatherName.ar", "مفتاح")
                .param("familyName.ar", family)
                .param("sex", "F")
                .param("dateOfBirth", "1994-03-08")
                .param("version", "0")
                .exchange();
        assertThat(result)
                .hasStatusOk()
                .bodyText()
                .doesNotContain("<html")
                .contains("id=\"registration\"")
                .contains("data-person-id=\"" + id + "\"")
                .contains(existing.get("registrationNumber").asString())
                .contains("على الأرجح الشخص نفسه")
                .contains("هذا هو الشخص نفسه")
                .contains("/people/new/same-as/" + id)
                .contains("href=\"/people/" + id + "\"")
                .contains("id=\"register-new\"");
        assertThat(result).headers().hasValue("HX-Reswap", "outerHTML show:#candidates:top");
        // Each reason is shown: in the user's language when the bundle has it, else by its code.
        assertThat(result).bodyText().containsPattern("<ul class=\"small mb-2 reasons\">\\s*<li>");
    }

    @Test
    void savingALikelyDuplicateShowsItFirstAndRegistersNothing() {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        String family = family();
        people.register(caseworker, """
                {"givenName": {"ar": "يوسف"}, "fatherName": {"ar": "إبراهيم"}, "grandfatherName": {"ar": "سالم"},
                 "familyName": {"ar": "%s"}, "sex": "M", "dateOfBirth": "1987-10-21", "baladiya": "%s"}
                """.formatted(family, TRIPOLI));
        long before = persons();

        assertThat(save(caseworker, family, false))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"must-confirm\"")
                .contains("class=\"card mb-2 candidate\"")
                .contains("id=\"register-new\"");
        assertThat(persons()).isEqualTo(before);
    }

    @Test
    void confirmingANewPersonRegistersItAndOpensItsRecord() {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        String family = family();
        people.register(caseworker, """
                {"givenName": {"ar": "يوسف"}, "fatherName": {"ar": "إبراهيم"}, "grandfatherName": {"ar": "سالم"},
                 "familyName": {"ar": "%s"}, "sex": "M", "dateOfBirth": "1987-10-21", "baladiya": "%s"}
                """.formatted(family, TRIPOLI));
        long before = persons();

        MvcTestResult confirmed = save(caseworker, family, true);
        assertThat(confirmed).hasStatus(HttpStatus.FOUND).redirectedUrl().startsWith("/people/");
        assertThat(persons()).isEqualTo(before + 1);
        String page = confirmed.getResponse().getRedirectedUrl();
        assertThat(page(caseworker, page + "?lang=ar"))
                .hasStatusOk()
                .bodyText()
                .contains("dir=\"rtl\"")
                .contains("يوسف ابراهيم سالم " + family)
                .contains("id=\"person-timeline\"")
                .contains("التسجيل")
                .contains("id=\"correct-form\"");
    }

    @Test
    void aNewPersonNobodyResemblesIsRegisteredAtOnceAndItsRecordOpens() {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        String family = family();
        long before = persons();

        MvcTestResult saved = save(caseworker, family, false);
        assertThat(saved).hasStatus(HttpStatus.FOUND).redirectedUrl().startsWith("/people/");
        assertThat(persons()).isEqualTo(before + 1);
        assertThat(page(caseworker, saved.getResponse().getRedirectedUrl() + "?lang=ar"))
                .hasStatusOk()
                .bodyText()
                .contains("dir=\"rtl\"")
                .contains("يوسف ابراهيم سالم " + family)
                .contains("id=\"person-timeline\"")
                .contains("التسجيل")
                .contains("id=\"correct-form\"");
    }

    @Test
    void thisIsTheSamePersonCreatesNothingAndOpensTheExistingRecord() {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        String id = people.register(caseworker, """
                        {"givenName": {"ar": "مريم"}, "familyName": {"ar": "%s"}, "sex": "F", "baladiya": "%s"}
                        """.formatted(family(), TRIPOLI))
                .get("id")
                .asString();
        long before = persons();
        assertThat(mvc.post()
                        .uri("/people/new/same-as/{id}", id)
                        .cookie(caseworker.session())
                        .with(csrf())
                        .param("inScope", "true"))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/people/" + id);
        assertThat(persons()).isEqualTo(before);
    }

    @Test
    void theRecordIsAuditedAndCorrectedWithItsVersion() {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        String family = family();
        // Numbers of this test's own, so that no other test's person shares them.
        String passport = "P " + digits(7);
        String phone = "091 " + digits(7);
        String id = people.register(caseworker, """
                        {"givenName": {"ar": "خالد", "lat": "Khaled"}, "familyName": {"ar": "%s"}, "sex": "M",
                         "dateOfBirth": "1990-05-01", "nationality": "SDN", "phones": ["%s"],
                         "documents": [{"type": "passport", "number": "%s", "issuingCountry": "SDN"}],
                         "baladiya": "%s"}
                        """.formatted(family, phone, passport, TRIPOLI))
                .get("id")
                .asString();
        long viewed = accounts.audited(caseworker.username(), "people.person.viewed", null);
        assertThat(page(caseworker, "/people/" + id + "?lang=en"))
                .hasStatusOk()
                .bodyText()
                .contains("Khaled")
                .contains("Sudan")
                .contains("Passport")
                .contains(passport)
                .contains(phone)
                .contains("1990-05-01");
        assertThat(accounts.audited(caseworker.username(), "people.person.viewed", null))
                .isEqualTo(viewed + 1);

        // A correction quoting an old version is refused on the form, and nothing changes.
        assertThat(correct(caseworker, id, family, phone, passport, "7"))
                .hasStatusOk()
                .bodyText()
                .contains("Someone changed this in the meantime");
        assertThat(correct(caseworker, id, family, phone, passport, "0")).hasStatus(HttpStatus.FOUND);
        assertThat(page(caseworker, "/people/" + id + "?lang=en")).bodyText().contains("Khalid");
    }

    @Test
    void theListShowsPeopleInTheUsersScopeOnlyAndFindsThemByNumber() {
        User tripoli = people.user("CASEWORKER", TRIPOLI);
        User wazin = people.user("CASEWORKER", WAZIN);
        JsonNode registered = people.register(tripoli, """
                {"givenName": {"ar": "سالم"}, "familyName": {"ar": "%s"}, "sex": "M", "baladiya": "%s"}
                """.formatted(family(), TRIPOLI));
        String number = registered.get("registrationNumber").asString();
        assertThat(page(tripoli, "/people?lang=ar&q=" + number))
                .hasStatusOk()
                .bodyText()
                .contains("dir=\"rtl\"")
                .contains("data-person-id=\"" + registered.get("id").asString() + "\"")
                .contains("طرابلس");
        assertThat(page(wazin, "/people/" + registered.get("id").asString() + "?lang=en"))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyText()
                .contains("This person is outside your scope");
        assertThat(page(tripoli, "/people?lang=en&q=" + number)).bodyText().contains("1 person");
        assertThat(page(wazin, "/people?q=" + number)).hasStatusOk().bodyText().contains("id=\"no-people\"");
        assertThat(page(tripoli, "/?lang=en"))
                .bodyText()
                .contains("People registered")
                .contains("href=\"/people\"");
    }

    @Test
    void aPersonsPageOffersTheStepsOfOtherModulesToThoseWhoMayTakeThem() {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        String id = people.register(caseworker, """
                        {"givenName": {"lat": "Salma"}, "familyName": {"ar": "%s"}, "sex": "F", "baladiya": "%s"}
                        """.formatted(family(), TRIPOLI))
                .get("id")
                .asString();
        // A caseworker may open a case for the person and refer them: both steps, in this order, in Arabic too.
        assertThat(page(caseworker, "/people/" + id + "?lang=ar"))
                .bodyText()
                .containsSubsequence(
                        "id=\"person-actions\"",
                        "href=\"/cases/new?person=" + id + "\"",
                        "فتح حالة",
                        "href=\"/referrals/new?person=" + id + "\"",
                        "إحالة إلى خدمة");
        // A programme manager reads people and cases but neither opens cases nor refers: no step is offered.
        User manager = people.user("PROGRAMME_MANAGER", TRIPOLI);
        assertThat(page(manager, "/people/" + id + "?lang=en"))
                .bodyText()
                .doesNotContain("/cases/new?person=")
                .doesNotContain("/referrals/new?person=");
    }

    @Test
    void aProgrammeManagerDeletesAPersonWithAReasonAndNotWithout() {
        User manager = people.user("PROGRAMME_MANAGER", TRIPOLI);
        String id = people.register(manager, """
                        {"givenName": {"lat": "Amina"}, "familyName": {"ar": "%s"}, "sex": "F", "baladiya": "%s"}
                        """.formatted(family(), TRIPOLI))
                .get("id")
                .asString();
        assertThat(page(manager, "/people/" + id + "?lang=ar"))
                .bodyText()
                .contains("id=\"delete-form\"")
                .contains("لماذا يُحذف هذا الشخص؟");
        assertThat(delete(manager, id, " "))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/people/" + id);
        assertThat(delete(manager, id, "Registered twice by mistake"))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/people");
        assertThat(page(manager, "/people/" + id)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void anotherPhoneRowComesWithTheButtonForTheNextAndTheLastComesAlone() {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        assertThat(mvc.get()
                        .uri("/people/new/phones/1")
                        .cookie(caseworker.session())
                        .header("HX-Request", "true"))
                .hasStatusOk()
                .bodyText()
                .contains("name=\"phones[1]\"")
                .contains("hx-get=\"/people/new/phones/2\"");
        assertThat(mvc.get()
                        .uri("/people/new/documents/9")
                        .cookie(caseworker.session())
                        .header("HX-Request", "true"))
                .hasStatusOk()
                .bodyText()
                .contains("name=\"documents[9].number\"")
                .doesNotContain("hx-get");
    }

    private MvcTestResult delete(User user, String id, String reason) {
        return mvc.post()
                .uri("/people/{id}/deletion", id)
                .cookie(user.session())
                .with(csrf())
                .param("version", "0")
                .param("reason", reason)
                .exchange();
    }

    private MvcTestResult save(User user, String family, boolean confirmed) {
        return mvc.post()
                .uri("/people/new")
                .cookie(user.session())
                .with(csrf())
                .header("Accept-Language", "ar")
                .param("givenName.ar", "يوسف")
                .param("fatherName.ar", "ابراهيم")
                .param("grandfatherName.ar", "سالم")
                .param("familyName.ar", family)
                .param("sex", "M")
                .param("dateOfBirth", "1987-10-21")
                .param("baladiya", TRIPOLI)
                .param("documents[0].type", "PASSPORT")
                .param("documents[0].number", "")
                .param("confirmed", String.valueOf(confirmed))
                .param("version", "0")
                .exchange();
    }

    private MvcTestResult correct(User user, String id, String family, String phone, String passport, String version) {
        return mvc.post()
                .uri("/people/{id}", id)
                .cookie(user.session())
                .with(csrf())
                .header("Accept-Language", "en")
                .param("givenName.ar", "خالد")
                .param("givenName.lat", "Khalid")
                .param("familyName.ar", family)
                .param("sex", "M")
                .param("dateOfBirth", "1990-05-01")
                .param("nationality", "SDN")
                .param("phones[0]", phone)
                .param("documents[0].type", "PASSPORT")
                .param("documents[0].number", passport)
                .param("documents[0].issuingCountry", "SDN")
                .param("baladiya", TRIPOLI)
                .param("version", version)
                .exchange();
    }

    @Test
    void aLongListIsPagedAndThePagerKeepsTheSearch() throws Exception {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        String family = family();
        StringBuilder batch = new StringBuilder("{\"people\": [");
        for (int i = 0; i < PeoplePages.PAGE_SIZE + 5; i++) {
            batch.append(i == 0 ? "" : ",")
                    .append("""
                    {"givenName": {"ar": "%s"}, "familyName": {"ar": "%s"}, "sex": "F", "baladiya": "%s"}
                    """.formatted(PeopleNames.unique().substring(2), family, TRIPOLI));
        }
        assertThat(people.post(
                        caseworker, "/api/v1/people/batch", batch.append("]}").toString()))
                .hasStatus(HttpStatus.OK);
        String search = java.net.URLEncoder.encode(family, java.nio.charset.StandardCharsets.UTF_8);

        String first = page(caseworker, "/people?q={q}", family).getResponse().getContentAsString();
        assertThat(first)
                .contains("Page 1 of ")
                .containsPattern("href=\"/people\\?q=" + search + "[^\"]*&amp;page=1\"");
        String second = page(caseworker, "/people?q={q}&page=1&lang=ar", family)
                .getResponse()
                .getContentAsString();
        assertThat(second)
                .contains("الصفحة 2 من ")
                .containsPattern("href=\"/people\\?q=" + search + "[^\"]*&amp;page=0\"");
    }

    private MvcTestResult page(User user, String uri, Object... variables) {
        return mvc.get().uri(uri, variables).cookie(user.session()).exchange();
    }

    private long persons() {
        return jdbc.sql("SELECT count(*) FROM people_person").query(Long.class).single();
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(java.util.concurrent.ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }

    private static String family() {
        return PeopleNames.unique();
    }
}
