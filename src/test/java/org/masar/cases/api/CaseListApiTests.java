package org.masar.cases.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.SystemIdentity;
import org.masar.cases.CaseListTestCases;
import org.masar.cases.CaseListTestCases.Case;
import org.masar.cases.CaseListTestCases.Scope;
import org.masar.cases.CaseListTestCases.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/cases} as caseworkers and supervisors see it: their own cases, never another caseworker's
 * restricted case (neither listed nor counted), their team's including its restricted cases, limited by their scopes,
 * filtered, and bad parameters as 400 problems naming them.
 */
@MasarIntegrationTest
class CaseListApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    SystemIdentity system;

    @Autowired
    JsonMapper json;

    CaseListTestCases support;

    /** Two offices; a head of unit over a supervisor over two caseworkers; a caseworker of another team. */
    UUID tripoli;

    UUID misrata;
    User head;
    User supervisor;
    User amina;
    User omar;
    User stranger;
    UUID fatima;
    UUID yusuf;
    Case aminasOpen;
    Case aminasRestricted;
    Case aminasClosed;
    Case omarsRestricted;
    Case omarsInMisrata;
    Case omarsMhpss;
    Case strangersRestricted;
    Case supervisorsOwn;

    @BeforeEach
    void setUp() {
        support = new CaseListTestCases(jdbc, transactions, system, encoder, mvc);
        tripoli = support.office("Tripoli office", "مكتب طرابلس");
        misrata = support.office("Misrata office", "مكتب مصراتة");
        head = support.user("CASE_SUPERVISOR", Scope.of(tripoli, misrata), null);
        supervisor = support.user("CASE_SUPERVISOR", Scope.of(tripoli, misrata), head);
        amina = support.user("CASEWORKER", Scope.of(tripoli).programmes("MRRM", "PROTECTION", "HEALTH"), supervisor);
        omar = support.user("PROTECTION_CASEWORKER", Scope.of(tripoli, misrata), supervisor);
        stranger = support.user("PROTECTION_CASEWORKER", Scope.of(tripoli), null);
        fatima = support.person("فاطمة", "الورفلي", "Fatima", "Warfalli");
        yusuf = support.person("يوسف", "التاجوري", "Yusuf", "Tajouri");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        aminasOpen = support.open(CaseListTestCases.of("mrrm-assistance", fatima, tripoli, amina)
                .stage("assessment")
                .updatedAt(now.minus(3, ChronoUnit.HOURS)));
        aminasRestricted = support.open(
                CaseListTestCases.of("gbv", fatima, tripoli, amina).updatedAt(now.minus(2, ChronoUnit.HOURS)));
        aminasClosed = support.open(CaseListTestCases.of("mrrm-assistance", yusuf, tripoli, amina)
                .status("closed")
                .stage("closed")
                .updatedAt(now.minus(1, ChronoUnit.HOURS)));
        omarsRestricted = support.open(
                CaseListTestCases.of("trafficking", yusuf, tripoli, omar).updatedAt(now.minus(4, ChronoUnit.HOURS)));
        omarsInMisrata = support.open(CaseListTestCases.of("voluntary-return", yusuf, misrata, omar)
                .updatedAt(now.minus(5, ChronoUnit.HOURS)));
        omarsMhpss = support.open(
                CaseListTestCases.of("mhpss", yusuf, tripoli, omar).updatedAt(now.minus(6, ChronoUnit.HOURS)));
        strangersRestricted = support.open(CaseListTestCases.of("child-protection", fatima, tripoli, stranger)
                .updatedAt(now.minus(7, ChronoUnit.HOURS)));
        supervisorsOwn = support.open(CaseListTestCases.of("mrrm-assistance", yusuf, tripoli, supervisor)
                .updatedAt(now.minus(8, ChronoUnit.HOURS)));
        support.flag(aminasRestricted, "Do not contact the family", false);
        support.flag(aminasRestricted, "Interpreter needed", false);
        support.flag(aminasRestricted, "Old flag", true);
    }

    @Test
    void aCaseworkerSeesTheirOwnCasesLastUpdatedFirstWithNamesAndFlags() {
        JsonNode page = list(amina, "/api/v1/cases?assignee=me");
        assertThat(numbers(page))
                .containsExactly(aminasClosed.number(), aminasRestricted.number(), aminasOpen.number());
        assertThat(page.get("total").asLong()).isEqualTo(3);
        JsonNode restricted = page.get("items").get(1);
        assertThat(restricted.get("id").asString())
                .isEqualTo(aminasRestricted.id().toString());
        assertThat(restricted.get("type").get("code").asString()).isEqualTo("gbv");
        assertThat(restricted.get("type").get("name").asString())
                .isEqualTo("Protection: survivor of gender-based violence");
        assertThat(restricted.get("person").get("id").asString()).isEqualTo(fatima.toString());
        assertThat(restricted.get("person").get("name").asString()).isEqualTo("Fatima Warfalli");
        assertThat(restricted.get("person").get("registrationNumber").asString())
                .isEqualTo(support.registrationNumber(fatima));
        assertThat(restricted.get("status").asString()).isEqualTo("open");
        assertThat(restricted.get("stage").get("name").asString()).isEqualTo("New");
        assertThat(restricted.get("assignee").get("id").asString())
                .isEqualTo(amina.id().toString());
        assertThat(restricted.get("assignee").get("name").asString()).isEqualTo(amina.username());
        assertThat(restricted.get("office").get("name").asString()).isEqualTo("Tripoli office");
        assertThat(restricted.get("restricted").asBoolean()).isTrue();
        assertThat(restricted.get("openFlags").asInt()).isEqualTo(2);
        assertThat(restricted.get("updatedAt").asString()).isNotBlank();
        assertThat(page.get("items").get(0).get("openFlags").asInt()).isZero();
        // Open ones first when asked.
        assertThat(numbers(list(amina, "/api/v1/cases?assignee=me&sort=open-first")))
                .containsExactly(aminasRestricted.number(), aminasOpen.number(), aminasClosed.number());
        // Names in the caller's language.
        MvcTestResult arabic = mvc.get()
                .uri("/api/v1/cases?assignee=me")
                .cookie(amina.session())
                .header("Accept-Language", "ar")
                .accept(MediaType.APPLICATION_JSON)
                .exchange();
        JsonNode inArabic = json(arabic).get("items").get(1);
        assertThat(inArabic.get("type").get("name").asString())
                .isEqualTo("حماية: ناجٍ أو ناجية من العنف القائم على النوع الاجتماعي");
        assertThat(inArabic.get("person").get("name").asString()).isEqualTo("فاطمة الورفلي");
        assertThat(inArabic.get("stage").get("name").asString()).isEqualTo("جديدة");
        assertThat(inArabic.get("office").get("name").asString()).isEqualTo("مكتب طرابلس");
    }

    @Test
    void anotherCaseworkersRestrictedCaseIsNeitherListedNorCounted() {
        // Everything Amina may see in her scope (Tripoli; MRRM, protection, health): her cases and the normal cases of
        // others there; never Omar's nor the stranger's restricted case, whatever the filter or the page size.
        JsonNode all = list(amina, "/api/v1/cases?size=1");
        assertThat(all.get("total").asLong()).isEqualTo(4);
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            seen.addAll(numbers(list(amina, "/api/v1/cases?size=1&page=" + page)));
        }
        assertThat(seen)
                .containsExactly(
                        aminasClosed.number(), aminasRestricted.number(), aminasOpen.number(), supervisorsOwn.number());
        assertThat(list(amina, "/api/v1/cases?type=trafficking").get("total").asLong())
                .isZero();
        assertThat(list(amina, "/api/v1/cases?q=" + omarsRestricted.number()).get("items"))
                .isEmpty();
        assertThat(list(amina, "/api/v1/cases?q=" + omarsRestricted.number())
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(list(amina, "/api/v1/cases?person=" + fatima).get("total").asLong())
                .isEqualTo(2);
        // The stranger, in the same office, sees none of Amina's restricted cases either.
        assertThat(numbers(list(stranger, "/api/v1/cases?person=" + fatima)))
                .containsExactly(aminasOpen.number(), strangersRestricted.number());
        // Showing restricted cases in a list is audited, one entry each.
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_entry WHERE actor = :actor AND action = 'cases.case.listed'
                           AND subject_id = :id
                        """)
                        .param("actor", amina.username())
                        .param("id", aminasRestricted.id().toString())
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_entry WHERE actor = :actor AND action = 'cases.case.listed'
                           AND subject_id = :id
                        """)
                        .param("actor", amina.username())
                        .param("id", aminasOpen.id().toString())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aSupervisorSeesTheirTeamsCasesRestrictedOnesIncludedAndAHeadOfUnitThoseBelowThem() {
        JsonNode team = list(supervisor, "/api/v1/cases?team=true");
        assertThat(numbers(team))
                .containsExactlyInAnyOrder(
                        aminasOpen.number(),
                        aminasRestricted.number(),
                        aminasClosed.number(),
                        omarsRestricted.number(),
                        omarsInMisrata.number(),
                        omarsMhpss.number());
        assertThat(team.get("total").asLong()).isEqualTo(6);
        // The chain is followed: the head of unit sees the supervisor's team and the supervisor's own cases.
        JsonNode unit = list(head, "/api/v1/cases?team=true");
        assertThat(numbers(unit))
                .contains(aminasRestricted.number(), omarsRestricted.number(), supervisorsOwn.number());
        assertThat(numbers(unit)).doesNotContain(strangersRestricted.number());
        assertThat(unit.get("total").asLong()).isEqualTo(7);
        // A caseworker supervises nobody: their team's list is empty, and so is the stranger's.
        assertThat(list(amina, "/api/v1/cases?team=true").get("total").asLong()).isZero();
        assertThat(list(stranger, "/api/v1/cases?team=true").get("items")).isEmpty();
        // The supervisor's own list is theirs only.
        assertThat(numbers(list(supervisor, "/api/v1/cases?assignee=me"))).containsExactly(supervisorsOwn.number());
    }

    @Test
    void scopesLimitTheListByOfficeProgrammeAndBaladiyaAsOpeningACaseDoes() {
        // Amina's office is Tripoli only, her programmes exclude MHPSS and VHR: Omar's Misrata and MHPSS cases are
        // out of her list even though they are normal cases.
        assertThat(numbers(list(amina, "/api/v1/cases"))).doesNotContain(omarsInMisrata.number(), omarsMhpss.number());
        // The supervisor covers both offices and every programme.
        assertThat(numbers(list(supervisor, "/api/v1/cases?team=true")))
                .contains(omarsInMisrata.number(), omarsMhpss.number());
        // A caseworker limited to one baladiya (and no office) sees the cases there whichever office opened them, not
        // another baladiya's nor those tied to none; a case assigned to them is theirs wherever it is.
        String inside = jdbc.sql("SELECT pcode FROM geo_baladiya ORDER BY pcode LIMIT 1")
                .query(String.class)
                .single();
        String outside = jdbc.sql("SELECT pcode FROM geo_baladiya ORDER BY pcode DESC LIMIT 1")
                .query(String.class)
                .single();
        User local = support.user("CASEWORKER", Scope.of().baladiya(inside), null);
        Case here = support.open(
                CaseListTestCases.of("mrrm-assistance", fatima, tripoli, amina).baladiya(inside));
        Case there = support.open(
                CaseListTestCases.of("mrrm-assistance", fatima, tripoli, amina).baladiya(outside));
        Case nowhere = support.open(CaseListTestCases.of("mrrm-assistance", fatima, tripoli, amina));
        Case theirsElsewhere = support.open(
                CaseListTestCases.of("mrrm-assistance", fatima, tripoli, local).baladiya(outside));
        assertThat(numbers(list(local, "/api/v1/cases?size=100")))
                .contains(here.number(), theirsElsewhere.number())
                .doesNotContain(there.number(), nowhere.number());
        assertThat(numbers(list(local, "/api/v1/cases?assignee=me"))).containsExactly(theirsElsewhere.number());
        // Each is opened as it is listed: the list never shows a case its reader could not open, nor hides one.
        assertThat(support.get(local, "/api/v1/cases/" + here.id(), MediaType.APPLICATION_JSON))
                .hasStatusOk();
        assertThat(support.get(local, "/api/v1/cases/" + theirsElsewhere.id(), MediaType.APPLICATION_JSON))
                .hasStatusOk();
        assertThat(support.get(local, "/api/v1/cases/" + there.id(), MediaType.APPLICATION_JSON))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(support.get(local, "/api/v1/cases/" + nowhere.id(), MediaType.APPLICATION_JSON))
                .hasStatus(HttpStatus.FORBIDDEN);
        // A caseworker with no office in their scope sees nothing at all.
        User nowhereUser = support.user("CASEWORKER", Scope.of(), null);
        assertThat(list(nowhereUser, "/api/v1/cases").get("total").asLong()).isZero();
    }

    @Test
    void filtersNarrowTheList() {
        assertThat(numbers(list(supervisor, "/api/v1/cases?team=true&type=trafficking")))
                .containsExactly(omarsRestricted.number());
        assertThat(numbers(list(supervisor, "/api/v1/cases?team=true&status=closed")))
                .containsExactly(aminasClosed.number());
        assertThat(numbers(list(supervisor, "/api/v1/cases?team=true&stage=assessment")))
                .containsExactly(aminasOpen.number());
        assertThat(numbers(list(supervisor, "/api/v1/cases?team=true&office=" + misrata)))
                .containsExactly(omarsInMisrata.number());
        assertThat(numbers(list(supervisor, "/api/v1/cases?team=true&person=" + fatima)))
                .containsExactlyInAnyOrder(aminasOpen.number(), aminasRestricted.number());
        assertThat(numbers(list(
                        supervisor, "/api/v1/cases?q=" + aminasOpen.number().toLowerCase())))
                .containsExactly(aminasOpen.number());
        assertThat(numbers(list(supervisor, "/api/v1/cases?team=true&type=gbv&status=open&stage=new")))
                .containsExactly(aminasRestricted.number());
        assertThat(numbers(list(supervisor, "/api/v1/cases?team=false&assignee=me")))
                .containsExactly(supervisorsOwn.number());
        JsonNode paged = list(supervisor, "/api/v1/cases?team=true&size=2&page=1");
        assertThat(paged.get("page").asInt()).isEqualTo(1);
        assertThat(paged.get("size").asInt()).isEqualTo(2);
        assertThat(paged.get("total").asLong()).isEqualTo(6);
        assertThat(numbers(paged)).containsExactly(aminasOpen.number(), omarsRestricted.number());
        assertThat(list(supervisor, "/api/v1/cases?team=true&page=9")
                        .get("total")
                        .asLong())
                .isEqualTo(6);
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        for (String[] bad : new String[][] {
            {"status=bogus", "status"},
            {"type=no-such-type", "type"},
            {"stage=no-such-stage", "stage"},
            {"assignee=" + omar.id(), "assignee"},
            {"team=maybe", "team"},
            {"sort=oldest", "sort"},
            {"office=not-an-id", "office"},
            {"person=12345", "person"},
            {"q=" + "9".repeat(41), "q"},
            {"page=abc", "page"},
            {"size=" + "9".repeat(30), "size"}
        }) {
            MvcTestResult result = support.get(amina, "/api/v1/cases?" + bad[0], MediaType.APPLICATION_JSON);
            assertThat(result).as(bad[0]).hasStatus(HttpStatus.BAD_REQUEST);
            JsonNode problem = json(result);
            assertThat(problem.get("type").asString()).as(bad[0]).isEqualTo("/problems/validation");
            assertThat(problem.get("errors").get(0).get("field").asString())
                    .as(bad[0])
                    .isEqualTo(bad[1]);
        }
        // Without cases:read, a 403 problem.
        User viewer = support.user("VIEWER", Scope.of(tripoli), null);
        MvcTestResult refused = support.get(viewer, "/api/v1/cases", MediaType.APPLICATION_JSON);
        assertThat(refused).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(json(refused).get("type").asString()).startsWith("/problems/");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_entry
                         WHERE actor = :actor AND action = 'access.refused' AND outcome = 'DENIED'
                        """)
                        .param("actor", viewer.username())
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    private JsonNode list(User user, String uri) {
        MvcTestResult result = support.get(user, uri, MediaType.APPLICATION_JSON);
        assertThat(result).as(uri).hasStatusOk();
        return json(result);
    }

    private JsonNode json(MvcTestResult result) {
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    private static List<String> numbers(JsonNode page) {
        List<String> numbers = new ArrayList<>();
        page.get("items").forEach(item -> numbers.add(item.get("number").asString()));
        return numbers;
    }
}
