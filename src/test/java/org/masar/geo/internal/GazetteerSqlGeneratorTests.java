package org.masar.geo.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the migrations that load the gazetteer, {@code V5__geo_admin_units_load.sql} and {@code V6__geo_muhalla_load.sql},
 * from the data files in {@code src/main/resources/geo}, so that no row is typed by hand. It runs only when asked:
 *
 * <pre>./mvnw -B test -Dtest=GazetteerSqlGeneratorTests -Dgeo.generate-migrations=true</pre>
 *
 * <p>Migrations are never edited once merged: a later change of OCHA's table goes into a new migration (or is made by
 * an administrator). {@code GazetteerDataTests} proves on every build that the database holds exactly the rows of the
 * data files.
 */
class GazetteerSqlGeneratorTests {

    private static final Path DATA = Path.of("src/main/resources/geo");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    @Test
    @EnabledIfSystemProperty(named = "geo.generate-migrations", matches = "true")
    void writesTheLoadMigrations() throws IOException {
        Files.writeString(MIGRATIONS.resolve("V5__geo_admin_units_load.sql"), adminUnits(), StandardCharsets.UTF_8);
        Files.writeString(MIGRATIONS.resolve("V6__geo_muhalla_load.sql"), muhalla(), StandardCharsets.UTF_8);
    }

    static String adminUnits() throws IOException {
        Map<String, List<String>> regions = new LinkedHashMap<>();
        Map<String, List<String>> mantika = new LinkedHashMap<>();
        List<List<String>> baladiya = new ArrayList<>();
        for (CSVRecord row : read("libya-admin.csv")) {
            putConsistently(
                    regions, row.get("admin1_pcode"), List.of(row.get("admin1_name_en"), row.get("admin1_name_ar")));
            putConsistently(
                    mantika,
                    row.get("admin2_pcode"),
                    List.of(row.get("admin1_pcode"), row.get("admin2_name_en"), row.get("admin2_name_ar")));
            String pcode = row.get("admin3_pcode");
            if (!pcode.startsWith(row.get("admin2_pcode"))
                    || !row.get("admin2_pcode").startsWith(row.get("admin1_pcode"))) {
                throw new IllegalStateException("P-code does not start with its parent's: " + pcode);
            }
            baladiya.add(List.of(
                    pcode,
                    row.get("admin2_pcode"),
                    row.get("admin3_name_en"),
                    row.get("admin3_name_ar"),
                    row.get("lat"),
                    row.get("lon")));
        }
        StringBuilder sql = new StringBuilder(header("libya-admin.csv"));
        sql.append("INSERT INTO geo_region (pcode, name_en, name_ar) VALUES\n");
        appendRows(
                sql,
                regions.entrySet().stream()
                        .map(region -> List.of(
                                text(region.getKey()),
                                text(region.getValue().get(0)),
                                text(region.getValue().get(1))))
                        .toList());
        sql.append("\nINSERT INTO geo_mantika (pcode, region_pcode, name_en, name_ar) VALUES\n");
        appendRows(
                sql,
                mantika.entrySet().stream()
                        .map(unit -> List.of(
                                text(unit.getKey()),
                                text(unit.getValue().get(0)),
                                text(unit.getValue().get(1)),
                                text(unit.getValue().get(2))))
                        .toList());
        sql.append("\nINSERT INTO geo_baladiya (pcode, mantika_pcode, name_en, name_ar, lat, lon) VALUES\n");
        appendRows(
                sql,
                baladiya.stream()
                        .map(unit -> List.of(
                                text(unit.get(0)),
                                text(unit.get(1)),
                                text(unit.get(2)),
                                text(unit.get(3)),
                                number(unit.get(4)),
                                number(unit.get(5))))
                        .toList());
        return sql.toString();
    }

    static String muhalla() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord row : read("libya-admin4.csv")) {
            if (!row.get("admin4_pcode").startsWith(row.get("admin3_pcode"))) {
                throw new IllegalStateException("P-code does not start with its parent's: " + row.get("admin4_pcode"));
            }
            rows.add(List.of(
                    text(row.get("admin4_pcode")),
                    text(row.get("admin3_pcode")),
                    text(row.get("admin4_name_en")),
                    text(row.get("admin4_name_ar"))));
        }
        StringBuilder sql = new StringBuilder(header("libya-admin4.csv"));
        sql.append("INSERT INTO geo_muhalla (pcode, baladiya_pcode, name_en, name_ar) VALUES\n");
        appendRows(sql, rows);
        return sql.toString();
    }

    private static String header(String file) {
        return "-- Generated from src/main/resources/geo/" + file
                + " by GazetteerSqlGeneratorTests: do not edit by hand.\n"
                + "-- Sources and licences: src/main/resources/geo/SOURCES.md. GazetteerDataTests checks that the database\n"
                + "-- holds exactly the rows of the data file.\n";
    }

    private static void appendRows(StringBuilder sql, List<List<String>> rows) {
        for (int i = 0; i < rows.size(); i++) {
            sql.append("  (").append(String.join(", ", rows.get(i))).append(')');
            sql.append(i == rows.size() - 1 ? ";\n" : ",\n");
        }
    }

    private static void putConsistently(Map<String, List<String>> units, String pcode, List<String> values) {
        List<String> earlier = units.putIfAbsent(pcode, values);
        if (earlier != null && !Objects.equals(earlier, values)) {
            throw new IllegalStateException("Rows disagree about " + pcode + ": " + earlier + " / " + values);
        }
    }

    /** A SQL string literal; the data holds apostrophes ("Kaberat Al Ekhba's"). */
    private static String text(String value) {
        if (value.isBlank()) {
            throw new IllegalStateException("A name or code is empty");
        }
        return "'" + value.replace("'", "''") + "'";
    }

    private static String number(String value) {
        if (value.isBlank()) {
            return "NULL";
        }
        return new java.math.BigDecimal(value.strip()).toPlainString();
    }

    static List<CSVRecord> read(String file) throws IOException {
        try (Reader reader = new InputStreamReader(Files.newInputStream(DATA.resolve(file)), StandardCharsets.UTF_8)) {
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
