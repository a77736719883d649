package org.masar.dtm.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.dtm.RoundId;
import org.masar.dtm.RoundNotFound;
import org.masar.dtm.RoundSummary;
import org.masar.dtm.Rounds;
import org.masar.shared.ConflictException;
import org.masar.shared.InvalidFields;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public exports of a published round: one file per level (region, mantika, baladiya or muhalla), CSV or XLSX,
 * with an HXL hashtag row under the header row, the round's number and period, every unit with its parents' P-codes and
 * English and Arabic names, and every figure key of that level's aggregates, small cells suppressed
 * ({@link SuppressSmallCells}). Key informants are never exported: the aggregates hold counts only. Every export is
 * audited (who, which round and version, level and format).
 */
@Service
@PreAuthorize("hasAuthority('dtm:read')")
public class HxlExports {

    /** The audit action of an export. */
    public static final String EXPORTED = "dtm.round.exported";

    /** The levels a round is exported at. */
    public static final List<String> LEVELS = List.of("region", "mantika", "baladiya", "muhalla");

    /** The file formats. */
    public static final List<String> FORMATS = List.of("csv", "xlsx");

    private final DashboardQueries queries;
    private final DashboardUnits units;
    private final AuditTrail audit;
    private final Rounds rounds;

    HxlExports(DashboardQueries queries, DashboardUnits units, AuditTrail audit, Rounds rounds) {
        this.rounds = rounds;
        this.queries = queries;
        this.units = units;
        this.audit = audit;
    }

    /** A file to send: its name, media type and bytes. */
    public record Export(String filename, String mediaType, byte[] body) {}

    /** A round that has no published version yet cannot be exported: a 409. */
    public static class NotYetPublished extends ConflictException {
        public NotYetPublished(RoundId round) {
            super("dtm.export.not-published", round);
        }
    }

    /**
     * The export of the round's latest published version at one level, in one format. Throws {@link InvalidFields} for
     * a level or format it does not know, {@link RoundNotFound} for a round the caller may not see (an unpublished
     * one, for a reader with only {@code dtm:read}) and {@link NotYetPublished} for one not published yet.
     */
    @Transactional(readOnly = true)
    public Export export(RoundId round, @Nullable String level, @Nullable String format) {
        List<InvalidFields.Field> invalid = new ArrayList<>();
        if (level == null || !LEVELS.contains(level)) {
            invalid.add(new InvalidFields.Field("level", "dtm.export.level-invalid"));
        }
        if (format == null || !FORMATS.contains(format)) {
            invalid.add(new InvalidFields.Field("format", "dtm.export.format-invalid"));
        }
        if (!invalid.isEmpty()) {
            throw new InvalidFields(invalid);
        }
        RoundSummary summary = rounds.find(round).orElseThrow(() -> new RoundNotFound(round));
        if (summary.publishedVersion() == null) {
            throw new NotYetPublished(round);
        }
        DashboardQueries.Published published =
                queries.published(round.value()).orElseThrow(() -> new NotYetPublished(round));
        HxlTableAndCounts built = table(published, level);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String name = "dtm-round-" + published.number() + "-v" + published.version() + "-" + level;
        String mediaType;
        if ("csv".equals(format)) {
            built.table().writeCsv(out);
            mediaType = "text/csv;charset=UTF-8";
        } else {
            built.table().writeXlsx(out, level);
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        audit.record(AuditEvent.of(EXPORTED, "dtm-round", round.value().toString())
                .with("version", published.version())
                .with("level", level)
                .with("format", format)
                .with("rows", built.table().rows().size())
                .with("small", built.small())
                .with("withheld", built.withheld()));
        return new Export(name + "." + format, mediaType, out.toByteArray());
    }

    private record HxlTableAndCounts(HxlTable table, long small, long withheld) {}

    /** The table of one level of a published version, suppressed. Package-visible for tests. */
    HxlTableAndCounts table(DashboardQueries.Published published, String level) {
        Map<String, Map<String, Long>> figures = queries.figures(published.versionId(), level);
        Set<String> keys = new TreeSet<>(HxlExports::byKey);
        figures.values().forEach(unit -> keys.addAll(unit.keySet()));
        List<SuppressSmallCells.Row> rows = new ArrayList<>();
        figures.forEach((pcode, values) -> rows.add(new SuppressSmallCells.Row(pcode, parent(pcode), values)));
        SuppressSmallCells.Result suppressed = SuppressSmallCells.apply(rows);

        List<HxlTags.Column> columns = new ArrayList<>(HxlTags.ROUND_COLUMNS);
        columns.addAll(HxlTags.unitColumns(level));
        keys.forEach(key -> columns.add(new HxlTags.Column(key, HxlTags.figure(key))));
        int depth = HxlTags.depth(level);
        List<List<@Nullable Object>> lines = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            String pcode = rows.get(r).pcode();
            List<@Nullable Object> line = new ArrayList<>();
            line.add(published.number());
            line.add(published.periodStart().toString());
            line.add(published.periodEnd().toString());
            for (int d = 1; d <= depth; d++) {
                String code = pcode.length() >= 2 + 2 * d ? pcode.substring(0, 2 + 2 * d) : pcode;
                DashboardUnits.Unit unit = units.find(code).orElse(null);
                line.add(code);
                line.add(unit == null ? null : unit.nameEn());
                line.add(unit == null ? null : unit.nameAr());
            }
            for (String key : keys) {
                line.add(suppressed.published(r, key));
            }
            lines.add(line);
        }
        return new HxlTableAndCounts(
                new HxlTable(columns, lines),
                suppressed.count(SuppressSmallCells.Mark.SMALL),
                suppressed.count(SuppressSmallCells.Mark.WITHHELD));
    }

    /** The parent a unit's column adds up to: the unit above it, or Libya for a region. */
    private static String parent(String pcode) {
        return pcode.length() <= 4 ? "LY" : pcode.substring(0, pcode.length() - 2);
    }

    /**
     * Figure keys in reading order: population (IDPs, returnees, migrants), then individuals before households, then
     * totals before their breakdowns.
     */
    static int byKey(String a, String b) {
        List<String> populations = Arrays.asList("idps", "returnees", "migrants");
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        int population = Integer.compare(populations.indexOf(x[0]), populations.indexOf(y[0]));
        if (population != 0) {
            return population;
        }
        int unit = Integer.compare("ind".equals(x[1]) ? 0 : 1, "ind".equals(y[1]) ? 0 : 1);
        if (unit != 0) {
            return unit;
        }
        return a.compareTo(b);
    }
}
