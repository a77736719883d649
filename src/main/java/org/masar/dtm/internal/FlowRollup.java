package org.masar.dtm.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
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
        appending(day, baladiya, delta, null).ifPresent(JdbcClient.StatementSpec::update);
    }

    /**
     * {@code statement} (one INSERT, UPDATE or DELETE with named parameters; the caller adds its parameters and runs
     * it), with the figures of one day in one baladiya added in the same statement by a data-modifying {@code WITH}
     * ahead of it: a record and its figures in one round trip to the database.
     */
    JdbcClient.StatementSpec with(LocalDate day, String baladiya, Map<String, Long> delta, String statement) {
        return appending(day, baladiya, delta, statement).orElseGet(() -> jdbc.sql(statement));
    }

    private Optional<JdbcClient.StatementSpec> appending(
            LocalDate day, String baladiya, Map<String, Long> delta, @Nullable String statement) {
        Map<String, Long> sorted = new TreeMap<>();
        delta.forEach((key, value) -> {
            if (value != 0) {
                sorted.put(key, value);
            }
        });
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        String insert = """
                INSERT INTO dtm_flow_figure_delta (day, baladiya_pcode, keys, figures)
                VALUES (:rollupDay, :rollupBaladiya, CAST(:rollupKeys AS text[]), CAST(:rollupFigures AS bigint[]))
                """;
        return Optional.of(jdbc.sql(statement == null ? insert : "WITH figure_delta AS (" + insert + ")\n" + statement)
                .param("rollupDay", Date.valueOf(day))
                .param("rollupBaladiya", baladiya)
                .param("rollupKeys", sorted.keySet().toArray(String[]::new))
                .param("rollupFigures", sorted.values().toArray(Long[]::new)));
    }
}
