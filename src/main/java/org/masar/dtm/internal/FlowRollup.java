package org.masar.dtm.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the figures the flow summary reads, by day and by month, for the baladiya and for Libya as a whole (P-code
 * {@code LY}), in the caller's transaction: each count or survey adds its figures (a replaced count subtracts the old
 * ones).
 *
 * <p>Each figure is kept in up to {@link #STRIPES} rows, and a writer adds to the row of its thread's stripe (readers
 * sum the stripes, as they sum days): otherwise every writer of a day would wait for the one before it to commit, on
 * the national rows they all share. One transaction writes its keys in one order and all in its one stripe, so two
 * writers that share a stripe lock rows in the same order, as before the stripes.
 */
@Component
class FlowRollup {

    /** The P-code the national figures are kept under. */
    static final String LIBYA = "LY";

    /** How many rows each figure is spread over: about as many as the writers a node runs at once. */
    static final int STRIPES = 16;

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
        String[] keys = sorted.keySet().toArray(String[]::new);
        Long[] values = sorted.values().toArray(Long[]::new);
        // by thread, so that a transaction adding several times keeps to one stripe
        int stripe = (int) (Thread.currentThread().threadId() % STRIPES);
        for (String area : new String[] {LIBYA, baladiya}) {
            jdbc.sql("""
                            INSERT INTO dtm_flow_daily_figure (day, baladiya_pcode, key, stripe, value)
                            SELECT :day, :area, k, :stripe, v FROM unnest(CAST(:keys AS text[]), CAST(:values AS bigint[])) AS d (k, v)
                            ON CONFLICT (day, baladiya_pcode, key, stripe)
                            DO UPDATE SET value = dtm_flow_daily_figure.value + excluded.value
                            """)
                    .param("day", Date.valueOf(day))
                    .param("area", area)
                    .param("stripe", stripe)
                    .param("keys", keys)
                    .param("values", values)
                    .update();
            jdbc.sql("""
                            INSERT INTO dtm_flow_monthly_figure (month, baladiya_pcode, key, stripe, value)
                            SELECT :month, :area, k, :stripe, v FROM unnest(CAST(:keys AS text[]), CAST(:values AS bigint[])) AS d (k, v)
                            ON CONFLICT (month, baladiya_pcode, key, stripe)
                            DO UPDATE SET value = dtm_flow_monthly_figure.value + excluded.value
                            """)
                    .param("month", Date.valueOf(day.withDayOfMonth(1)))
                    .param("area", area)
                    .param("stripe", stripe)
                    .param("keys", keys)
                    .param("values", values)
                    .update();
        }
    }
}
