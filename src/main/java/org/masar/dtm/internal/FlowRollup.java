package org.masar.dtm.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the figures the flow summary reads, by day and by month, for the baladiya and for Libya as a whole (P-code
 * {@code LY}): each count or survey adds its figures (a replaced count subtracts the old ones), in the caller's
 * transaction, as one row of {@code dtm_flow_figure_delta} that {@link FlowFigureFold} later adds to the figure rows.
 * Appending touches no row another writer touches, so surveys arriving together from many phones do not queue on
 * the figures of their day; {@link FlowSummaryQueries} reads the rows not yet folded with the figures.
 */
@Component
class FlowRollup {

    /** The P-code the national figures are kept under. */
    static final String LIBYA = "LY";

    private final JdbcClient jdbc;

    FlowRollup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the figures (negative to subtract) of one day in one baladiya. */
    void add(LocalDate day, String baladiya, Map<String, Long> delta) {
        Map<String, Long> sorted = new TreeMap<>();
        delta.forEach((key, value) -> {
            if (value != 0) {
                sorted.put(key, value);
            }
        });
        if (sorted.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO dtm_flow_figure_delta (day, baladiya_pcode, keys, figures)
                        VALUES (:day, :baladiya, CAST(:keys AS text[]), CAST(:figures AS bigint[]))
                        """)
                .param("day", Date.valueOf(day))
                .param("baladiya", baladiya)
                .param("keys", sorted.keySet().toArray(String[]::new))
                .param("figures", sorted.values().toArray(Long[]::new))
                .update();
    }
}
