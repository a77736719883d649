package org.masar.dtm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.dtm.FlowMonitoringSummary;
import org.masar.dtm.FlowMonitoringSummary.Granularity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What counts and surveys append is read at once by a summary, and the fold adds it to the figure rows without
 * changing any summary: summed by day, month, baladiya and Libya, subtractions included, and the appended rows gone.
 */
@MasarIntegrationTest
class FlowFigureFoldTests {

    // Days of 2017 that no other test uses.
    private static final LocalDate FIRST = LocalDate.of(2017, 5, 30);
    private static final LocalDate SECOND = LocalDate.of(2017, 6, 2);
    private static final String MISRATA = "LY021401";
    private static final String DERNA = "LY010102";

    @Autowired
    FlowRollup rollup;

    @Autowired
    FlowFigureFold fold;

    @Autowired
    FlowSummaryQueries summaries;

    @Autowired
    JdbcClient jdbc;

    @Test
    void appendedFiguresAreReadAtOnceAndFoldedIntoTheFigureRowsWithoutChangingASummary() {
        rollup.add(FIRST, MISRATA, Map.of("in", 10L, "out", 4L));
        rollup.add(FIRST, MISRATA, Map.of("in", 5L, "surveys", 1L));
        rollup.add(SECOND, DERNA, Map.of("in", 7L));
        rollup.add(FIRST, MISRATA, Map.of("in", -3L)); // a replaced count takes back what it had added

        FlowMonitoringSummary before = summaries.summary(FIRST, SECOND, FlowRollup.LIBYA, Granularity.MONTH);
        assertThat(before.total()).isEqualTo(new FlowMonitoringSummary.Figures(19, 4, 1));
        assertThat(before.periods())
                .extracting(period -> period.period() + " " + period.figures().incoming())
                .containsExactly("2017-05 12", "2017-06 7");

        fold.foldAll();

        assertThat(jdbc.sql("SELECT count(*) FROM dtm_flow_figure_delta WHERE day BETWEEN :from AND :to")
                        .param("from", FIRST)
                        .param("to", SECOND)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(figure("dtm_flow_daily_figure", "day", FIRST, FlowRollup.LIBYA, "in"))
                .isEqualTo(12);
        assertThat(figure("dtm_flow_daily_figure", "day", FIRST, MISRATA, "in")).isEqualTo(12);
        assertThat(figure("dtm_flow_daily_figure", "day", SECOND, DERNA, "in")).isEqualTo(7);
        assertThat(figure("dtm_flow_monthly_figure", "month", FIRST.withDayOfMonth(1), FlowRollup.LIBYA, "out"))
                .isEqualTo(4);
        assertThat(figure("dtm_flow_monthly_figure", "month", SECOND.withDayOfMonth(1), FlowRollup.LIBYA, "in"))
                .isEqualTo(7);
        assertThat(summaries.summary(FIRST, SECOND, FlowRollup.LIBYA, Granularity.MONTH))
                .isEqualTo(before);
        assertThat(summaries.summary(FIRST, SECOND, DERNA, Granularity.DAY).total())
                .isEqualTo(new FlowMonitoringSummary.Figures(7, 0, 0));
    }

    private long figure(String table, String column, LocalDate at, String area, String key) {
        return jdbc.sql("SELECT coalesce(sum(value), 0) FROM " + table + " WHERE " + column
                        + " = :at AND baladiya_pcode = :area AND key = :key")
                .param("at", at)
                .param("area", area)
                .param("key", key)
                .query(Long.class)
                .single();
    }
}
