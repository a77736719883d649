package org.masar.assistance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.assistance.DistributionsTestSupport.DISTRIBUTIONS;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.SystemIdentity;
import org.masar.assistance.DistributionsTestSupport;
import org.masar.cases.CaseListTestCases;
import org.masar.referrals.ReferralsTestSupport;
import org.masar.referrals.ReferralsTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A distribution's list built from a people search, from a case list and from a spreadsheet: a good CSV or XLSX file
 * (by registration number, or by names matched through people's duplicate detection) imported whole; wrong columns,
 * unknown people, people twice in the file or already listed answered row by row, and nothing imported.
 */
@MasarIntegrationTest
class BeneficiariesApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    SystemIdentity system;

    DistributionsTestSupport support;
    ReferralsTestSupport people;
    User manager;
    User caseworker;
    String distribution;
    String family;

    @BeforeEach
    void setUp() {
        support = new DistributionsTestSupport(jdbc, encoder, mvc, json);
        people = support.people;
        manager = people.user("PROGRAMME_MANAGER");
        caseworker = people.user("CASEWORKER");
        UUID warehouse = support.warehouse("blanket", 10);
        distribution = support.planned(
                        manager,
                        DistributionsTestSupport.plan(warehouse, false, "{\"item\": \"blanket\", \"quantity\": 1}"))
                .get("id")
                .asString();
        family = randomName();
    }

    /**
     * A family name no other test's can resemble: the people search is spelling-tolerant (a name's consonants, compared
     * by trigrams), and nine random letters left a few consonants often enough that another test's person matched the
     * search as well. Twelve consonants, each followed by a vowel, leave nothing to match by chance.
     */
    private static String randomName() {
        String consonants = "bdfgklmnprstvz";
        String vowels = "aeiou";
        StringBuilder name = new StringBuilder("Q");
        for (int i = 0; i < 12; i++) {
            name.append(consonants.charAt(ThreadLocalRandom.current().nextInt(consonants.length())))
                    .append(vowels.charAt(ThreadLocalRandom.current().nextInt(vowels.length())));
        }
        return name.toString();
    }

    /** Registers a person in Tripoli with these Latin names; answers the id. */
    private String register(String given, String familyName, String sex, int age) {
        MvcTestResult registered = people.post(caseworker, "/api/v1/people", """
                {"givenName": {"lat": "%s"}, "fatherName": {"lat": "Ibrahim"}, "familyName": {"lat": "%s"},
                 "sex": "%s", "estimatedAge": %d, "ageEstimatedOn": "%s", "nationality": "SDN",
                 "phones": ["%s"], "baladiya": "%s"}
                """.formatted(
                        given,
                        familyName,
                        sex,
                        age,
                        LocalDate.now(ZoneOffset.UTC),
                        phone(given),
                        ReferralsTestSupport.TRIPOLI));
        assertThat(registered)
                .as(() -> new String(registered.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .hasStatus(HttpStatus.CREATED);
        return people.json(registered).get("id").asString();
    }

    /** A phone number of the person named, the same each time within one test. */
    private String phone(String given) {
        return "+218 91 " + String.format("%03d", Math.floorMod((family + given).hashCode(), 1000)) + " "
                + String.format("%04d", Math.floorMod((given + family).hashCode(), 10000));
    }

    private String number(String person) {
        return people.json(people.get(caseworker, "/api/v1/people/{id}", person))
                .get("registrationNumber")
                .asString();
    }

    private MvcTestResult upload(String name, String type, byte[] content) {
        return mvc.post()
                .uri(DISTRIBUTIONS + "/" + distribution + "/beneficiaries/import")
                .multipart()
                .file(new MockMultipartFile("file", name, type, content))
                .cookie(manager.session())
                .with(csrf())
                .header("Accept-Language", "en")
                .accept(MediaType.APPLICATION_JSON)
                .exchange();
    }

    private MvcTestResult csv(String content) {
        return upload("list.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private long listed() {
        return people.json(people.get(manager, DISTRIBUTIONS + "/{id}", distribution))
                .get("beneficiaries")
                .asLong();
    }

    @Test
    void everyoneAPeopleSearchFindsIsAddedOnce() {
        String first = register("Amal", family, "F", 30);
        String second = register("Fatma", family, "F", 40);
        MvcTestResult added = people.post(
                manager, DISTRIBUTIONS + "/" + distribution + "/beneficiaries/matching", """
                {"text": "%s", "sex": "F"}
                """.formatted(family));
        assertThat(added).hasStatus(HttpStatus.OK);
        assertThat(people.json(added).get("added").asInt()).isEqualTo(2);
        JsonNode again = people.json(people.post(
                manager, DISTRIBUTIONS + "/" + distribution + "/beneficiaries/matching", """
                {"text": "%s"}
                """.formatted(family)));
        assertThat(again.get("added").asInt()).isZero();
        assertThat(again.get("skipped").asInt()).isEqualTo(2);
        JsonNode list = people.json(people.get(manager, DISTRIBUTIONS + "/{id}/beneficiaries", distribution));
        assertThat(list.get("items").findValuesAsString("personId")).containsExactlyInAnyOrder(first, second);
        assertThat(list.get("items").findValuesAsString("source")).containsOnly("filter");
        assertThat(people.post(
                        manager, DISTRIBUTIONS + "/" + distribution + "/beneficiaries/matching", "{\"sex\": \"X\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void thePeopleOfACaseListAreAdded() {
        CaseListTestCases cases = new CaseListTestCases(jdbc, transactions, system, encoder, mvc);
        UUID office = cases.office("Tripoli office", "مكتب طرابلس");
        String role = "DIST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        jdbc.sql("INSERT INTO access_role (code, built_in, name_en, name_ar) VALUES (:code, false, :code, :code)")
                .param("code", role)
                .update();
        for (String permission :
                new String[] {"assistance:manage-distributions", "assistance:read", "people:read", "cases:read"}) {
            jdbc.sql("INSERT INTO access_role_permission (role_code, permission) VALUES (:code, :permission)")
                    .param("code", role)
                    .param("permission", permission)
                    .update();
        }
        CaseListTestCases.User planner = cases.user(
                role,
                CaseListTestCases.Scope.of(office)
                        .baladiya(ReferralsTestSupport.TRIPOLI)
                        .programmes("MRRM", "WASH"),
                null);
        String first = register("Mariam", family, "F", 25);
        String second = register("Khadija", family, "F", 35);
        cases.open(CaseListTestCases.of("mrrm-assistance", UUID.fromString(first), office, planner));
        cases.open(CaseListTestCases.of("mrrm-assistance", UUID.fromString(second), office, planner)
                .baladiya(ReferralsTestSupport.TRIPOLI));
        MvcTestResult added = mvc.post()
                .uri(DISTRIBUTIONS + "/" + distribution + "/beneficiaries/from-cases")
                .cookie(planner.session())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"mrrm-assistance\", \"mine\": true}")
                .exchange();
        assertThat(added)
                .as(() -> new String(added.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .hasStatus(HttpStatus.OK);
        assertThat(people.json(added).get("added").asInt()).isEqualTo(2);
        JsonNode list = people.json(people.get(manager, DISTRIBUTIONS + "/{id}/beneficiaries", distribution));
        assertThat(list.get("items").findValuesAsString("personId")).containsExactlyInAnyOrder(first, second);
        assertThat(list.get("items").findValuesAsString("source")).containsOnly("case-list");
    }

    @Test
    void aGoodFileIsImportedWhole() {
        String byNumber = register("Rabia", family, "F", 28);
        String byName = register("Nour", family, "F", 33);
        MvcTestResult imported = csv("""
                Registration number,Given name,Father name,Family name,Sex,Age,Nationality,Phone
                %s,,,,,,,
                ,Nour,Ibrahim,%s,F,33,SDN,%s
                """.formatted(number(byNumber), family, phone("Nour")));
        assertThat(imported)
                .as(() -> new String(imported.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .hasStatus(HttpStatus.OK);
        assertThat(people.json(imported).get("added").asInt()).isEqualTo(2);
        JsonNode list = people.json(people.get(manager, DISTRIBUTIONS + "/{id}/beneficiaries", distribution));
        assertThat(list.get("items").findValuesAsString("personId")).containsExactlyInAnyOrder(byNumber, byName);
        assertThat(list.get("items").findValuesAsString("source")).containsOnly("import");
        assertThat(people.audited(manager, "assistance.distribution.beneficiaries-added", "SUCCESS"))
                .isOne();
    }

    @Test
    void anXlsxFileIsReadToo() throws IOException {
        String person = register("Hawa", family, "F", 50);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(file, "masar-test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("list");
            sheet.value(0, 0, "registration_number");
            sheet.value(1, 0, number(person));
        }
        MvcTestResult imported = upload(
                "list.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.toByteArray());
        assertThat(imported)
                .as(() -> new String(imported.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .hasStatus(HttpStatus.OK);
        assertThat(listed()).isOne();
    }

    @Test
    void wrongColumnsAreRefusedAndNothingImported() {
        String person = register("Salwa", family, "F", 41);
        MvcTestResult refused = csv("""
                registration_number,colour
                %s,blue
                """.formatted(number(person)));
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        JsonNode problem = people.json(refused);
        assertThat(problem.get("type").asString()).isEqualTo("/problems/assistance.import-refused");
        assertThat(problem.get("errors").get(0).get("row").asInt()).isOne();
        assertThat(problem.get("errors").get(0).get("column").asString()).isEqualTo("colour");
        assertThat(problem.get("errors").get(0).get("message").asString()).isNotBlank();
        assertThat(csv("phone\n+218 91 000 0000\n"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].code")
                .isEqualTo("assistance.distributions.import.missing-columns");
        assertThat(upload("list.csv", "text/csv", new byte[0]))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/assistance.import-unreadable");
        assertThat(listed()).isZero();
    }

    @Test
    void unknownPeopleRepeatsAndPeopleListedAlreadyAreAnsweredRowByRowAndNothingImported() {
        String listedAlready = register("Zahra", family, "F", 22);
        String fine = register("Aisha", family, "F", 29);
        String twice = register("Safia", family, "F", 37);
        support.add(manager, distribution, listedAlready);
        MvcTestResult refused = csv("""
                registration_number,given_name,father_name,family_name,sex,age,nationality,phone
                %s,,,,,,,
                000000001,,,,,,,
                ,Nobody,Omar,%s,M,70,,
                %s,,,,,,,
                ,Safia,Ibrahim,%s,F,37,SDN,%s
                %s,,,,,,,
                ,Someone,,%s,X,abc,,
                """.formatted(
                        number(fine),
                        randomName(),
                        number(twice),
                        family,
                        phone("Safia"),
                        number(listedAlready),
                        randomName()));
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        JsonNode problem = people.json(refused);
        assertThat(problem.get("rows").asInt()).isEqualTo(7);
        assertThat(problem.get("errors").findValues("row").stream()
                        .map(JsonNode::asInt)
                        .toList())
                .containsExactly(3, 4, 6, 7, 8, 8);
        assertThat(problem.get("errors").findValuesAsString("code"))
                .containsExactly(
                        "assistance.distributions.error.unknown-person",
                        "assistance.distributions.error.unknown-person",
                        "assistance.distributions.import.duplicate-in-file",
                        "assistance.distributions.error.already-listed",
                        "assistance.distributions.import.sex",
                        "assistance.distributions.import.age");
        // Nothing of the file, not even the good row.
        assertThat(listed()).isOne();
    }
}
