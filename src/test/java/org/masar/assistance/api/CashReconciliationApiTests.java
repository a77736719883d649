package org.masar.assistance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.assistance.CashTestSupport.CASH;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.assistance.CashTestSupport;
import org.masar.referrals.ReferralsTestSupport.User;
import org.masar.shared.spreadsheet.SpreadsheetReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A provider's report against an approved, sent payment list: every kind of mismatch listed; confirming records the
 * reported statuses only when they are the only differences (collected ones become services), otherwise nothing;
 * wrong columns and unreadable files refused naming what is wrong, nothing written; the list exported for the
 * provider as CSV and XLSX only to those who may export, audited.
 */
@MasarIntegrationTest
class CashReconciliationApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    CashTestSupport cash;
    User officer;
    User checker;
    String cycle;
    String list;
    List<String> ids = new ArrayList<>();
    List<String> refs = new ArrayList<>();

    @BeforeEach
    void setUp() {
        cash = new CashTestSupport(jdbc, encoder, mvc, json);
        officer = cash.user("CASH_OFFICER");
        checker = cash.user("PROGRAMME_MANAGER");
        User caseworker = cash.user("CASEWORKER");
        cycle = cash.cycle(officer);
        list = cash.list(officer, cycle);
        for (String given : List.of("Salma", "Omar", "Huda", "Amal")) {
            JsonNode added = cash.added(officer, list, cash.people.person(caseworker, given), "100");
            ids.add(added.get("id").asString());
            refs.add(added.get("reference").asString());
        }
        assertThat(cash.approve(checker, cash.submit(officer, list))).hasStatusOk();
        for (String id : ids) {
            assertThat(cash.status(officer, id, "sent", null)).hasStatusOk();
        }
    }

    private static byte[] csv(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private long cashServices() {
        return jdbc.sql("SELECT count(*) FROM assistance_service WHERE source = 'cash-cycle' AND source_id = :cycle")
                .param("cycle", UUID.fromString(cycle))
                .query(Long.class)
                .single();
    }

    private List<String> statuses() {
        return ids.stream().map(cash::transferStatus).toList();
    }

    @Test
    void everyMismatchIsListedAndNothingIsRecordedWhileThereAreAny() {
        String today = CashTestSupport.today();
        byte[] report = csv(
                "Reference,Amount,Currency,Status,Date",
                refs.get(0) + ",100.00,LYD,paid," + today,
                refs.get(1) + ",90,LYD,paid," + today,
                refs.get(2) + ",100,EUR,failed," + today,
                "TR-999999,100,LYD,paid," + today,
                refs.get(0) + ",100,LYD,paid," + today,
                "TR-888888,abc,LYD,paid," + today);
        MvcTestResult confirmed = cash.reconcile(officer, list, "report.csv", report, true);
        assertThat(confirmed).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        JsonNode result = cash.json(confirmed);
        assertThat(result.get("rows").asInt()).isEqualTo(6);
        assertThat(result.get("applied").asInt()).isZero();
        assertThat(result.get("applicable").asBoolean()).isFalse();
        List<String> kinds = result.get("mismatches").findValuesAsString("kind");
        assertThat(kinds)
                .contains(
                        "status-differs",
                        "amount-differs",
                        "currency-differs",
                        "not-in-list",
                        "duplicate-row",
                        "invalid-row",
                        "missing-from-report");
        JsonNode amount = mismatch(result, "amount-differs");
        assertThat(amount.get("reference").asString()).isEqualTo(refs.get(1));
        assertThat(amount.get("line").asInt()).isEqualTo(3);
        assertThat(new BigDecimal(amount.get("expected").asString())).isEqualByComparingTo("100");
        assertThat(amount.get("found").asString()).isEqualTo("90");
        assertThat(mismatch(result, "currency-differs").get("found").asString()).isEqualTo("EUR");
        assertThat(mismatch(result, "not-in-list").get("reference").asString()).isEqualTo("TR-999999");
        assertThat(mismatch(result, "duplicate-row").get("line").asInt()).isEqualTo(6);
        assertThat(mismatch(result, "invalid-row").get("found").asString()).isEqualTo("amount");
        assertThat(mismatch(result, "missing-from-report").get("reference").asString())
                .isEqualTo(refs.get(3));
        // Nothing recorded: every transfer still sent, no service.
        assertThat(statuses()).containsOnly("sent");
        assertThat(cashServices()).isZero();
        assertThat(cash.audited(officer, "assistance.cash.report-reconciled", "SUCCESS"))
                .isOne();
    }

    @Test
    void aReportWhoseOnlyDifferencesAreStatusesIsRecordedWhenConfirmed() {
        String today = CashTestSupport.today();
        byte[] report = csv(
                "transfer_reference;amount;currency;status;date",
                refs.get(0) + ";100;LYD;paid;" + today,
                refs.get(1) + ";100.00;lyd;Collected;" + today,
                refs.get(2) + ";100;LYD;failed;" + today,
                refs.get(3) + ";100;LYD;paid;" + today);
        // Read only first: listed, nothing recorded.
        JsonNode read = cash.json(cash.reconcile(officer, list, "report.csv", report, false));
        assertThat(read.get("applicable").asBoolean()).isTrue();
        assertThat(read.get("mismatches").findValuesAsString("kind")).containsOnly("status-differs");
        assertThat(statuses()).containsOnly("sent");

        MvcTestResult confirmed = cash.reconcile(officer, list, "report.csv", report, true);
        assertThat(confirmed).hasStatusOk();
        assertThat(cash.json(confirmed).get("applied").asInt()).isEqualTo(4);
        assertThat(statuses()).containsExactly("collected", "collected", "failed", "collected");
        assertThat(cashServices()).isEqualTo(3);
        // Read again, the report agrees with the list.
        JsonNode again = cash.json(cash.reconcile(officer, list, "report.csv", report, false));
        assertThat(again.get("matched").asInt()).isEqualTo(4);
        assertThat(again.get("mismatches").isEmpty()).isTrue();
    }

    @Test
    void anXlsxReportIsReadToo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("report");
        List<String> header = List.of("Reference", "Amount", "Currency", "Status", "Date");
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        for (int r = 0; r < 4; r++) {
            sheet.value(r + 1, 0, refs.get(r));
            sheet.value(r + 1, 1, r == 0 ? 75 : 100);
            sheet.value(r + 1, 2, "LYD");
            sheet.value(r + 1, 3, "paid");
            sheet.value(r + 1, 4, CashTestSupport.today());
        }
        workbook.finish();
        JsonNode read = cash.json(cash.reconcile(officer, list, "report.xlsx", out.toByteArray(), false));
        assertThat(read.get("rows").asInt()).isEqualTo(4);
        assertThat(mismatch(read, "amount-differs").get("reference").asString()).isEqualTo(refs.get(0));
        assertThat(read.get("applicable").asBoolean()).isFalse();
    }

    @Test
    void wrongColumnsUnreadableFilesAndUnknownReferencesWriteNothing() {
        String today = CashTestSupport.today();
        assertThat(cash.reconcile(
                        officer,
                        list,
                        "report.csv",
                        csv("Ref No,Sum,Currency,State,Date", refs.get(0) + ",100,LYD,paid," + today),
                        true))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("reference, amount, status")
                .contains("Ref No");
        assertThat(cash.reconcile(
                        officer,
                        list,
                        "report.xlsx",
                        "PK\u0003\u0004 not a workbook".getBytes(StandardCharsets.ISO_8859_1),
                        true))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/assistance.payment-report-unreadable");
        assertThat(cash.reconcile(officer, list, "empty.csv", new byte[0], true))
                .hasStatus(HttpStatus.BAD_REQUEST);
        // Only unknown references besides statuses: refused whole.
        assertThat(cash.reconcile(
                        officer,
                        list,
                        "report.csv",
                        csv(
                                "reference,amount,currency,status,date",
                                refs.get(0) + ",100,LYD,paid," + today,
                                refs.get(1) + ",100,LYD,paid," + today,
                                refs.get(2) + ",100,LYD,paid," + today,
                                refs.get(3) + ",100,LYD,paid," + today,
                                "TR-424242,100,LYD,paid," + today),
                        true))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(statuses()).containsOnly("sent");
        assertThat(cashServices()).isZero();
    }

    @Test
    void theListIsExportedForTheProviderOnlyToThoseWhoMayExport() throws Exception {
        MvcTestResult csv = mvc.get()
                .uri(CASH + "/lists/{id}/export?format=csv", list)
                .cookie(checker.session())
                .exchange();
        assertThat(csv).hasStatusOk();
        String text = CashTestSupport.text(csv);
        assertThat(text).startsWith("reference,amount,currency,status,date,registration_number");
        refs.forEach(ref -> assertThat(text).contains(ref));
        MvcTestResult xlsx = mvc.get()
                .uri(CASH + "/lists/{id}/export?format=xlsx", list)
                .cookie(checker.session())
                .exchange();
        assertThat(xlsx).hasStatusOk();
        SpreadsheetReader.Table table =
                SpreadsheetReader.read("list.xlsx", xlsx.getResponse().getContentAsByteArray(), null);
        assertThat(table.header()).startsWith("reference", "amount", "currency");
        assertThat(table.rows()).hasSize(4);
        assertThat(cash.audited(checker, "assistance.cash.list-exported", "SUCCESS"))
                .isEqualTo(2);
        // The cash officer sends it to the provider; a reader without assistance:export may not export names.
        assertThat(mvc.get()
                        .uri(CASH + "/lists/{id}/export?format=csv", list)
                        .cookie(officer.session())
                        .exchange())
                .hasStatusOk();
        assertThat(cash.audited(officer, "assistance.cash.list-exported", "SUCCESS"))
                .isOne();
        User reader = cash.user("ME_OFFICER");
        assertThat(mvc.get()
                        .uri(CASH + "/lists/{id}/export", list)
                        .cookie(reader.session())
                        .accept("application/json")
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(cash.refusals(reader)).isOne();
        // A draft list is not exported.
        String draft = cash.list(officer, cycle);
        assertThat(mvc.get()
                        .uri(CASH + "/lists/{id}/export", draft)
                        .cookie(checker.session())
                        .accept("application/json")
                        .exchange())
                .hasStatus(HttpStatus.CONFLICT);
    }

    private static JsonNode mismatch(JsonNode result, String kind) {
        for (JsonNode mismatch : result.get("mismatches")) {
            if (mismatch.get("kind").asString().equals(kind)) {
                return mismatch;
            }
        }
        throw new AssertionError("no " + kind + " in " + result);
    }
}
