package org.masar.dtm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The HXL hashtags of figure keys and units, and the two file formats with the hashtag row under the headers. */
class HxlTagsTests {

    /** HXL 1.1: a hashtag, then attributes, each lower-case letters, digits and underscores. */
    private static final Pattern HXL = Pattern.compile("#[a-z][a-z0-9_]*(\\s*\\+[a-z][a-z0-9_]*)*");

    @Test
    void totalsCarryThePopulationAndTheUnit() {
        assertThat(HxlTags.figure("idps.ind")).isEqualTo("#affected+idps+ind");
        assertThat(HxlTags.figure("idps.hh")).isEqualTo("#affected+idps+hh");
        assertThat(HxlTags.figure("returnees.ind")).isEqualTo("#affected+returnees+ind");
        assertThat(HxlTags.figure("returnees.hh")).isEqualTo("#affected+returnees+hh");
        assertThat(HxlTags.figure("migrants.ind")).isEqualTo("#affected+migrants+ind");
    }

    @Test
    void sexAndAgeBreakdownsAreAttributesAsOchaWritesThem() {
        assertThat(HxlTags.figure("migrants.ind.f.children")).isEqualTo("#affected+migrants+f+children");
        assertThat(HxlTags.figure("idps.ind.f.children")).isEqualTo("#affected+idps+f+children");
        assertThat(HxlTags.figure("idps.ind.m")).isEqualTo("#affected+idps+m");
        assertThat(HxlTags.figure("returnees.ind.m.elderly")).isEqualTo("#affected+returnees+m+elderly");
    }

    @Test
    void namedDimensionsJoinTheirValueInOneAttribute() {
        assertThat(HxlTags.figure("migrants.ind.nationality.NER")).isEqualTo("#affected+migrants+nationality_ner");
        assertThat(HxlTags.figure("idps.ind.origin.LY010101")).isEqualTo("#affected+idps+origin_ly010101");
        assertThat(HxlTags.figure("idps.ind.reason.armed-conflict")).isEqualTo("#affected+idps+reason_armed_conflict");
        assertThat(HxlTags.figure("idps.hh.shelter.rented")).isEqualTo("#affected+idps+hh+shelter_rented");
    }

    @Test
    void everyTagIsValidHxl() {
        List<String> keys = List.of(
                "idps.ind",
                "idps.hh",
                "migrants.ind.f.children",
                "migrants.ind.nationality.NER",
                "idps.ind.arrival.2024-q1",
                "idps.ind.origin.LY010101");
        for (String key : keys) {
            assertThat(HxlTags.figure(key)).matches(HXL);
        }
        for (String level : List.of("region", "mantika", "baladiya", "muhalla")) {
            HxlTags.unitColumns(level)
                    .forEach(column -> assertThat(column.tag()).matches(HXL));
        }
        HxlTags.ROUND_COLUMNS.forEach(column -> assertThat(column.tag()).matches(HXL));
    }

    @Test
    void somethingElseIsNotAFigureKey() {
        assertThatThrownBy(() -> HxlTags.figure("people.ind")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HxlTags.figure("idps")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HxlTags.figure("idps.ind..f")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unitsAreNamedFromTheRegionDownWithEnglishAndArabicNames() {
        assertThat(HxlTags.unitColumns("region").stream().map(HxlTags.Column::tag))
                .containsExactly("#adm1+code", "#adm1+name+i_en", "#adm1+name+i_ar");
        assertThat(HxlTags.unitColumns("baladiya").stream().map(HxlTags.Column::tag))
                .containsExactly(
                        "#adm1+code",
                        "#adm1+name+i_en",
                        "#adm1+name+i_ar",
                        "#adm2+code",
                        "#adm2+name+i_en",
                        "#adm2+name+i_ar",
                        "#adm3+code",
                        "#adm3+name+i_en",
                        "#adm3+name+i_ar");
        assertThat(HxlTags.unitColumns("muhalla"))
                .hasSize(12)
                .last()
                .extracting(HxlTags.Column::tag)
                .isEqualTo("#adm4+name+i_ar");
        assertThat(HxlTags.ROUND_COLUMNS.stream().map(HxlTags.Column::tag))
                .containsExactly("#round+code", "#date+start", "#date+end");
        assertThatThrownBy(() -> HxlTags.unitColumns("libya")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void csvHasTheHashtagRowRightUnderTheHeaderRow() throws Exception {
        HxlTable table = sample();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.writeCsv(out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        List<CSVRecord> records =
                CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(0).toList())
                .containsExactly("Region P-code", "Region", "Region (Arabic)", "idps.ind, all");
        assertThat(records.get(1).toList())
                .containsExactly("#adm1+code", "#adm1+name+i_en", "#adm1+name+i_ar", "#affected+idps+ind");
        assertThat(records.get(2).toList()).containsExactly("LY01", "East", "الشرق", "<5");
    }

    @Test
    void xlsxHasTheHashtagRowRightUnderTheHeaderRowAndNumbersAsNumbers() throws Exception {
        HxlTable table = new HxlTable(
                List.of(
                        new HxlTags.Column("Region P-code", "#adm1+code"),
                        new HxlTags.Column("idps.ind", "#affected+idps+ind")),
                List.of(Arrays.asList("LY01", 1234L), Arrays.asList("LY02", "<5"), Arrays.asList("LY03", null)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.writeXlsx(out, "region");
        List<List<String>> read = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            try (var rows = workbook.getFirstSheet().openStream()) {
                rows.forEach((Row row) -> {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < 2; c++) {
                        cells.add(row.getOptionalCell(c).map(Cell::getText).orElse(""));
                    }
                    read.add(cells);
                });
            }
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("region");
        }
        assertThat(read.get(0)).containsExactly("Region P-code", "idps.ind");
        assertThat(read.get(1)).containsExactly("#adm1+code", "#affected+idps+ind");
        assertThat(read.get(2)).containsExactly("LY01", "1234");
        assertThat(read.get(3)).containsExactly("LY02", "<5");
        assertThat(read.get(4).get(1)).isEmpty();
    }

    private static HxlTable sample() {
        return new HxlTable(
                List.of(
                        new HxlTags.Column("Region P-code", "#adm1+code"),
                        new HxlTags.Column("Region", "#adm1+name+i_en"),
                        new HxlTags.Column("Region (Arabic)", "#adm1+name+i_ar"),
                        new HxlTags.Column("idps.ind, all", "#affected+idps+ind")),
                List.of(Arrays.asList("LY01", "East", "الشرق", "<5")));
    }
}
