package org.masar.collect.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.masar.collect.CollectTestSupport.uniqueFormId;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.CurrentUser;
import org.masar.access.UserId;
import org.masar.collect.CollectTestSupport;
import org.masar.collect.CollectTestSupport.Phone;
import org.masar.collect.CollectTestSupport.User;
import org.masar.collect.SubmissionExports;
import org.masar.collect.SubmissionFilter;
import org.masar.collect.SubmissionTestSupport;
import org.masar.collect.SubmissionTestSupport.Member;
import org.masar.collect.SubmissionTestSupport.Visit;
import org.masar.shared.spreadsheet.SpreadsheetFormat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * Submissions sent through {@code /submission} exported as CSV and XLSX: a column per question in form order after
 * the metadata, repeats in a table of their own linked by instance id, formula-like answers written as text, the
 * filter applied, more rows than one database fetch, the permission and the audit with the row count.
 */
@MasarIntegrationTest
class SubmissionExportTests {

    static final List<String> META =
            List.of("_instance_id", "_received_at", "_submitter", "_version", "_review_state", "_mapping_state");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JsonMapper json;

    @Autowired
    SubmissionExports exports;

    CollectTestSupport collect;
    SubmissionTestSupport phones;
    User officer;
    User enumerator;
    Phone phone;
    String formId;

    @BeforeEach
    void setUp() {
        collect = new CollectTestSupport(mvc, jdbc, encoder, json);
        phones = new SubmissionTestSupport(mvc, collect);
        officer = collect.user("DTM_OFFICER");
        enumerator = collect.user("DTM_ENUMERATOR");
        phone = collect.phone(enumerator, "Samsung A14");
        formId = phones.form(officer, uniqueFormId("export"));
    }

    @Test
    void theCsvHasAColumnPerQuestionAndTheRepeatItsOwnTable() throws Exception {
        String first = phones.sent(phone, formId, Visit.of("Tajoura"));
        String formula = phones.sent(
                phone,
                formId,
                new Visit("=HYPERLINK(\"http://evil\")", 2, "water", null, List.of(new Member("-1+2", 9))));

        MvcTestResult result = export("submissions.csv", "");
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains(formId + ".csv");
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFF");
        List<CSVRecord> rows = csv(body.substring(1));
        assertThat(rows.get(0).toList())
                .containsExactlyElementsOf(concat(
                        META,
                        List.of("site", "household/size", "needs", "photo", "meta/instanceID", "meta/deprecatedID")));
        assertThat(rows).hasSize(3);
        Map<String, String> tajoura = row(rows, 1); // oldest first
        assertThat(tajoura.get("_instance_id")).isEqualTo(first);
        assertThat(tajoura.get("_submitter")).isEqualTo(enumerator.username());
        assertThat(tajoura.get("_version")).isEqualTo("1");
        assertThat(tajoura.get("_review_state")).isEqualTo("received");
        assertThat(tajoura.get("site")).isEqualTo("Tajoura");
        assertThat(tajoura.get("household/size")).isEqualTo("4");
        assertThat(tajoura.get("needs")).isEqualTo("food water");
        assertThat(row(rows, 2).get("site")).isEqualTo("'=HYPERLINK(\"http://evil\")");

        List<CSVRecord> members = csv(export("submissions.csv", "repeat=member")
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .substring(1));
        assertThat(members.get(0).values()).containsExactly("_instance_id", "_index", "member/name", "member/age");
        assertThat(members).hasSize(4);
        assertThat(members.get(1).values()).containsExactly(first, "1", "Amal", "30");
        assertThat(members.get(2).values()).containsExactly(first, "2", "Omar", "4");
        assertThat(members.get(3).values()).containsExactly(formula, "1", "'-1+2", "9");

        assertThat(export("submissions.csv", "repeat=nothing"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/validation");
        assertThat(export("submissions.csv", "repeat=nothing").getResponse().getHeader("Content-Disposition"))
                .isNull();

        Map<String, Object> audit = jdbc.sql("""
                        SELECT details->>'rows' AS rows, details->>'format' AS format FROM audit_entry
                         WHERE action = 'collect.submission.exported' AND actor = :u AND subject_id = :form
                         ORDER BY sequence LIMIT 1
                        """)
                .param("u", officer.username())
                .param("form", formId)
                .query()
                .singleRow();
        assertThat(audit).containsEntry("rows", "2").containsEntry("format", "csv");
    }

    @Test
    void theXlsxHasASheetForTheSubmissionsAndOneForTheRepeat() throws Exception {
        String first = phones.sent(phone, formId, Visit.of("Tajoura"));
        phones.sent(phone, formId, new Visit("@SUM(A1)", 1, "food", null, List.of()));

        MvcTestResult result = export("submissions.xlsx", "");
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(
                new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                List<List<String>> rows = new ArrayList<>();
                try (var stream = sheet.openStream()) {
                    stream.forEach(row -> {
                        List<String> cells = new ArrayList<>();
                        for (int c = 0; c < row.getCellCount(); c++) {
                            cells.add(row.getOptionalCell(c).map(Cell::getText).orElse(""));
                        }
                        rows.add(cells);
                    });
                }
                sheets.put(sheet.getName(), rows);
            }
        }
        assertThat(sheets).containsOnlyKeys("submissions", "member");
        List<List<String>> submissions = sheets.get("submissions");
        assertThat(submissions.get(0)).startsWith(META.toArray(String[]::new)).contains("household/size");
        assertThat(submissions).hasSize(3);
        assertThat(submissions.get(1).get(0)).isEqualTo(first);
        assertThat(submissions.get(1)).contains("Tajoura", "food water");
        assertThat(submissions.get(2)).contains("'@SUM(A1)");
        List<List<String>> members = sheets.get("member");
        assertThat(members.get(0)).containsExactly("_instance_id", "_index", "member/name", "member/age");
        assertThat(members).hasSize(3);
        assertThat(members.get(2)).containsExactly(first, "2", "Omar", "4");
    }

    @Test
    void theFilterChoosesTheRowsAndMoreRowsThanOneFetchAreAllWritten() throws Exception {
        int count = 520; // more than one fetch of the cursor (500)
        for (int i = 0; i < count; i++) {
            phones.sent(phone, formId, new Visit("site " + i, i, "food", null, List.of(new Member("m" + i, i))));
        }
        List<CSVRecord> rows = csv(export("submissions.csv", "")
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .substring(1));
        assertThat(rows).hasSize(count + 1);
        for (int i = 0; i < count; i++) {
            // read on one thread and written on another: every row, in the order read
            assertThat(row(rows, i + 1).get("site")).isEqualTo("site " + i);
        }

        // a reader that goes away mid-file stops the export: the failure comes back, the writer thread ends, and the
        // export is audited as incomplete with the rows written until then
        OutputStream goneAway = new OutputStream() {
            private long written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                written += length;
                if (written > 10_000) {
                    throw new IOException("The reader went away");
                }
            }
        };
        assertThatThrownBy(() -> asOfficer(() ->
                        exports.export(formId, SubmissionFilter.current(), SpreadsheetFormat.CSV, null, goneAway)))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(thread -> thread.getName().equals("collect-export-writer") && thread.isAlive());
        assertThat(jdbc.sql("""
                        SELECT details->>'complete' FROM audit_entry
                         WHERE action = 'collect.submission.exported' AND subject_id = :form AND outcome = 'FAILURE'
                        """).param("form", formId).query(String.class).single())
                .isEqualTo("false");
        assertThat(csv(export("submissions.csv", "repeat=member")
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8)
                        .substring(1)))
                .hasSize(count + 1);

        // approve one through the API, then export only the approved
        String id = collect.json(mvc.get()
                        .uri("/api/v1/collect/forms/{f}/submissions?size=1", formId)
                        .cookie(officer.session())
                        .exchange())
                .get("items")
                .get(0)
                .get("id")
                .asString();
        assertThat(
                        mvc.post()
                                .uri("/api/v1/collect/forms/{f}/submissions/{id}/review", formId, id)
                                .contentType("application/json")
                                .content("{\"state\": \"approved\"}")
                                .cookie(officer.session())
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .exchange())
                .hasStatusOk();
        List<CSVRecord> approved = csv(export("submissions.csv", "reviewState=approved")
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .substring(1));
        assertThat(approved).hasSize(2);
        assertThat(row(approved, 1).get("site")).isEqualTo("site " + (count - 1));
        assertThat(row(approved, 1).get("_review_state")).isEqualTo("approved");
        assertThat(jdbc.sql("""
                        SELECT details->>'rows' FROM audit_entry
                         WHERE action = 'collect.submission.exported' AND subject_id = :form
                           AND details->>'reviewState' = 'approved'
                        """).param("form", formId).query(String.class).single())
                .isEqualTo("1");
    }

    @Test
    void exportingNeedsTheExportPermission() {
        phones.sent(phone, formId, Visit.of("Tajoura"));
        // a field user holds collect:submit only; a programme manager reviews and exports
        MvcTestResult refused = mvc.get()
                .uri("/api/v1/collect/forms/{f}/submissions.csv", formId)
                .cookie(enumerator.session())
                .exchange();
        assertThat(refused).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(refused.getResponse().getHeader("Content-Disposition")).isNull();
        User manager = collect.user("PROGRAMME_MANAGER");
        assertThat(mvc.get()
                        .uri("/api/v1/collect/forms/{f}/submissions.xlsx", formId)
                        .cookie(manager.session())
                        .exchange())
                .hasStatusOk();
        assertThat(mvc.get()
                        .uri("/api/v1/collect/forms/no_such_form/submissions.csv")
                        .cookie(manager.session())
                        .exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    // ---------------------------------------------------------------- helpers

    /** Runs a step of the face as the officer holding collect:review and collect:export, off any request. */
    private void asOfficer(Runnable step) {
        CurrentUser principal = new CurrentUser() {
            @Override
            public UserId id() {
                return new UserId(officer.id());
            }

            @Override
            public String username() {
                return officer.username();
            }
        };
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal,
                null,
                List.of(new SimpleGrantedAuthority("collect:review"), new SimpleGrantedAuthority("collect:export"))));
        SecurityContextHolder.setContext(context);
        try {
            step.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private MvcTestResult export(String file, String query) {
        return mvc.get()
                .uri("/api/v1/collect/forms/" + formId + "/" + file + (query.isEmpty() ? "" : "?" + query))
                .cookie(officer.session())
                .exchange();
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    private static Map<String, String> row(List<CSVRecord> rows, int index) {
        Map<String, String> row = new LinkedHashMap<>();
        List<String> header = rows.get(0).toList();
        for (int c = 0; c < header.size(); c++) {
            row.put(header.get(c), rows.get(index).get(c));
        }
        return row;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
