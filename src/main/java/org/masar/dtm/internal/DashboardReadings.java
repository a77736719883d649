package org.masar.dtm.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.shared.InvalidFields;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the DTM dashboard shows, from the published aggregates only: the national figures of the latest published round
 * with the change from the previous one, one figure of every baladiya or muhalla for the map (suppressed as the public
 * exports are, so that the map never shows what the files withhold), and the national figures of every published round
 * for the trend charts. Needs {@code dtm:read}.
 */
@Service
@PreAuthorize("hasAuthority('dtm:read')")
@Transactional(readOnly = true)
public class DashboardReadings {

    /** The levels the map colours. */
    public static final List<String> MAP_LEVELS = List.of("baladiya", "muhalla");

    private final DashboardQueries queries;
    private final DashboardUnits units;

    DashboardReadings(DashboardQueries queries, DashboardUnits units) {
        this.queries = queries;
        this.units = units;
    }

    /** A published round as the dashboard names it. */
    public record RoundInfo(
            UUID id, int number, int version, LocalDate periodStart, LocalDate periodEnd, Instant publishedAt) {

        static RoundInfo of(DashboardQueries.Published published) {
            return new RoundInfo(
                    published.roundId(),
                    published.number(),
                    published.version(),
                    published.periodStart(),
                    published.periodEnd(),
                    published.publishedAt());
        }
    }

    /**
     * One national figure and its change from the previous published round.
     *
     * @param changePercent the change as a percentage of the previous figure, one decimal; null without a previous
     *     figure or when it was 0
     */
    public record NationalFigure(
            String key,
            @Nullable Long value,
            @Nullable Long previous,
            @Nullable Long change,
            @Nullable Double changePercent) {}

    /** The national figures of the latest published round; {@code round} is null while none is published. */
    public record Headline(
            @Nullable RoundInfo round, @Nullable RoundInfo previous, List<NationalFigure> figures) {}

    /**
     * A unit on the map.
     *
     * @param value the figure, or null when it is suppressed
     * @param shown what the map shows: the figure, {@code <5} or {@code x}
     */
    public record MapUnit(
            String pcode,
            String nameEn,
            String nameAr,
            String baladiya,
            @Nullable Long value,
            String shown) {}

    /**
     * A baladiya's place on the map: its seat town (from the seats file), or no point when it has none, so that the map
     * places it schematically inside its mantika.
     */
    public record MapPlace(
            String pcode,
            String mantika,
            String nameEn,
            String nameAr,
            @Nullable Double lat,
            @Nullable Double lon) {}

    /** One figure of every unit of a level holding it, in the latest published round, and where every baladiya is. */
    public record MapData(
            @Nullable RoundInfo round, String level, String figure, List<MapUnit> units, List<MapPlace> places) {}

    public Headline headline() {
        List<DashboardQueries.Published> latest = queries.latest(2);
        if (latest.isEmpty()) {
            return new Headline(null, null, List.of());
        }
        DashboardQueries.Published current = latest.get(0);
        DashboardQueries.Published previous = latest.size() > 1 ? latest.get(1) : null;
        List<UUID> versions =
                latest.stream().map(DashboardQueries.Published::versionId).toList();
        Map<UUID, Map<String, Long>> national = queries.national(versions, DashboardQueries.HEADLINE);
        Map<String, Long> now = national.getOrDefault(current.versionId(), Map.of());
        Map<String, Long> before = previous == null ? Map.of() : national.getOrDefault(previous.versionId(), Map.of());
        List<NationalFigure> figures = new ArrayList<>();
        for (String key : DashboardQueries.HEADLINE) {
            Long value = now.get(key);
            Long earlier = before.get(key);
            Long change = value != null && earlier != null ? value - earlier : null;
            Double percent = change != null && earlier != 0 ? Math.round(1000.0 * change / earlier) / 10.0 : null;
            figures.add(new NationalFigure(key, value, earlier, change, percent));
        }
        return new Headline(RoundInfo.of(current), previous == null ? null : RoundInfo.of(previous), figures);
    }

    /** The map's figure at baladiya or muhalla level; {@link InvalidFields} for another level or figure. */
    public MapData map(@Nullable String level, @Nullable String figure) {
        List<InvalidFields.Field> invalid = new ArrayList<>();
        if (level == null || !MAP_LEVELS.contains(level)) {
            invalid.add(new InvalidFields.Field("level", "dtm.dashboard.level-invalid"));
        }
        if (figure == null || !DashboardQueries.HEADLINE.contains(figure)) {
            invalid.add(new InvalidFields.Field("figure", "dtm.dashboard.figure-invalid"));
        }
        if (!invalid.isEmpty()) {
            throw new InvalidFields(invalid);
        }
        List<MapPlace> places = units.baladiya().stream()
                .map(unit -> {
                    double[] seat = units.seat(unit.pcode()).orElse(null);
                    return new MapPlace(
                            unit.pcode(),
                            unit.parent() == null ? "" : unit.parent(),
                            unit.nameEn(),
                            unit.nameAr(),
                            seat == null ? null : seat[0],
                            seat == null ? null : seat[1]);
                })
                .toList();
        List<DashboardQueries.Published> latest = queries.latest(1);
        if (latest.isEmpty()) {
            return new MapData(null, level, figure, List.of(), places);
        }
        DashboardQueries.Published current = latest.get(0);
        Map<String, Long> values = queries.figure(current.versionId(), level, figure);
        List<SuppressSmallCells.Row> rows = new ArrayList<>();
        values.forEach((pcode, value) -> rows.add(
                new SuppressSmallCells.Row(pcode, pcode.substring(0, pcode.length() - 2), Map.of(figure, value))));
        SuppressSmallCells.Result suppressed = SuppressSmallCells.apply(rows);
        List<MapUnit> mapUnits = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            String pcode = rows.get(r).pcode();
            DashboardUnits.Unit unit = units.find(pcode).orElse(null);
            Object shown = suppressed.published(r, figure);
            mapUnits.add(new MapUnit(
                    pcode,
                    unit == null ? pcode : unit.nameEn(),
                    unit == null ? pcode : unit.nameAr(),
                    pcode.substring(0, 8),
                    shown instanceof Long number ? number : null,
                    String.valueOf(shown)));
        }
        return new MapData(RoundInfo.of(current), level, figure, mapUnits, places);
    }

    /** The national figures of every published round, oldest first. */
    public List<DashboardQueries.Trend> trends() {
        return queries.trends(DashboardQueries.HEADLINE);
    }
}
