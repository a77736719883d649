package org.masar.assistance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.DatabaseOwner;
import org.masar.MasarIntegrationTest;
import org.masar.referrals.ReferralsTestSupport;
import org.masar.referrals.ReferralsTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assistance figures and exports through the API, on a known data set recorded as a user would (people through the
 * people API, services through the services API, an activity through the activities API): a woman of 30 and a boy of
 * 10 served over two months. The figures count people distinct by sex and age band per month and service, leave voided
 * services out, show nothing to users limited to another baladiya or programme, and leave a restricted case's service
 * out for a reader without its permission. Who received what needs assistance:export (a 403, audited, otherwise), parses
 * back from CSV and XLSX with the right rows, and its audit entry carries the filter.
 */
@MasarIntegrationTest
class ReportApiTests {

    static final String SERVICES = "/api/v1/assistance/services";
    static final String REPORTS = "/api/v1/assistance/reports";
    static final String EXPORTS = "/api/v1/assistance/exports";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Environment environment;

    ReferralsTestSupport support;
    User caseworker;
    String project;
    YearMonth first;
    YearMonth second;

    @BeforeEach
    void setUp() {
        support = new ReferralsTestSupport(jdbc, encoder, mvc, json);
        caseworker = support.user("CASEWORKER");
        project = "RPT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        YearMonth now = YearMonth.now(ZoneId.of("Africa/Tripoli"));
        first = now.minusMonths(2);
        second = now.minusMonths(1);
    }

    /** The known data set; answers the woman's and the boy's ids and registration numbers. */
    private record Served(String woman, String boy, String womanNumber, String boyNumber, String voided) {}

    private Served serve() {
        JsonNode woman = register("Mabruka", "F", 30);
        JsonNode boy = register("Yusuf", "M", 10);
        String w = woman.get("id").asString();
        String b = boy.get("id").asString();
        record(w, "food", "1", "basket", first.atDay(10));
        record(w, "hygiene-kit", "2", "kits", first.atDay(12));
        record(b, "hygiene-kit", "1", "kits", first.atDay(12));
        record(w, "hygiene-kit", "1", "kits", second.atDay(3));
        String voided = record(b, "food", "1", "basket", second.atDay(4));
        assertThat(support.post(caseworker, SERVICES + "/" + voided + "/void", "{\"reason\": \"Wrong person\"}"))
                .hasStatusOk();
        assertThat(support.post(caseworker, "/api/v1/assistance/activities", """
                        {"kind": "awareness-session", "topic": "Safe water", "baladiya": "%s", "heldOn": "%s",
                         "programme": "WASH", "project": "%s", "women": 5, "men": 3, "girls": 2, "boys": 1}
                        """.formatted(
                                ReferralsTestSupport.TRIPOLI, first.atDay(20), project)))
                .hasStatus(HttpStatus.CREATED);
        return new Served(
                w,
                b,
                woman.get("registrationNumber").asString(),
                boy.get("registrationNumber").asString(),
                voided);
    }

    private JsonNode register(String given, String sex, int age) {
        MvcTestResult registered = support.post(caseworker, "/api/v1/people", """
                {"givenName": {"lat": "%s", "ar": "سلمى"}, "familyName": {"lat": "Report%s"}, "sex": "%s",
                 "estimatedAge": %d, "ageEstimatedOn": "%s", "baladiya": "%s"}
                """.formatted(
                        given,
                        UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "x"),
                        sex,
                        age,
                        LocalDate.now(ZoneId.of("Africa/Tripoli")).minusDays(1),
                        ReferralsTestSupport.TRIPOLI));
        assertThat(registered).hasStatus(HttpStatus.CREATED);
        return support.json(registered);
    }

    private String record(String person, String type, String quantity, String unit, LocalDate on) {
        MvcTestResult recorded = support.post(caseworker, SERVICES, """
                {"person": "%s", "type": "%s", "quantity": %s, "unit": "%s", "baladiya": "%s",
                 "deliveredOn": "%s", "programme": "WASH", "project": "%s"}
                """.formatted(
                        person, type, quantity, unit, ReferralsTestSupport.TRIPOLI, on, project));
        assertThat(recorded).hasStatus(HttpStatus.CREATED);
        return support.json(recorded).get("id").asString();
    }

    private String query() {
        return "?from=" + first + "&to=" + second + "&project=" + project;
    }

    private JsonNode figures(User user, String extra) {
        MvcTestResult answered = support.get(user, REPORTS + query() + extra);
        assertThat(answered).hasStatusOk();
        return support.json(answered);
    }

    private static JsonNode row(JsonNode rows, YearMonth month, String type) {
        for (JsonNode row : rows) {
            if (row.get("month").asString().equals(month.toString())
                    && (type == null || row.get("type").asString().equals(type))) {
                return row;
            }
        }
        throw new AssertionError("no row for " + month + " " + type + " in " + rows);
    }

    private MvcTestResult download(User user, String uri) {
        return mvc.get().uri(uri).cookie(user.session()).header("Accept", "*/*").exchange();
    }

    @Test
    void figuresCountPeopleBySexAndAgeBandPerMonthAndServiceLeavingVoidedOut() {
        serve();
        JsonNode report = figures(support.user("ME_OFFICER"), "");

        JsonNode kits = row(report.get("services"), first, "hygiene-kit");
        assertThat(kits.get("people").asLong()).isEqualTo(2);
        assertThat(kits.get("services").asLong()).isEqualTo(2);
        assertThat(kits.get("female").asLong()).isOne();
        assertThat(kits.get("male").asLong()).isOne();
        assertThat(kits.get("ageBands").get("FROM_18_TO_59").asLong()).isOne();
        assertThat(kits.get("ageBands").get("FROM_5_TO_11").asLong()).isOne();
        assertThat(kits.get("ageBands").get("UNDER_5").asLong()).isZero();
        assertThat(kits.get("ageBands").get("UNKNOWN").asLong()).isZero();
        assertThat(kits.get("quantities").get("kits").decimalValue()).isEqualByComparingTo("3");

        JsonNode food = row(report.get("services"), first, "food");
        assertThat(food.get("people").asLong()).isOne();
        assertThat(food.get("female").asLong()).isOne();
        assertThat(food.get("male").asLong()).isZero();

        // The second month: the woman's kit; the boy's food was voided, so not counted.
        assertThat(row(report.get("services"), second, "hygiene-kit")
                        .get("people")
                        .asLong())
                .isOne();
        for (JsonNode each : report.get("services")) {
            assertThat(each.get("month").asString() + each.get("type").asString())
                    .isNotEqualTo(second + "food");
        }

        // A month counts people once over every service; the period once over every month.
        JsonNode month = row(report.get("months"), first, null);
        assertThat(month.get("people").asLong()).isEqualTo(2);
        assertThat(month.get("services").asLong()).isEqualTo(3);
        JsonNode total = report.get("total");
        assertThat(total.get("people").asLong()).isEqualTo(2);
        assertThat(total.get("services").asLong()).isEqualTo(4);
        assertThat(total.get("female").asLong()).isOne();
        assertThat(total.get("male").asLong()).isOne();

        // Group activities: participants counted, in their own section.
        JsonNode activity = report.get("activities").get(0);
        assertThat(activity.get("month").asString()).isEqualTo(first.toString());
        assertThat(activity.get("kind").asString()).isEqualTo("awareness-session");
        assertThat(activity.get("women").asLong()).isEqualTo(5);
        assertThat(activity.get("boys").asLong()).isOne();

        // Filters narrow: a service type, a source (recorded by hand; none from distributions), a place.
        JsonNode foodOnly = figures(caseworker, "&type=food");
        assertThat(foodOnly.get("total").get("services").asLong()).isOne();
        assertThat(foodOnly.get("activities").size()).isZero();
        assertThat(figures(caseworker, "&source=recorded")
                        .get("total")
                        .get("services")
                        .asLong())
                .isEqualTo(4);
        assertThat(figures(caseworker, "&source=distribution")
                        .get("total")
                        .get("services")
                        .asLong())
                .isZero();
        assertThat(figures(caseworker, "&place=LY0211")
                        .get("total")
                        .get("services")
                        .asLong())
                .isEqualTo(4);
        assertThat(figures(caseworker, "&place=LY0212")
                        .get("total")
                        .get("people")
                        .asLong())
                .isZero();
    }

    @Test
    void usersLimitedToAnotherBaladiyaOrProgrammeSeeNoneOfIt() {
        serve();
        User misrata = support.user("CASEWORKER", null, null, "LY021203");
        JsonNode theirs = figures(misrata, "");
        assertThat(theirs.get("total").get("people").asLong()).isZero();
        assertThat(theirs.get("services").size()).isZero();
        assertThat(theirs.get("activities").size()).isZero();

        User mrrmOnly = support.user("CASEWORKER");
        jdbc.sql("INSERT INTO access_user_programme_scope (user_id, programme) VALUES (:id, 'MRRM')")
                .param("id", mrrmOnly.id())
                .update();
        JsonNode mrrm = figures(mrrmOnly, "");
        assertThat(mrrm.get("total").get("services").asLong()).isZero();
        assertThat(mrrm.get("activities").size()).isZero();
    }

    @Test
    void aRestrictedCasesServiceIsNotCountedForAReaderWithoutItsPermission() {
        User protection = support.user("PROTECTION_CASEWORKER");
        String survivor = support.person(protection, "Warda");
        UUID caseId = restrictedCase(UUID.fromString(survivor), protection.id());
        assertThat(support.post(protection, SERVICES, """
                        {"person": "%s", "type": "mhpss-session", "baladiya": "%s", "deliveredOn": "%s",
                         "programme": "WASH", "project": "%s", "caseId": "%s"}
                        """.formatted(
                                survivor, ReferralsTestSupport.TRIPOLI, second.atDay(5), project, caseId)))
                .hasStatus(HttpStatus.CREATED);

        assertThat(figures(protection, "").get("total").get("people").asLong()).isOne();
        assertThat(figures(support.user("ME_OFFICER"), "")
                        .get("total")
                        .get("people")
                        .asLong())
                .isZero();
        User manager = support.user("PROGRAMME_MANAGER");
        assertThat(figures(manager, "").get("total").get("people").asLong()).isZero();
        MvcTestResult exported = download(manager, EXPORTS + "/recipients.csv" + query());
        assertThat(exported).hasStatusOk();
        assertThat(text(exported)).doesNotContain(survivor);
    }

    @Test
    void whoReceivedWhatNeedsItsPermissionParsesBackAndIsAuditedWithItsFilter() throws Exception {
        Served served = serve();
        User reader = support.user("ME_OFFICER");
        MvcTestResult refused = download(reader, EXPORTS + "/recipients.csv" + query());
        assertThat(refused).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(refused.getResponse().getHeader("Content-Disposition")).isNull();
        assertThat(support.audited(reader, "access.refused", "DENIED")).isOne();
        // Figures need no more than reading.
        assertThat(download(reader, EXPORTS + "/figures.csv" + query())).hasStatusOk();

        User manager = support.user("PROGRAMME_MANAGER");
        MvcTestResult csv = download(manager, EXPORTS + "/recipients.csv" + query() + "&type=hygiene-kit&lang=en");
        assertThat(csv).hasStatusOk();
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("assistance-recipients.csv");
        String body = text(csv);
        assertThat(body).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(body.substring(1)))
                .getRecords();
        assertThat(records).hasSize(3);
        assertThat(records)
                .extracting(r -> r.get("Registration number"))
                .containsExactly(served.womanNumber(), served.boyNumber(), served.womanNumber());
        CSVRecord boys = records.get(1);
        assertThat(boys.get("Sex")).isEqualTo("M");
        assertThat(boys.get("Age band")).isEqualTo("FROM_5_TO_11");
        assertThat(boys.get("Service")).isEqualTo("hygiene-kit");
        assertThat(boys.get("Quantity")).isEqualTo("1");
        assertThat(boys.get("Unit")).isEqualTo("kits");
        assertThat(boys.get("Baladiya")).isEqualTo(ReferralsTestSupport.TRIPOLI);
        assertThat(boys.get("Delivered on")).isEqualTo(first.atDay(12).toString());
        assertThat(boys.get("Programme")).isEqualTo("WASH");
        assertThat(boys.get("Project")).isEqualTo(project);
        assertThat(boys.get("Source")).isEqualTo("recorded");
        assertThat(boys.get("Name (Latin)")).startsWith("Yusuf");
        assertThat(body).doesNotContain(served.voided());

        MvcTestResult xlsx = download(manager, EXPORTS + "/recipients.xlsx" + query() + "&lang=en");
        assertThat(xlsx).hasStatusOk();
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            try (var stream = workbook.getFirstSheet().openStream()) {
                stream.forEach((Row row) -> rows.add(row.stream()
                        .map(cell -> cell == null ? "" : cell.getRawValue() == null ? "" : cell.getRawValue())
                        .toList()));
            }
        }
        assertThat(rows.getFirst()).contains("Registration number", "Age band");
        assertThat(rows).hasSize(5); // the header and four services not voided
        assertThat(rows.stream().skip(1).map(List::getFirst).toList())
                .containsExactly(served.womanNumber(), served.womanNumber(), served.boyNumber(), served.womanNumber());

        // The audit entry carries the filter, read back from the audit API.
        MvcTestResult read = mvc.get()
                .uri("/api/v1/audit/entries?actor={a}&action=assistance.report.recipients-exported", manager.username())
                .with(user("auditor").authorities(() -> "audit:read"))
                .exchange();
        assertThat(read).hasStatusOk();
        JsonNode entries = support.json(read);
        assertThat(entries.get("total").asLong()).isEqualTo(2);
        JsonNode details = null;
        for (JsonNode entry : entries.get("items")) {
            if (entry.get("details").get("format").asString().equals("csv")) {
                details = entry.get("details");
            }
        }
        assertThat(details).isNotNull();
        assertThat(details.get("from").asString()).isEqualTo(first.toString());
        assertThat(details.get("to").asString()).isEqualTo(second.toString());
        assertThat(details.get("project").asString()).isEqualTo(project);
        assertThat(details.get("type").asString()).isEqualTo("hygiene-kit");
    }

    @Test
    void theFiguresExportParsesBackAsXlsx() throws Exception {
        serve();
        MvcTestResult xlsx = download(support.user("ME_OFFICER"), EXPORTS + "/figures.xlsx" + query() + "&lang=en");
        assertThat(xlsx).hasStatusOk();
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            try (var stream = workbook.getFirstSheet().openStream()) {
                stream.forEach((Row row) -> rows.add(row.stream()
                        .map((Cell cell) -> cell == null || cell.getRawValue() == null ? "" : cell.getRawValue())
                        .toList()));
            }
        }
        // The header, three month × service rows, one activity row.
        assertThat(rows).hasSize(5);
        List<String> kits = rows.stream()
                .filter(r -> r.get(1).equals(first.toString()) && r.get(2).equals("hygiene-kit"))
                .findFirst()
                .orElseThrow();
        assertThat(kits.get(4)).isEqualTo("2"); // people
        assertThat(kits.get(6)).isEqualTo("1"); // female
        assertThat(rows.getLast().getFirst()).isEqualTo("activity");
    }

    @Test
    void anExportLargerThanAChunkHoldsEveryRowInOrder() throws Exception {
        Served served = serve();
        // Volume, not behaviour: 1,200 more services like the woman's food basket, written straight to the ledger.
        jdbc.sql("""
                        INSERT INTO assistance_service (id, person_id, service_type, quantity, unit, baladiya_pcode,
                               delivered_on, programme, project, person_baladiya, recorded_at, recorded_by,
                               recorded_by_name, person_sex, person_age_band)
                        SELECT gen_random_uuid(), s.person_id, s.service_type, s.quantity, s.unit, s.baladiya_pcode,
                               s.delivered_on, s.programme, s.project, s.person_baladiya, s.recorded_at + n * interval '1 ms',
                               s.recorded_by, s.recorded_by_name, s.person_sex, s.person_age_band
                          FROM assistance_service s, generate_series(1, 1200) AS n
                         WHERE s.project = :project AND s.service_type = 'food' AND s.voided_at IS NULL
                        """).param("project", project).update();
        User manager = support.user("PROGRAMME_MANAGER");
        MvcTestResult csv = download(manager, EXPORTS + "/recipients.csv" + query() + "&lang=en");
        assertThat(csv).hasStatusOk();
        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text(csv).substring(1)))
                .getRecords();
        assertThat(records).hasSize(1204);
        // Every row is labelled, across chunks; the boy's kit comes after the 1,201 food baskets and the woman's kit.
        assertThat(records)
                .allSatisfy(r -> assertThat(r.get("Registration number")).isNotBlank());
        assertThat(records.get(1202).get("Registration number")).isEqualTo(served.boyNumber());

        MvcTestResult xlsx = download(manager, EXPORTS + "/recipients.xlsx" + query());
        assertThat(xlsx).hasStatusOk();
        long rows;
        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            try (var stream = workbook.getFirstSheet().openStream()) {
                rows = stream.count();
            }
        }
        assertThat(rows).isEqualTo(1205);
        assertThat(figures(manager, "").get("total").get("services").asLong()).isEqualTo(1204);
    }

    @Test
    void aBadFilterIsAProblemNamingTheFields() {
        assertThat(support.get(caseworker, REPORTS + "?from=2026-05&to=2026-01&programme=NOPE&place=Tripoli"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .contains("to", "programme", "place");
        assertThat(support.get(caseworker, REPORTS + "?from=May")).hasStatus(HttpStatus.BAD_REQUEST);
        MvcTestResult badExport = download(support.user("PROGRAMME_MANAGER"), EXPORTS + "/recipients.csv?source=x");
        assertThat(badExport).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(badExport.getResponse().getHeader("Content-Disposition")).isNull();
    }

    private static String text(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    /** A GBV case (restricted by its type) assigned to the user, written as the owner (as ServicesApiTests does). */
    private UUID restrictedCase(UUID personId, UUID assignee) {
        JdbcClient owner = DatabaseOwner.jdbc(environment);
        UUID organisation = support.organisation("MISSION");
        UUID office = support.office(organisation);
        UUID id = UUID.randomUUID();
        owner.sql("""
                        INSERT INTO cases_case (id, case_number, case_type, person_id, office_id, assigned_to,
                                                sensitivity, status, stage, opened_at, opened_by, updated_at,
                                                updated_by)
                        VALUES (:id, :number, 'gbv', :person, :office, :assignee, 'RESTRICTED', 'open', 'new', now(),
                                'test', now(), 'test')
                        """)
                .param("id", id)
                .param("number", "R-" + id.toString().substring(0, 8))
                .param("person", personId)
                .param("office", office)
                .param("assignee", assignee)
                .update();
        return id;
    }
}
