package org.masar.dtm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Published rounds for the publishing tests (dashboard, map, exports), written straight into the tables as publication
 * leaves them: the round, a published version, its baladiya and muhalla assessments with their figures and a key
 * informant, and the aggregates at every level (each level the sum of the one below, muhalla summed into a baladiya that
 * has no assessment of its own). The maker-checker that publishes rounds in the application is not needed to read them.
 *
 * <p>Round numbers come from one counter shared by the publishing tests (rounds written here and rounds published
 * through the API by the browser test), above those {@link DtmTestSupport} gives other tests and below the API's
 * 100,000, so that the latest published round is always the one the newest publishing test made.
 */
public final class DashboardTestRounds {

    private static final AtomicInteger NUMBERS = new AtomicInteger(90_000 + (int) (System.nanoTime() % 100) * 50);

    private final JdbcClient jdbc;

    public DashboardTestRounds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A round number higher than any other test's so far, and accepted by the API. */
    public static int nextNumber() {
        return NUMBERS.incrementAndGet();
    }

    /** A published round (version 1) with these figures by baladiya or muhalla P-code; returns the round's id. */
    public UUID published(int number, Map<String, Map<String, Long>> figures) {
        UUID round = planned(number);
        UUID version = jdbc.sql("SELECT id FROM dtm_round_version WHERE round_id = :round")
                .param("round", round)
                .query(UUID.class)
                .single();
        for (var unit : figures.entrySet()) {
            UUID assessment = UUID.randomUUID();
            jdbc.sql("""
                            INSERT INTO dtm_assessment (id, round_version_id, pcode, assessed_on, source, created_at,
                                                        created_by, updated_at, updated_by)
                            VALUES (:id, :version, :pcode, DATE '2026-02-01', 'entry', now(), 'test', now(), 'test')
                            """)
                    .param("id", assessment)
                    .param("version", version)
                    .param("pcode", unit.getKey())
                    .update();
            jdbc.sql("""
                            INSERT INTO dtm_key_informant (id, assessment_id, role, sex, organisation_type)
                            VALUES (:id, :assessment, 'muhalla-leader', 'f', 'local-council')
                            """)
                    .param("id", UUID.randomUUID())
                    .param("assessment", assessment)
                    .update();
            unit.getValue()
                    .forEach((key, value) -> jdbc.sql(
                                    "INSERT INTO dtm_figure (assessment_id, key, value) VALUES (:assessment, :key, :value)")
                            .param("assessment", assessment)
                            .param("key", key)
                            .param("value", value)
                            .update());
        }
        for (var level : aggregates(figures).entrySet()) {
            for (var unit : level.getValue().entrySet()) {
                unit.getValue()
                        .forEach((key, value) -> jdbc.sql("""
                                INSERT INTO dtm_aggregate (round_version_id, level, pcode, key, value)
                                VALUES (:version, :level, :pcode, :key, :value)
                                """)
                                .param("version", version)
                                .param("level", level.getKey())
                                .param("pcode", unit.getKey())
                                .param("key", key)
                                .param("value", value)
                                .update());
            }
        }
        jdbc.sql("""
                        UPDATE dtm_round_version SET status = 'PUBLISHED', published_at = :at, published_by = 'test-maker',
                               approved_by = 'test-checker' WHERE id = :version
                        """)
                .param("at", java.sql.Timestamp.from(Instant.now()))
                .param("version", version)
                .update();
        return round;
    }

    /** A round planned, not published: version 1 in PLANNED. */
    public UUID planned(int number) {
        UUID round = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO dtm_round (id, number, period_start, period_end, created_at, created_by, updated_at,
                                               updated_by)
                        VALUES (:id, :number, :start, :end, now(), 'test', now(), 'test')
                        """)
                .param("id", round)
                .param("number", number)
                .param("start", LocalDate.of(2026, 1, 5))
                .param("end", LocalDate.of(2026, 2, 28))
                .update();
        jdbc.sql("""
                        INSERT INTO dtm_round_version (id, round_id, version, status, created_at, created_by, updated_at,
                                                       updated_by)
                        VALUES (:id, :round, 1, 'PLANNED', now(), 'test', now(), 'test')
                        """).param("id", UUID.randomUUID()).param("round", round).update();
        return round;
    }

    /** The figures at every level, as publication writes them. */
    static Map<String, Map<String, Map<String, Long>>> aggregates(Map<String, Map<String, Long>> figures) {
        Map<String, Map<String, Map<String, Long>>> levels = new LinkedHashMap<>();
        for (String level : List.of("muhalla", "baladiya", "mantika", "region", "libya")) {
            levels.put(level, new TreeMap<>());
        }
        figures.forEach((pcode, values) -> {
            if (pcode.length() == 10) {
                levels.get("muhalla").put(pcode, new TreeMap<>(values));
            }
        });
        figures.forEach((pcode, values) -> {
            if (pcode.length() == 8) {
                levels.get("baladiya").put(pcode, new TreeMap<>(values));
            }
        });
        levels.get("muhalla").forEach((pcode, values) -> {
            String baladiya = pcode.substring(0, 8);
            if (!figures.containsKey(baladiya)) {
                values.forEach((key, value) -> levels.get("baladiya")
                        .computeIfAbsent(baladiya, b -> new TreeMap<>())
                        .merge(key, value, Long::sum));
            }
        });
        String[][] upward = {{"baladiya", "mantika", "6"}, {"mantika", "region", "4"}, {"region", "libya", "2"}};
        for (String[] step : upward) {
            levels.get(step[0])
                    .forEach((pcode, values) -> values.forEach((key, value) -> levels.get(step[1])
                            .computeIfAbsent(pcode.substring(0, Integer.parseInt(step[2])), p -> new TreeMap<>())
                            .merge(key, value, Long::sum)));
        }
        return levels;
    }
}
