package org.masar.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database holds exactly the rows of the data files the migrations were generated from, so that the SQL and the
 * files can never drift apart; and the well-known units are where OCHA puts them.
 */
@MasarIntegrationTest
class GazetteerDataTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Gazetteer gazetteer;

    @Autowired
    JsonMapper json;

    @Test
    void theDatabaseHoldsExactlyTheRegionsMantikaAndBaladiyaOfTheDataFile() throws IOException {
        List<CSVRecord> rows = csv("geo/libya-admin.csv");

        List<String> regions = rows.stream()
                .map(row ->
                        String.join("|", row.get("admin1_pcode"), row.get("admin1_name_en"), row.get("admin1_name_ar")))
                .distinct()
                .toList();
        assertThat(jdbc.sql("SELECT concat_ws('|', pcode, name_en, name_ar) FROM geo_region")
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrderElementsOf(regions);

        List<String> mantika = rows.stream()
                .map(row -> String.join(
                        "|",
                        row.get("admin2_pcode"),
                        row.get("admin1_pcode"),
                        row.get("admin2_name_en"),
                        row.get("admin2_name_ar")))
                .distinct()
                .toList();
        assertThat(jdbc.sql("SELECT concat_ws('|', pcode, region_pcode, name_en, name_ar) FROM geo_mantika")
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrderElementsOf(mantika);

        List<String> baladiya = rows.stream()
                .map(row -> String.join(
                        "|",
                        row.get("admin3_pcode"),
                        row.get("admin2_pcode"),
                        row.get("admin3_name_en"),
                        row.get("admin3_name_ar"),
                        row.get("lat"),
                        row.get("lon")))
                .toList();
        assertThat(jdbc.sql("""
                        SELECT concat(pcode, '|', mantika_pcode, '|', name_en, '|', name_ar, '|', lat, '|', lon)
                          FROM geo_baladiya
                        """).query(String.class).list()).containsExactlyInAnyOrderElementsOf(baladiya);
    }

    @Test
    void theDatabaseHoldsExactlyTheMuhallaOfTheDataFile() throws IOException {
        List<String> muhalla = csv("geo/libya-admin4.csv").stream()
                .map(row -> String.join(
                        "|",
                        row.get("admin4_pcode"),
                        row.get("admin3_pcode"),
                        row.get("admin4_name_en"),
                        row.get("admin4_name_ar")))
                .toList();
        assertThat(jdbc.sql("SELECT concat_ws('|', pcode, baladiya_pcode, name_en, name_ar) FROM geo_muhalla")
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrderElementsOf(muhalla);
    }

    @Test
    void theShapesCarryTheGazetteersPCodesAndEnglishNames() throws IOException {
        for (var level : List.of(AdminLevel.REGION, AdminLevel.MANTIKA)) {
            String file = level == AdminLevel.REGION ? "geo/libya-adm1.geojson" : "geo/libya-adm2.geojson";
            JsonNode shapes = json.readTree(new ClassPathResource(file).getInputStream());
            List<String> features = shapes.get("features").values().stream()
                    .map(feature -> feature.get("properties").get("pcode").asString() + "|"
                            + feature.get("properties").get("shapeName").asString())
                    .toList();
            List<String> units = (level == AdminLevel.REGION ? gazetteer.regions() : gazetteer.mantika(null))
                    .stream()
                            .map(unit -> unit.pcode().value() + "|" + unit.nameEn())
                            .toList();
            assertThat(features).containsExactlyInAnyOrderElementsOf(units);
        }
    }

    @Test
    void libyaHasThreeRegionsTwentyTwoMantikaAHundredBaladiyaAndSixHundredSixtySevenMuhalla() {
        assertThat(gazetteer.regions()).hasSize(3);
        assertThat(gazetteer.mantika(null)).hasSize(22);
        assertThat(gazetteer.baladiya(null)).hasSize(100);
        assertThat(jdbc.sql("SELECT count(*) FROM geo_muhalla")
                        .query(Long.class)
                        .single())
                .isEqualTo(667L);
        assertThat(gazetteer.allBaladiya()).hasSize(100);
    }

    @Test
    void knownPCodesAreWhereOchaPutsThem() {
        Baladiya misrata = gazetteer.getBaladiya(new PCode("LY021401"));
        assertThat(misrata.nameEn()).isEqualTo("Misrata");
        assertThat(misrata.nameAr()).isEqualTo("مصراتة");
        assertThat(misrata.mantika().value()).isEqualTo("LY0214");
        assertThat(misrata.mantikaNameAr()).isEqualTo("مصراته");
        assertThat(misrata.region().value()).isEqualTo("LY02");
        assertThat(misrata.regionNameEn()).isEqualTo("West");
        assertThat(misrata.location()).isNull(); // no source gives baladiya coordinates

        AdminUnit east = gazetteer.get(new PCode("LY01"));
        assertThat(east.nameEn()).isEqualTo("East");
        assertThat(east.nameAr()).isEqualTo("الشرق");
        assertThat(east.level()).isEqualTo(AdminLevel.REGION);
        assertThat(east.parent()).isNull();

        assertThat(gazetteer.get(new PCode("LY0101")).nameAr()).isEqualTo("درنه");
        assertThat(gazetteer.getBaladiya(new PCode("LY010102")).nameAr()).isEqualTo("درنة");
        assertThat(gazetteer.path(new PCode("LY01010101")))
                .extracting(unit -> unit.pcode().value())
                .containsExactly("LY01", "LY0101", "LY010101", "LY01010101");
        assertThat(gazetteer.findBaladiya(new PCode("LY029999"))).isEmpty();
        assertThat(gazetteer.find(new PCode("LY021405"))).isEmpty(); // the later OCHA code is not in the 2017 table
    }

    @Test
    void everyUnitOfTheFirstLoadIsCurrentAndHasNoInventedCoordinates() {
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM geo_admin_unit
                         WHERE valid_from IS NOT NULL OR valid_to IS NOT NULL OR lat IS NOT NULL OR lon IS NOT NULL
                        """).query(Long.class).single()).isZero();
    }

    private static List<CSVRecord> csv(String path) throws IOException {
        try (Reader reader =
                new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
    }
}
