package org.masar.dtm.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of published figures for the dashboard and the exports, straight from {@code dtm_aggregate}: the figures of a
 * published version at every level, written once at publication, so that nothing is summed on a request. Each read is
 * one query on the aggregate's primary key (version, level, P-code, key). Only published versions are ever read here.
 */
@Component
@Transactional(readOnly = true)
public class DashboardQueries {

    /** The figures the dashboard shows: individuals of each population. */
    public static final List<String> HEADLINE = List.of("idps.ind", "returnees.ind", "migrants.ind");

    private static final String LATEST_VERSIONS = """
            SELECT DISTINCT ON (r.number) v.id AS version_id, v.version, r.id AS round_id, r.number, r.period_start,
                   r.period_end, v.published_at
              FROM dtm_round_version v JOIN dtm_round r ON r.id = v.round_id
             WHERE v.status = 'PUBLISHED'
            """;

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A published version of a round: the latest one unless a correction was published since. */
    public record Published(
            UUID versionId,
            int version,
            UUID roundId,
            int number,
            LocalDate periodStart,
            LocalDate periodEnd,
            Instant publishedAt) {}

    /** One round on the trend chart: its number, period and national figures. */
    public record Trend(int number, LocalDate periodStart, LocalDate periodEnd, Map<String, Long> figures) {}

    /** The latest published version of the most recent published rounds, newest first (at most {@code count}). */
    public List<Published> latest(int count) {
        return jdbc.sql(LATEST_VERSIONS + " ORDER BY r.number DESC, v.version DESC LIMIT :count")
                .param("count", count)
                .query((rs, n) -> published(rs))
                .list();
    }

    /** The latest published version of one round, if it has one. */
    public Optional<Published> published(UUID round) {
        return jdbc.sql(LATEST_VERSIONS + " AND r.id = :round ORDER BY r.number DESC, v.version DESC LIMIT 1")
                .param("round", round)
                .query((rs, n) -> published(rs))
                .optional();
    }

    /** Whether a round with this id exists, published or not. */
    public boolean roundExists(UUID round) {
        return jdbc.sql("SELECT EXISTS (SELECT FROM dtm_round WHERE id = :round)")
                .param("round", round)
                .query(Boolean.class)
                .single();
    }

    /** The national figures of some versions, by version then key. */
    public Map<UUID, Map<String, Long>> national(List<UUID> versions, List<String> keys) {
        Map<UUID, Map<String, Long>> figures = new HashMap<>();
        if (versions.isEmpty()) {
            return figures;
        }
        jdbc.sql("""
                        SELECT round_version_id, key, value FROM dtm_aggregate
                         WHERE round_version_id IN (:versions) AND level = 'libya' AND pcode = 'LY' AND key IN (:keys)
                        """).param("versions", versions).param("keys", keys).query(rs -> {
            figures.computeIfAbsent(rs.getObject(1, UUID.class), v -> new TreeMap<>())
                    .put(rs.getString(2), rs.getLong(3));
        });
        return figures;
    }

    /** Every published round (its latest published version), oldest first, with its national figures. */
    public List<Trend> trends(List<String> keys) {
        Map<Integer, Trend> rounds = new LinkedHashMap<>();
        jdbc.sql("WITH latest AS (" + LATEST_VERSIONS + " ORDER BY r.number, v.version DESC) " + """
                        SELECT l.number, l.period_start, l.period_end, a.key, a.value
                          FROM latest l
                          LEFT JOIN dtm_aggregate a
                            ON a.round_version_id = l.version_id AND a.level = 'libya' AND a.pcode = 'LY' AND a.key IN (:keys)
                         ORDER BY l.number
                        """)
                .param("keys", keys)
                .query(rs -> {
                    int number = rs.getInt(1);
                    Trend trend = rounds.computeIfAbsent(number, k -> {
                        try {
                            return new Trend(
                                    number,
                                    rs.getObject(2, LocalDate.class),
                                    rs.getObject(3, LocalDate.class),
                                    new TreeMap<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    String key = rs.getString(4);
                    if (key != null) {
                        trend.figures().put(key, rs.getLong(5));
                    }
                });
        return new ArrayList<>(rounds.values());
    }

    /** One figure of every unit of a level in a published version, by P-code. */
    public Map<String, Long> figure(UUID version, String level, String key) {
        Map<String, Long> values = new TreeMap<>();
        jdbc.sql("""
                        SELECT pcode, value FROM dtm_aggregate
                         WHERE round_version_id = :version AND level = :level AND key = :key
                        """)
                .param("version", version)
                .param("level", level)
                .param("key", key)
                .query(rs -> {
                    values.put(rs.getString(1), rs.getLong(2));
                });
        return values;
    }

    /** Every figure of every unit of a level in a published version, by P-code then key, in P-code order. */
    public Map<String, Map<String, Long>> figures(UUID version, String level) {
        Map<String, Map<String, Long>> units = new TreeMap<>();
        jdbc.sql("""
                        SELECT pcode, key, value FROM dtm_aggregate
                         WHERE round_version_id = :version AND level = :level
                        """).param("version", version).param("level", level).query(rs -> {
            units.computeIfAbsent(rs.getString(1), p -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
        });
        return units;
    }

    private static Published published(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp publishedAt = rs.getTimestamp("published_at");
        return new Published(
                rs.getObject("version_id", UUID.class),
                rs.getInt("version"),
                rs.getObject("round_id", UUID.class),
                rs.getInt("number"),
                rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class),
                publishedAt.toInstant());
    }
}
