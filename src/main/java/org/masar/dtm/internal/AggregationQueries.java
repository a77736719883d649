package org.masar.dtm.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.DtmLevel;
import org.masar.dtm.RoundId;
import org.masar.dtm.RoundTrendPoint;
import org.masar.dtm.RoundVersionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Figures summed up the gazetteer. A baladiya's figure for a key is its own assessment's when it has one for that key,
 * else the sum of its muhalla's; a mantika, region or Libya sums its baladiya. P-codes are hierarchical, so the unit
 * at a level is the first {@link DtmLevel#codeLength()} characters of a baladiya's code.
 *
 * <p>An open version is summed on the fly ({@link #live}); publication writes every level into {@code dtm_aggregate}
 * ({@link #write}), so that a published version is read with one indexed query ({@link #published}).
 */
@Component
class AggregationQueries {

    /** The figures of the version's assessments, with each baladiya's figures as defined above, as (pcode, key, value). */
    private static final String BALADIYA_FIGURES = """
            WITH f AS (
              SELECT a.pcode, a.level, fi.key, fi.value
                FROM dtm_assessment a JOIN dtm_figure fi ON fi.assessment_id = a.id
               WHERE a.round_version_id = :version
            ), baladiya AS (
              SELECT pcode, key, value FROM f WHERE level = 'baladiya'
              UNION ALL
              SELECT left(m.pcode, 8), m.key, sum(m.value)::bigint FROM f m
               WHERE m.level = 'muhalla'
                 AND NOT EXISTS (SELECT FROM f b WHERE b.level = 'baladiya' AND b.pcode = left(m.pcode, 8)
                                                   AND b.key = m.key)
               GROUP BY left(m.pcode, 8), m.key
            )
            """;

    private static final String LIVE = BALADIYA_FIGURES + """
            SELECT left(pcode, :length) AS pcode, key, sum(value)::bigint AS value FROM baladiya
             GROUP BY 1, 2 ORDER BY 1, 2
            """;

    private static final String LIVE_MUHALLA = """
            SELECT a.pcode, fi.key, fi.value
              FROM dtm_assessment a JOIN dtm_figure fi ON fi.assessment_id = a.id
             WHERE a.round_version_id = :version AND a.level = 'muhalla'
             ORDER BY 1, 2
            """;

    private static final String WRITE = BALADIYA_FIGURES + """
            INSERT INTO dtm_aggregate (round_version_id, level, pcode, key, value)
            SELECT :version, 'baladiya', pcode, key, value FROM baladiya
            UNION ALL SELECT :version, 'mantika', left(pcode, 6), key, sum(value) FROM baladiya GROUP BY 3, 4
            UNION ALL SELECT :version, 'region', left(pcode, 4), key, sum(value) FROM baladiya GROUP BY 3, 4
            UNION ALL SELECT :version, 'libya', 'LY', key, sum(value) FROM baladiya GROUP BY 4
            UNION ALL SELECT :version, 'muhalla', pcode, key, value FROM f WHERE level = 'muhalla'
            """;

    private final JdbcClient jdbc;

    AggregationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An open version's figures at a level, summed now: P-code → key → value, in P-code and key order. */
    Map<String, Map<String, Long>> live(RoundVersionId version, DtmLevel level) {
        var statement = level == DtmLevel.MUHALLA
                ? jdbc.sql(LIVE_MUHALLA).param("version", version.value())
                : jdbc.sql(LIVE).param("version", version.value()).param("length", level.codeLength());
        return collect(statement);
    }

    /** A published version's figures at a level, as publication wrote them. */
    Map<String, Map<String, Long>> published(RoundVersionId version, DtmLevel level) {
        return collect(jdbc.sql("""
                        SELECT pcode, key, value FROM dtm_aggregate
                         WHERE round_version_id = :version AND level = :level
                         ORDER BY pcode, key
                        """).param("version", version.value()).param("level", level.code()));
    }

    /**
     * A published version's figures at a level with the previous published version's counts beside them, in one
     * indexed query: P-code → key → change.
     */
    Map<String, Map<String, org.masar.dtm.FigureChange>> publishedChanges(
            RoundVersionId version, @Nullable RoundVersionId previous, DtmLevel level) {
        Map<String, Map<String, org.masar.dtm.FigureChange>> changes = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT c.pcode, c.key, c.value, p.value
                          FROM dtm_aggregate c
                          LEFT JOIN dtm_aggregate p ON p.round_version_id = :previous AND p.level = c.level
                                                   AND p.pcode = c.pcode AND p.key = c.key
                         WHERE c.round_version_id = :version AND c.level = :level
                         ORDER BY c.pcode, c.key
                        """)
                .param("version", version.value())
                .param("previous", previous == null ? null : previous.value(), java.sql.Types.OTHER)
                .param("level", level.code())
                .query(rs -> {
                    long value = rs.getLong(3);
                    Long before = rs.getObject(4, Long.class);
                    changes.computeIfAbsent(rs.getString(1), pcode -> new TreeMap<>())
                            .put(rs.getString(2), org.masar.dtm.FigureChange.of(value, before));
                });
        return changes;
    }

    /** Writes the version's figures at every level; done once, as the version is published. */
    void write(RoundVersionId version) {
        jdbc.sql("DELETE FROM dtm_aggregate WHERE round_version_id = :version")
                .param("version", version.value())
                .update();
        jdbc.sql(WRITE).param("version", version.value()).update();
    }

    /** One unit's figures in every round's latest published version, by round number. */
    List<RoundTrendPoint> trend(DtmLevel level, String pcode) {
        record Head(RoundId round, int number, LocalDate start, LocalDate end, int version) {}
        Map<UUID, Head> heads = new LinkedHashMap<>();
        Map<UUID, Map<String, Long>> figures = new HashMap<>();
        jdbc.sql("""
                        SELECT r.id, r.number, r.period_start, r.period_end, v.version, a.key, a.value
                          FROM dtm_round r
                          JOIN LATERAL (SELECT id, version FROM dtm_round_version
                                         WHERE round_id = r.id AND status = 'PUBLISHED'
                                         ORDER BY version DESC LIMIT 1) v ON true
                          LEFT JOIN dtm_aggregate a ON a.round_version_id = v.id AND a.level = :level AND a.pcode = :pcode
                         ORDER BY r.number, a.key
                        """).param("level", level.code()).param("pcode", pcode).query(rs -> {
            UUID round = rs.getObject(1, UUID.class);
            if (!heads.containsKey(round)) {
                heads.put(
                        round,
                        new Head(
                                new RoundId(round),
                                rs.getInt(2),
                                rs.getObject(3, LocalDate.class),
                                rs.getObject(4, LocalDate.class),
                                rs.getInt(5)));
            }
            String key = rs.getString(6);
            if (key != null) {
                figures.computeIfAbsent(round, r -> new TreeMap<>()).put(key, rs.getLong(7));
            }
        });
        List<RoundTrendPoint> points = new ArrayList<>(heads.size());
        heads.forEach((round, head) -> points.add(new RoundTrendPoint(
                head.round(),
                head.number(),
                head.start(),
                head.end(),
                head.version(),
                figures.getOrDefault(round, Map.of()))));
        return points;
    }

    private static Map<String, Map<String, Long>> collect(JdbcClient.StatementSpec statement) {
        Map<String, Map<String, Long>> figures = new LinkedHashMap<>();
        statement.query(rs -> {
            figures.computeIfAbsent(rs.getString(1), pcode -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
        });
        return figures;
    }
}
