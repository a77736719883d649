package org.masar.dtm.internal;

import org.masar.shared.OneNodeBatches;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds the figures counts and surveys appended ({@link FlowRollup}) to the daily and monthly figure rows, a batch a
 * transaction: summed first, so a thousand surveys of one day become one update of each of their keys instead of a
 * thousand. One node at a time ({@link OneNodeBatches}), so the figure rows are only ever updated by one transaction
 * and in one order.
 */
@Component
class FlowFigureFold {

    /** The advisory lock of the fold; the ASCII of "masarf" (Masar, flow). It only has to differ from Masar's others. */
    static final long LOCK = 0x6d61736172_66L;

    /**
     * Takes the oldest rows, sums them by day, area (the baladiya, and Libya) and key, adds the sums to the daily
     * figures and, summed again by month, to the monthly ones, and deletes the rows, in one statement: a summary,
     * reading in one snapshot, sees each figure either still in its row or already in the figures.
     */
    private static final String FOLD = """
            WITH taken AS (
              DELETE FROM dtm_flow_figure_delta
               WHERE id IN (SELECT id FROM dtm_flow_figure_delta ORDER BY id LIMIT :batch)
              RETURNING day, baladiya_pcode, keys, figures
            ), summed AS (
              SELECT t.day, area.pcode, f.key, sum(f.value) AS value
                FROM taken t
                CROSS JOIN LATERAL unnest(ARRAY[t.baladiya_pcode, :libya]) AS area (pcode)
                CROSS JOIN LATERAL unnest(t.keys, t.figures) AS f (key, value)
               GROUP BY t.day, area.pcode, f.key
            ), daily AS (
              INSERT INTO dtm_flow_daily_figure (day, baladiya_pcode, key, stripe, value)
              SELECT day, pcode, key, 0, value FROM summed
              ON CONFLICT (day, baladiya_pcode, key, stripe)
              DO UPDATE SET value = dtm_flow_daily_figure.value + excluded.value
            ), monthly AS (
              INSERT INTO dtm_flow_monthly_figure (month, baladiya_pcode, key, stripe, value)
              SELECT CAST(date_trunc('month', day) AS date), pcode, key, 0, sum(value) FROM summed GROUP BY 1, 2, 3
              ON CONFLICT (month, baladiya_pcode, key, stripe)
              DO UPDATE SET value = dtm_flow_monthly_figure.value + excluded.value
            )
            SELECT count(*) FROM taken
            """;

    private final JdbcClient jdbc;
    private final OneNodeBatches batches;

    FlowFigureFold(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            @Value("${masar.dtm.flow-fold.batch-size:20000}") int batchSize) {
        this.jdbc = jdbc;
        this.batches = new OneNodeBatches(jdbc, transactions, LOCK, batchSize);
    }

    @Scheduled(
            fixedDelayString = "${masar.dtm.flow-fold.interval:PT1S}",
            initialDelayString = "${masar.dtm.flow-fold.initial-delay:PT2S}")
    void foldOnSchedule() {
        batches.runIfFree(this::foldOneBatch);
    }

    /** Folds every row committed so far, waiting for a fold running elsewhere first (tests and benchmarks). */
    long foldAll() {
        return batches.runAll(this::foldOneBatch);
    }

    /** @return how many appended rows were folded */
    private long foldOneBatch() {
        return jdbc.sql(FOLD)
                .param("batch", batches.batchSize())
                .param("libya", FlowRollup.LIBYA)
                .query(Long.class)
                .single();
    }
}
