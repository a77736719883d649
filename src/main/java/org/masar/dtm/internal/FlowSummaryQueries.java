package org.masar.dtm.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.masar.dtm.FlowMonitoringSummary;
import org.masar.dtm.FlowMonitoringSummary.Figures;
import org.masar.dtm.FlowMonitoringSummary.Granularity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The flow summary, read from the figures {@link FlowRollup} keeps: whole months from the monthly table, the days at
 * either end of the period from the daily one, and what {@link FlowFigureFold} has not yet added to either (a second's
 * worth). Either way it reads at most a few thousand rows of one area, whatever the number of counts and surveys
 * behind them.
 */
@Component
class FlowSummaryQueries {

    /**
     * Whole months from the monthly figures, the days before the first whole month and after the last from the daily
     * ones, each read by its own range of the (area, day) index, and the figures not yet folded (a table the fold keeps
     * to about a second's worth, read whole). Totals come out per period, nationalities over the whole period (their
     * period is null): a few hundred rows at most, whatever the data behind them.
     */
    private static final String SUMMARY = """
            WITH parts AS (
              SELECT month AS at, key, value FROM dtm_flow_monthly_figure
               WHERE baladiya_pcode = :area AND month >= :fullFrom AND month < :fullTo
              UNION ALL
              SELECT day, key, value FROM dtm_flow_daily_figure
               WHERE baladiya_pcode = :area AND day BETWEEN :from AND :headTo
              UNION ALL
              SELECT day, key, value FROM dtm_flow_daily_figure
               WHERE baladiya_pcode = :area AND day BETWEEN :tailFrom AND :to
              UNION ALL
              SELECT d.day, f.key, f.value
                FROM dtm_flow_figure_delta d CROSS JOIN LATERAL unnest(d.keys, d.figures) AS f (key, value)
               WHERE (d.baladiya_pcode = :area OR :area = :libya) AND d.day BETWEEN :from AND :to
            )
            SELECT CASE WHEN key LIKE '%.nationality.%' THEN NULL
                        WHEN :byMonth THEN CAST(date_trunc('month', CAST(at AS timestamp)) AS date)
                        ELSE at END AS period,
                   key, sum(value) AS value
              FROM parts
             WHERE key IN ('in', 'out', 'surveys') OR key LIKE '%.nationality.%'
             GROUP BY 1, 2
            """;

    private final JdbcClient jdbc;

    FlowSummaryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    FlowMonitoringSummary summary(LocalDate from, LocalDate to, String area, Granularity granularity) {
        boolean byMonth = granularity == Granularity.MONTH;
        // Whole months inside the period: from the first day of a month on or after 'from', to the first day of the
        // month after the last whole one. By day, or when no month is whole, every day comes from the daily figures.
        LocalDate fullFrom =
                from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate fullTo = to.plusDays(1).withDayOfMonth(1);
        LocalDate headTo;
        LocalDate tailFrom;
        if (!byMonth || !fullFrom.isBefore(fullTo)) {
            fullFrom = to.plusDays(1);
            fullTo = fullFrom;
            headTo = to;
            tailFrom = to.plusDays(1);
        } else {
            headTo = fullFrom.minusDays(1);
            tailFrom = fullTo;
        }
        Map<String, long[]> periods = new TreeMap<>();
        Map<String, long[]> nationalities = new TreeMap<>();
        long[] total = new long[3];
        jdbc.sql(SUMMARY)
                .param("byMonth", byMonth)
                .param("area", area)
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .param("fullFrom", Date.valueOf(fullFrom))
                .param("fullTo", Date.valueOf(fullTo))
                .param("headTo", Date.valueOf(headTo))
                .param("tailFrom", Date.valueOf(tailFrom))
                .param("libya", FlowRollup.LIBYA)
                .query(rs -> {
                    java.sql.Date at = rs.getDate("period");
                    String period = at == null
                            ? ""
                            : byMonth
                                    ? at.toLocalDate().toString().substring(0, 7)
                                    : at.toLocalDate().toString();
                    String key = rs.getString("key");
                    long value = rs.getLong("value");
                    int nationalityAt = key.indexOf(".nationality.");
                    if (nationalityAt < 0) {
                        int slot = slot(key);
                        periods.computeIfAbsent(period, p -> new long[3])[slot] += value;
                        total[slot] += value;
                    } else {
                        String code = key.substring(nationalityAt + ".nationality.".length());
                        nationalities.computeIfAbsent(code, c -> new long[3])[slot(key.substring(0, nationalityAt))] +=
                                value;
                    }
                });
        List<FlowMonitoringSummary.Period> periodList = new ArrayList<>();
        periods.forEach(
                (period, figures) -> periodList.add(new FlowMonitoringSummary.Period(period, figures(figures))));
        List<FlowMonitoringSummary.Nationality> nationalityList = new ArrayList<>();
        nationalities.forEach(
                (code, figures) -> nationalityList.add(new FlowMonitoringSummary.Nationality(code, figures(figures))));
        nationalityList.sort(Comparator.comparingLong(
                        (FlowMonitoringSummary.Nationality n) -> n.figures().incoming())
                .reversed()
                .thenComparing(FlowMonitoringSummary.Nationality::nationality));
        return new FlowMonitoringSummary(
                from,
                to,
                FlowRollup.LIBYA.equals(area) ? null : area,
                granularity,
                periodList,
                figures(total),
                nationalityList);
    }

    private static int slot(String key) {
        return switch (key) {
            case "in" -> 0;
            case "out" -> 1;
            default -> 2;
        };
    }

    private static Figures figures(long[] figures) {
        return new Figures(figures[0], figures[1], figures[2]);
    }
}
