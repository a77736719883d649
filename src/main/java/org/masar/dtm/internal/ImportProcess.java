package org.masar.dtm.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.FigureKey;
import org.masar.dtm.ImportFile;
import org.masar.dtm.ImportMapping;
import org.masar.dtm.ImportOutcome;
import org.masar.dtm.ImportReport;
import org.masar.dtm.ImportRow;
import org.masar.dtm.ImportTooLarge;
import org.masar.dtm.RoundId;
import org.masar.dtm.RoundVersionId;
import org.masar.dtm.UnreadableImport;
import org.masar.geo.AdminLevel;
import org.masar.geo.AdminUnit;
import org.masar.shared.InvalidFields;
import org.masar.shared.spreadsheet.SpreadsheetReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An import from its file to its report: the mapping is checked, every row's unit is resolved (by P-code, or by English
 * or Arabic name matched to the gazetteer's current units of the mapped level, an ambiguous name listing its
 * candidates) and its mapped cells read as counts. The rows ready to be written are handed back only when every row is;
 * the report is kept in {@code dtm_import} either way.
 */
@Component
class ImportProcess {

    private static final Pattern PCODE = Pattern.compile("(?i)\\s*LY\\d+\\s*");

    /** A row ready to be written: the unit and its counts by key. */
    record Ready(String pcode, Map<String, Long> figures) {}

    /** The report's rows, and the rows ready to be written when every row is right. */
    record Prepared(@Nullable String sheet, List<ImportRow> rows, List<Ready> ready) {
        boolean ok() {
            return !rows.isEmpty() && rows.stream().allMatch(ImportRow::ok);
        }
    }

    private final JdbcClient jdbc;
    private final FigureUnits units;
    private final JsonMapper json;

    ImportProcess(JdbcClient jdbc, FigureUnits units, JsonMapper json) {
        this.jdbc = jdbc;
        this.units = units;
        this.json = json;
    }

    Prepared prepare(ImportFile file, LocalDate day) {
        ImportMapping mapping = file.mapping();
        AdminLevel level = check(mapping);
        SpreadsheetReader.Table table;
        try {
            table = SpreadsheetReader.read(file.fileName(), file.content(), file.sheet());
        } catch (SpreadsheetReader.Unreadable unreadable) {
            throw new UnreadableImport(unreadable.what());
        } catch (SpreadsheetReader.TooLarge tooLarge) {
            throw new ImportTooLarge(SpreadsheetReader.MAX_UNPACKED_MEGABYTES);
        }
        int unitColumn = column(table.header(), mapping.unit());
        Map<String, Integer> figureColumns = new LinkedHashMap<>();
        mapping.figures().forEach((key, column) -> figureColumns.put(key.strip(), column(table.header(), column)));
        if (table.rows().isEmpty()) {
            throw new UnreadableImport(file.fileName());
        }

        List<AdminUnit> candidates = units.current(level, day);
        Map<String, AdminUnit> byCode = new HashMap<>();
        Map<String, List<AdminUnit>> byName = new HashMap<>();
        for (AdminUnit unit : candidates) {
            byCode.put(unit.pcode().value(), unit);
            for (String name : List.of(unit.nameEn(), unit.nameAr())) {
                List<AdminUnit> named = byName.computeIfAbsent(ImportNames.normalise(name), n -> new ArrayList<>());
                if (!named.contains(unit)) {
                    named.add(unit);
                }
            }
        }
        String levelKey = "dtm.import.level." + level.name().toLowerCase(Locale.ROOT);

        List<ImportRow> rows = new ArrayList<>();
        List<Ready> ready = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SpreadsheetReader.Line line : table.rows()) {
            String cell = line.cell(unitColumn);
            if (cell.isBlank()) {
                rows.add(error(line.number(), cell, null, "dtm.import.row.unit-missing", List.of()));
                continue;
            }
            AdminUnit unit;
            if (PCODE.matcher(cell).matches()) {
                String code = cell.strip().toUpperCase(Locale.ROOT);
                unit = byCode.get(code);
                if (unit == null) {
                    FigureUnits.Named other = units.all().get(code);
                    rows.add(
                            other != null
                                            && other.unit() != null
                                            && other.unit().level() != level
                                    ? error(
                                            line.number(),
                                            cell,
                                            null,
                                            "dtm.import.row.unit-level",
                                            List.of(cell, levelKey))
                                    : error(
                                            line.number(),
                                            cell,
                                            null,
                                            "dtm.import.row.unit-unknown",
                                            List.of(cell, levelKey)));
                    continue;
                }
            } else {
                List<AdminUnit> named = byName.getOrDefault(ImportNames.normalise(cell), List.of());
                if (named.isEmpty()) {
                    rows.add(error(line.number(), cell, null, "dtm.import.row.unit-unknown", List.of(cell, levelKey)));
                    continue;
                }
                if (named.size() > 1) {
                    rows.add(new ImportRow(
                            line.number(),
                            cell,
                            null,
                            null,
                            null,
                            false,
                            "dtm.import.row.unit-ambiguous",
                            List.of(cell),
                            named.stream()
                                    .map(u -> new ImportRow.Candidate(u.pcode().value(), u.nameEn(), u.nameAr()))
                                    .toList()));
                    continue;
                }
                unit = named.get(0);
            }
            String pcode = unit.pcode().value();
            Integer first = seen.putIfAbsent(pcode, line.number());
            if (first != null) {
                rows.add(error(
                        line.number(), cell, unit, "dtm.import.row.unit-repeated", List.of(cell, first.toString())));
                continue;
            }
            Map<String, Long> figures = new LinkedHashMap<>();
            ImportRow problem = null;
            for (Map.Entry<String, Integer> figure : figureColumns.entrySet()) {
                String value = line.cell(figure.getValue());
                if (value.isBlank()) {
                    continue;
                }
                Long count = ImportNames.count(value);
                if (count == null) {
                    problem = error(
                            line.number(),
                            cell,
                            unit,
                            "dtm.import.row.value",
                            List.of(table.header().get(figure.getValue()), abbreviate(value)));
                    break;
                }
                figures.put(figure.getKey(), count);
            }
            if (problem == null && figures.isEmpty()) {
                problem = error(line.number(), cell, unit, "dtm.import.row.nothing", List.of());
            }
            if (problem != null) {
                rows.add(problem);
                continue;
            }
            rows.add(new ImportRow(
                    line.number(), cell, pcode, unit.nameEn(), unit.nameAr(), true, null, List.of(), List.of()));
            ready.add(new Ready(pcode, figures));
        }
        String sheet = file.sheet() == null || file.sheet().isBlank()
                ? null
                : file.sheet().strip();
        return new Prepared(sheet, rows, ready);
    }

    /** Keeps the import and its report. */
    ImportReport keep(
            UUID id, RoundVersionId version, int number, ImportFile file, Prepared prepared, Instant at, String by) {
        ImportOutcome outcome = prepared.ok() ? ImportOutcome.IMPORTED : ImportOutcome.REFUSED;
        jdbc.sql("""
                        INSERT INTO dtm_import (id, round_version_id, file_name, file_sha256, sheet, mapping, outcome,
                                                report, imported_at, imported_by)
                        VALUES (:id, :v, :name, :sha, :sheet, CAST(:mapping AS jsonb), :outcome,
                                CAST(:report AS jsonb), :at, :by)
                        """)
                .param("id", id)
                .param("v", version.value())
                .param("name", fileName(file))
                .param("sha", sha256(file.content()))
                .param("sheet", prepared.sheet())
                .param("mapping", json.writeValueAsString(file.mapping()))
                .param("outcome", outcome.name())
                .param("report", json.writeValueAsString(prepared.rows()))
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
        return new ImportReport(id, number, fileName(file), prepared.sheet(), outcome, prepared.rows(), at, by);
    }

    List<ImportReport> reports(RoundId round) {
        return jdbc.sql("""
                        SELECT i.id, v.version, i.file_name, i.sheet, i.outcome, i.report::text, i.imported_at,
                               i.imported_by
                          FROM dtm_import i JOIN dtm_round_version v ON v.id = i.round_version_id
                         WHERE v.round_id = :round
                         ORDER BY i.imported_at DESC
                         LIMIT 50
                        """)
                .param("round", round.value())
                .query((rs, n) -> new ImportReport(
                        rs.getObject(1, UUID.class),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        ImportOutcome.valueOf(rs.getString(5)),
                        json.readValue(rs.getString(6), new TypeReference<List<ImportRow>>() {}),
                        rs.getTimestamp(7).toInstant(),
                        rs.getString(8)))
                .list();
    }

    private static AdminLevel check(ImportMapping mapping) {
        List<InvalidFields.Field> invalid = new ArrayList<>();
        if (mapping.unit() == null || mapping.unit().isBlank()) {
            invalid.add(new InvalidFields.Field("mapping.unit", "dtm.import.mapping.unit"));
        }
        AdminLevel level = null;
        if ("baladiya".equals(mapping.level())) {
            level = AdminLevel.BALADIYA;
        } else if ("muhalla".equals(mapping.level())) {
            level = AdminLevel.MUHALLA;
        } else {
            invalid.add(new InvalidFields.Field("mapping.level", "dtm.import.mapping.level"));
        }
        if (mapping.figures() == null
                || mapping.figures().isEmpty()
                || mapping.figures().size() > 500) {
            invalid.add(new InvalidFields.Field("mapping.figures", "dtm.import.mapping.figures"));
        } else {
            mapping.figures().forEach((key, column) -> {
                if (!FigureKey.valid(key == null ? null : key.strip())) {
                    invalid.add(new InvalidFields.Field(
                            "mapping.figures." + abbreviate(String.valueOf(key)), "dtm.assessment.figure-key"));
                } else if (column == null || column.isBlank()) {
                    invalid.add(new InvalidFields.Field("mapping.figures." + key, "dtm.import.mapping.figures"));
                }
            });
        }
        if (!invalid.isEmpty() || level == null) {
            throw new InvalidFields(invalid);
        }
        return level;
    }

    /** The column of the header with this name (exactly, else ignoring case and spaces). */
    private static int column(List<String> header, String name) {
        String wanted = name.strip();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equals(wanted)) {
                return i;
            }
        }
        for (int i = 0; i < header.size(); i++) {
            if (ImportNames.normalise(header.get(i)).equals(ImportNames.normalise(wanted))) {
                return i;
            }
        }
        throw new UnreadableImport(wanted);
    }

    private static ImportRow error(
            int line, String cell, @Nullable AdminUnit unit, String problem, List<String> arguments) {
        return new ImportRow(
                line,
                abbreviate(cell),
                unit == null ? null : unit.pcode().value(),
                unit == null ? null : unit.nameEn(),
                unit == null ? null : unit.nameAr(),
                false,
                problem,
                arguments.stream().map(ImportProcess::abbreviate).toList(),
                List.of());
    }

    private static String fileName(ImportFile file) {
        String name = file.fileName().isBlank() ? "upload" : file.fileName().strip();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String abbreviate(String text) {
        return text.length() > 100 ? text.substring(0, 100) : text;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
