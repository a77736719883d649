package org.masar.dtm.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.dtm.DtmTestSupport.ENUMERATOR;
import static org.masar.dtm.DtmTestSupport.OFFICER;
import static org.masar.dtm.DtmTestSupport.READER;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.dtm.DtmTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Spreadsheet imports: by P-code, by Arabic and English name, all or nothing with a bad row, a chosen XLSX sheet. */
@MasarIntegrationTest
class RoundImportsTests {

    static final String MAPPING = """
            {"unit": "Unit", "level": "baladiya", "figures": {"idps.ind": "IDPs", "migrants.ind": "Migrants"}}
            """;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    DtmTestSupport dtm;

    @BeforeEach
    void setUp() {
        dtm = new DtmTestSupport(mvc, json, jdbc);
    }

    @Test
    void aCsvFileIsImportedByPCode() {
        String round = dtm.collectingRound(DtmTestSupport.nextNumber());
        MvcTestResult result = upload(round, ENUMERATOR, "figures.csv", csv("""
                Unit,IDPs,Migrants
                LY021402,100,40
                ly021401,"1,250",
                """), null, MAPPING);
        assertThat(result).hasStatusOk();
        JsonNode report = dtm.json(result);
        assertThat(report.get("outcome").asString()).isEqualTo("IMPORTED");
        assertThat(report.get("rows").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(dtm.json(result).get("rows"))
                .extracting(row ->
                        row.get("pcode").asString() + " " + row.get("status").asString())
                .containsExactly("LY021402 ok", "LY021401 ok");
        String id = report.get("id").asString();
        assertThat(dtm.get("/api/v1/dtm/rounds/" + round + "/assessments/LY021401", OFFICER))
                .bodyJson()
                .isLenientlyEqualTo("{\"source\": \"import:" + id + "\", \"figures\": {\"idps.ind\": 1250}}");
        assertThat(dtm.get("/api/v1/dtm/rounds/" + round + "/figures?level=libya", OFFICER))
                .bodyJson()
                .isLenientlyEqualTo("[{\"figures\": {\"idps.ind\": 1350, \"migrants.ind\": 40}}]");
        assertThat(jdbc.sql("SELECT outcome FROM dtm_import WHERE id = CAST(:id AS uuid)")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("IMPORTED");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE subject_id = :r AND action = 'dtm.import.imported'")
                        .param("r", round)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // A reader may not import.
        assertThat(upload(round, READER, "figures.csv", csv("Unit,IDPs\nLY021402,1\n"), null, MAPPING))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void arabicAndEnglishNamesAreMatchedToTheGazetteerWhateverTheirSpelling() {
        String round = dtm.collectingRound(DtmTestSupport.nextNumber());
        // مصراته with haa for taa marbuta and diacritics, زليتن with a tatweel, Derna in another case and spacing.
        MvcTestResult result = upload(round, ENUMERATOR, "names.csv", csv("""
                Unit;IDPs;Migrants
                مِصْراته;10;1
                زلـيتن;20;2
                  DERNA ;30;٣
                """), null, MAPPING);
        assertThat(result).hasStatusOk();
        assertThat(dtm.json(result).get("rows"))
                .extracting(row -> row.get("pcode").asString())
                .containsExactly("LY021401", "LY021402", "LY010102");
        assertThat(dtm.get("/api/v1/dtm/rounds/" + round + "/figures?level=baladiya", OFFICER))
                .bodyJson()
                .isLenientlyEqualTo("""
                        [{"pcode": "LY010102", "figures": {"idps.ind": 30, "migrants.ind": 3}},
                         {"pcode": "LY021401", "nameAr": "مصراتة", "figures": {"idps.ind": 10, "migrants.ind": 1}},
                         {"pcode": "LY021402", "figures": {"idps.ind": 20, "migrants.ind": 2}}]
                        """);
    }

    @Test
    void aBadRowRefusesTheWholeFileAndTheReportSaysWhyInTheUsersLanguage() {
        String round = dtm.collectingRound(DtmTestSupport.nextNumber());
        String ambiguous = jdbc.sql("""
                        SELECT name_ar FROM geo_muhalla WHERE valid_to IS NULL GROUP BY name_ar
                        HAVING count(*) > 1 ORDER BY name_ar LIMIT 1
                        """).query(String.class).single();
        String file = "Unit,IDPs,Migrants\nLY021402,100,40\nAtlantis,5,5\nLY021401,many,1\nLY021402,1,1\n";
        MvcTestResult result = upload(round, ENUMERATOR, "bad.csv", csv(file), null, MAPPING);
        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        JsonNode report = dtm.json(result);
        assertThat(report.get("outcome").asString()).isEqualTo("REFUSED");
        assertThat(report.get("errors").asInt()).isEqualTo(3);
        assertThat(report.get("rows"))
                .extracting(
                        row -> row.get("line").asInt() + " " + row.get("status").asString())
                .containsExactly("2 ok", "3 error", "4 error", "5 error");
        assertThat(report.get("rows").get(1).get("reason").asString()).contains("Atlantis");
        assertThat(report.get("rows").get(2).get("reason").asString())
                .contains("many")
                .contains("IDPs");
        assertThat(report.get("rows").get(3).get("reason").asString()).contains("2");
        // Nothing was written, but the report is kept.
        assertThat(dtm.get("/api/v1/dtm/rounds/" + round + "/assessments", OFFICER))
                .bodyJson()
                .isEqualTo("[]");
        assertThat(jdbc.sql("""
                        SELECT i.outcome FROM dtm_import i JOIN dtm_round_version v ON v.id = i.round_version_id
                         WHERE v.round_id = CAST(:r AS uuid)
                        """).param("r", round).query(String.class).single()).isEqualTo("REFUSED");

        // An ambiguous muhalla name lists its candidates, in Arabic for an Arabic reader.
        MvcTestResult arabic = mvc.post()
                .uri("/api/v1/dtm/rounds/" + round + "/imports")
                .multipart()
                .file(new MockMultipartFile("file", "m.csv", "text/csv", csv("Unit,IDPs\n" + ambiguous + ",5\n")))
                .param("mapping", "{\"unit\": \"Unit\", \"level\": \"muhalla\", \"figures\": {\"idps.ind\": \"IDPs\"}}")
                .header("Accept-Language", "ar")
                .with(ENUMERATOR)
                .with(csrf())
                .exchange();
        assertThat(arabic).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        JsonNode row = dtm.json(arabic).get("rows").get(0);
        assertThat(row.get("candidates").size()).isGreaterThan(1);
        assertThat(row.get("candidates").get(0).get("pcode").asString()).hasSize(10);
        assertThat(row.get("reason").asString()).contains("أدخل رمز");
        assertThat(dtm.get("/api/v1/dtm/rounds/" + round + "/imports", OFFICER))
                .bodyJson()
                .extractingPath("$[*].outcome")
                .asArray()
                .containsExactly("REFUSED", "REFUSED");
    }

    @Test
    void anXlsxSheetIsChosenByName() throws IOException {
        String round = dtm.collectingRound(DtmTestSupport.nextNumber());
        byte[] workbook = workbook();
        MvcTestResult result = upload(round, ENUMERATOR, "round.xlsx", workbook, "Figures", MAPPING);
        assertThat(result).hasStatusOk();
        assertThat(dtm.json(result).get("sheet").asString()).isEqualTo("Figures");
        assertThat(dtm.get("/api/v1/dtm/rounds/" + round + "/figures?level=baladiya", OFFICER))
                .bodyJson()
                .isLenientlyEqualTo(
                        "[{\"pcode\": \"LY021402\", \"figures\": {\"idps.ind\": 77, \"migrants.ind\": 8}}]");
        assertThat(upload(round, ENUMERATOR, "round.xlsx", workbook, "Nowhere", MAPPING))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/dtm.import-unreadable");
        // The first sheet holds notes, not the mapped columns.
        assertThat(upload(round, ENUMERATOR, "round.xlsx", workbook, null, MAPPING))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(upload(round, ENUMERATOR, "round.xlsx", workbook, "Figures", "{\"unit\": \"Unit\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/validation");
        assertThat(upload(round, ENUMERATOR, "round.xlsx", workbook, "Figures", "not json"))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aWorkbookThatUnpacksToGigabytesIsRefusedBeforeItIsParsed() throws IOException {
        String round = dtm.collectingRound(DtmTestSupport.nextNumber());
        // A real workbook's parts, then a part of 80 MB of blanks that deflates to well under a megabyte.
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(packed);
                var real = org.apache.commons.compress.archivers.zip.ZipFile.builder()
                        .setSeekableByteChannel(
                                new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(workbook()))
                        .get()) {
            for (var entry : java.util.Collections.list(real.getEntries())) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                real.getInputStream(entry).transferTo(zip);
            }
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/padding.xml"));
            byte[] blanks = new byte[1024 * 1024];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 80; i++) {
                zip.write(blanks);
            }
        }
        assertThat(packed.size()).isLessThan(1024 * 1024);

        assertThat(upload(round, ENUMERATOR, "bomb.xlsx", packed.toByteArray(), "Figures", MAPPING))
                .hasStatus(HttpStatus.PAYLOAD_TOO_LARGE)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/dtm.import-too-large");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM dtm_import i JOIN dtm_round_version v ON v.id = i.round_version_id
                         WHERE v.round_id = CAST(:round AS uuid)
                        """).param("round", round).query(Long.class).single())
                .isZero();
    }

    private static byte[] workbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet notes = workbook.newWorksheet("Notes");
        notes.value(0, 0, "Round figures from the partner");
        Worksheet figures = workbook.newWorksheet("Figures");
        figures.value(0, 0, "Unit");
        figures.value(0, 1, "IDPs");
        figures.value(0, 2, "Migrants");
        figures.value(1, 0, "Zliten");
        figures.value(1, 1, 77);
        figures.value(1, 2, 8);
        workbook.finish();
        return out.toByteArray();
    }

    private MvcTestResult upload(
            String round,
            RequestPostProcessor who,
            String name,
            byte[] content,
            @Nullable String sheet,
            String mapping) {
        var request = mvc.post()
                .uri("/api/v1/dtm/rounds/" + round + "/imports")
                .multipart()
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .param("mapping", mapping)
                .with(who)
                .with(csrf());
        if (sheet != null) {
            request.param("sheet", sheet);
        }
        return request.exchange();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
