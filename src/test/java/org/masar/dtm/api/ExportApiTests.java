package org.masar.dtm.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.dtm.DashboardTestRounds;
import org.masar.dtm.DtmTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HXL exports of a published round: the hashtag row under the header row, small cells suppressed (including the
 * cells that subtraction from a total would reveal), never an informant, an unpublished round refused, every export
 * audited, and a reader with only {@code dtm:read} served.
 */
@MasarIntegrationTest
class ExportApiTests {

    /** Derna (LY010102) and Alqubba (LY010103) are two baladiya of the Derna mantika (LY0101) with Umm arrazam. */
    private static final String UMM_ARRAZAM = "LY010101";

    private static final String DERNA = "LY010102";
    private static final String ALQUBBA = "LY010103";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    DashboardTestRounds rounds;
    UUID round;
    int number;

    @BeforeEach
    void publishARound() {
        rounds = new DashboardTestRounds(jdbc);
        number = DashboardTestRounds.nextNumber();
        Map<String, Map<String, Long>> figures = new LinkedHashMap<>();
        figures.put(
                UMM_ARRAZAM,
                figures(
                        "idps.ind",
                        3L,
                        "idps.hh",
                        1L,
                        "migrants.ind",
                        50L,
                        "migrants.ind.f.children",
                        3L,
                        "migrants.ind.f.adults",
                        20L,
                        "migrants.ind.m.children",
                        10L,
                        "migrants.ind.m.adults",
                        17L));
        figures.put(
                DERNA,
                figures(
                        "idps.ind",
                        1200L,
                        "idps.hh",
                        240L,
                        "migrants.ind",
                        300L,
                        "migrants.ind.f.children",
                        40L,
                        "migrants.ind.f.adults",
                        60L,
                        "migrants.ind.m.children",
                        80L,
                        "migrants.ind.m.adults",
                        120L));
        figures.put(
                ALQUBBA,
                figures(
                        "idps.ind",
                        45L,
                        "idps.hh",
                        9L,
                        "migrants.ind",
                        100L,
                        "migrants.ind.f.children",
                        10L,
                        "migrants.ind.f.adults",
                        20L,
                        "migrants.ind.m.children",
                        30L,
                        "migrants.ind.m.adults",
                        40L));
        round = rounds.published(number, figures);
    }

    @Test
    void theCsvHasTheHxlHashtagRowUnderTheHeaderRow() throws Exception {
        MvcTestResult result = export(round, "baladiya", "csv", DtmTestSupport.OFFICER);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains("dtm-round-" + number + "-v1-baladiya.csv");
        List<CSVRecord> records = csv(result);
        assertThat(records.get(0).toList()).startsWith("Round", "Period start", "Period end", "Region P-code");
        assertThat(records.get(1).toList())
                .startsWith(
                        "#round+code",
                        "#date+start",
                        "#date+end",
                        "#adm1+code",
                        "#adm1+name+i_en",
                        "#adm1+name+i_ar",
                        "#adm2+code",
                        "#adm2+name+i_en",
                        "#adm2+name+i_ar",
                        "#adm3+code",
                        "#adm3+name+i_en",
                        "#adm3+name+i_ar")
                .contains(
                        "#affected+idps+ind",
                        "#affected+idps+hh",
                        "#affected+migrants+ind",
                        "#affected+migrants+f+children",
                        "#affected+migrants+m+adults");
        assertThat(records).hasSize(2 + 3);
        Map<String, String> derna = row(records, DERNA);
        assertThat(derna.get("Round")).isEqualTo(String.valueOf(number));
        assertThat(derna.get("Period start")).isEqualTo("2026-01-05");
        assertThat(derna.get("Baladiya")).isEqualTo("Derna");
        assertThat(derna.get("Baladiya (Arabic)")).isEqualTo("درنة");
        assertThat(derna.get("Mantika P-code")).isEqualTo("LY0101");
        assertThat(derna.get("Region (Arabic)")).isEqualTo("الشرق");
        assertThat(derna.get("idps.ind")).isEqualTo("1200");
    }

    /**
     * Umm arrazam's 3 migrant girls are under 5, and so would be found again by subtracting the other three cells from
     * the 50 migrants: the smallest other cell (10) is withheld as well. Its 3 IDPs are under 5 too, and the mantika's
     * total (published at mantika level) minus Derna and Alqubba would give them back: Alqubba's 45, the smallest
     * other unit, is withheld.
     */
    @Test
    void smallCellsAreSuppressedAndCannotBeRecoveredBySubtraction() throws Exception {
        List<CSVRecord> records = csv(export(round, "baladiya", "csv", DtmTestSupport.OFFICER));
        Map<String, String> umm = row(records, UMM_ARRAZAM);
        assertThat(umm.get("migrants.ind.f.children")).isEqualTo("<5");
        assertThat(umm.get("migrants.ind")).isEqualTo("50");
        assertThat(umm.get("migrants.ind.m.children")).isEqualTo("x");
        assertThat(umm.get("migrants.ind.f.adults")).isEqualTo("20");
        assertThat(umm.get("migrants.ind.m.adults")).isEqualTo("17");
        // The row's subtraction: what is left for the hidden cells is 13, shared between a <5 and an x (5 or more).
        long left = Long.parseLong(umm.get("migrants.ind"))
                - Long.parseLong(umm.get("migrants.ind.f.adults"))
                - Long.parseLong(umm.get("migrants.ind.m.adults"));
        assertThat(left).isEqualTo(13);

        assertThat(umm.get("idps.ind")).isEqualTo("<5");
        assertThat(umm.get("idps.hh")).isEqualTo("<5");
        assertThat(row(records, ALQUBBA).get("idps.ind")).isEqualTo("x");
        assertThat(row(records, DERNA).get("idps.ind")).isEqualTo("1200");
        // The column's subtraction: the mantika's published total minus the published units leaves two hidden cells.
        Map<String, String> mantika = row(csv(export(round, "mantika", "csv", DtmTestSupport.OFFICER)), "LY0101");
        assertThat(mantika.get("idps.ind")).isEqualTo("1248");
        assertThat(Long.parseLong(mantika.get("idps.ind")) - 1200).isEqualTo(48);
        assertThat(records.stream()
                        .skip(2)
                        .filter(r -> r.toList().contains("x"))
                        .count())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void noInformantIsEverExported() throws Exception {
        for (String level : List.of("region", "mantika", "baladiya", "muhalla")) {
            MvcTestResult result = export(round, level, "csv", DtmTestSupport.OFFICER);
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body)
                    .doesNotContain("muhalla-leader")
                    .doesNotContain("local-council")
                    .doesNotContain("informant");
        }
    }

    @Test
    void theXlsxHasTheHashtagRowUnderTheHeaderRow() throws Exception {
        MvcTestResult result = export(round, "region", "xlsx", DtmTestSupport.OFFICER);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("-region.xlsx");
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(
                        new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
                var stream = workbook.getFirstSheet().openStream()) {
            stream.forEach(row -> {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(row.getOptionalCell(c).map(Cell::getText).orElse(""));
                }
                rows.add(cells);
            });
        }
        assertThat(rows.get(0)).startsWith("Round", "Period start", "Period end", "Region P-code", "Region");
        assertThat(rows.get(1))
                .startsWith("#round+code", "#date+start", "#date+end", "#adm1+code", "#adm1+name+i_en")
                .contains("#affected+idps+ind");
        assertThat(rows.get(2)).startsWith(String.valueOf(number)).contains("LY01", "East", "الشرق");
    }

    @Test
    void anUnpublishedRoundIsRefused() {
        UUID planned = rounds.planned(DashboardTestRounds.nextNumber());
        MvcTestResult officer = export(planned, "baladiya", "csv", DtmTestSupport.OFFICER);
        assertThat(officer.getResponse().getStatus()).isEqualTo(409);
        assertThat(officer.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(DtmTestSupport.body(officer)).contains("/problems/dtm.export.not-published");
        // A reader sees published rounds only: for them the planned round does not exist.
        MvcTestResult reader = export(planned, "baladiya", "csv", DtmTestSupport.READER);
        assertThat(reader.getResponse().getStatus()).isEqualTo(404);
        MvcTestResult unknown = export(UUID.randomUUID(), "baladiya", "csv", DtmTestSupport.OFFICER);
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(DtmTestSupport.body(unknown)).contains("/problems/dtm.round-not-found");
        assertThat(mvc.get()
                        .uri("/api/v1/dtm/rounds/not-a-round/export?level=region&format=csv")
                        .with(DtmTestSupport.OFFICER)
                        .exchange()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aLevelOrFormatItDoesNotKnowIsABadRequest() {
        for (String query : List.of("level=libya&format=csv", "level=baladiya&format=pdf", "format=csv", "")) {
            MvcTestResult result = mvc.get()
                    .uri("/api/v1/dtm/rounds/" + round + "/export?" + query)
                    .with(DtmTestSupport.OFFICER)
                    .exchange();
            assertThat(result.getResponse().getStatus()).as(query).isEqualTo(400);
            assertThat(DtmTestSupport.body(result)).contains("/problems/validation");
        }
    }

    @Test
    void everyExportIsAudited() {
        String who = "dtm-exporter-" + UUID.randomUUID().toString().substring(0, 8);
        RequestPostProcessor reader = user(who).authorities(() -> "dtm:read");
        assertThat(export(round, "muhalla", "csv", reader).getResponse().getStatus())
                .isEqualTo(200);
        assertThat(export(round, "region", "xlsx", reader).getResponse().getStatus())
                .isEqualTo(200);
        List<Map<String, Object>> entries =
                jdbc.sql("""
                        SELECT subject_type, subject_id, details::text AS details FROM audit_entry
                         WHERE actor = :who AND action = 'dtm.round.exported' AND outcome = 'SUCCESS' ORDER BY sequence
                        """).param("who", who).query().listOfRows();
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).get("subject_type")).isEqualTo("dtm-round");
        assertThat(entries.get(0).get("subject_id")).isEqualTo(round.toString());
        assertThat((String) entries.get(0).get("details")).contains("muhalla").contains("csv");
        assertThat((String) entries.get(1).get("details")).contains("region").contains("xlsx");
    }

    @Test
    void aReaderWithOnlyDtmReadExportsPublishedDataAndOthersAreRefused() {
        MvcTestResult reader = export(round, "region", "csv", DtmTestSupport.READER);
        assertThat(reader.getResponse().getStatus()).isEqualTo(200);
        assertThat(DtmTestSupport.body(reader)).contains("#affected+idps+ind");
        String who = "dtm-enumerator-" + UUID.randomUUID().toString().substring(0, 8);
        MvcTestResult enumerator = export(round, "region", "csv", user(who).authorities(() -> "dtm:collect"));
        assertThat(enumerator.getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = :who AND outcome = 'DENIED'")
                        .param("who", who)
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    private MvcTestResult export(UUID id, String level, String format, RequestPostProcessor who) {
        return mvc.get()
                .uri("/api/v1/dtm/rounds/{id}/export?level={level}&format={format}", id, level, format)
                .with(who)
                .exchange();
    }

    private static List<CSVRecord> csv(MvcTestResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return CSVFormat.RFC4180
                .parse(new StringReader(result.getResponse().getContentAsString(StandardCharsets.UTF_8)))
                .getRecords();
    }

    /** The data row of one unit, by header; the unit is found by its P-code in any column. */
    private static Map<String, String> row(List<CSVRecord> records, String pcode) {
        List<String> headers = records.get(0).toList();
        for (CSVRecord record : records.subList(2, records.size())) {
            List<String> cells = record.toList();
            int column = headers.lastIndexOf(headers.stream()
                    .filter(h -> h.endsWith("P-code"))
                    .reduce((a, b) -> b)
                    .orElseThrow());
            if (cells.get(column).equals(pcode)) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < headers.size(); i++) {
                    row.put(headers.get(i), cells.get(i));
                }
                return row;
            }
        }
        throw new AssertionError("no row for " + pcode);
    }

    private static Map<String, Long> figures(Object... keysAndValues) {
        Map<String, Long> figures = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            figures.put((String) keysAndValues[i], (Long) keysAndValues[i + 1]);
        }
        return figures;
    }
}
