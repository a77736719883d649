package org.masar.dtm.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.RoundId;
import org.masar.dtm.RoundStatus;
import org.masar.dtm.RoundSummary;
import org.masar.dtm.RoundVersion;
import org.masar.dtm.RoundVersionId;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rounds' read side. {@code all} false limits every read to what a reader with {@code dtm:read} alone may see:
 * rounds with a published version, and published versions.
 */
@Component
class RoundQueries {

    private static final String SUMMARY = """
            SELECT r.id, r.number, r.period_start, r.period_end, r.change_threshold, r.created_at, r.created_by,
                   l.id AS version_id, l.version, l.status, l.publication_request,
                   p.version AS published_version, p.published_at
              FROM dtm_round r
              JOIN LATERAL (SELECT v.id, v.version, v.status, v.publication_request FROM dtm_round_version v
                             WHERE v.round_id = r.id ORDER BY v.version DESC LIMIT 1) l ON true
              LEFT JOIN LATERAL (SELECT v.version, v.published_at FROM dtm_round_version v
                                  WHERE v.round_id = r.id AND v.status = 'PUBLISHED'
                                  ORDER BY v.version DESC LIMIT 1) p ON true
             WHERE (:all OR p.version IS NOT NULL)
            """;

    private static final String VERSION = """
            SELECT id, version, status, correction_reason, publication_request, published_at, published_by,
                   approved_by, created_at, created_by
              FROM dtm_round_version
            """;

    private final JdbcClient jdbc;

    RoundQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RoundSummary> summary(RoundId id, boolean all) {
        return jdbc.sql(SUMMARY + " AND r.id = :id")
                .param("all", all)
                .param("id", id.value())
                .query(RoundQueries::summary)
                .optional();
    }

    PageJson<RoundSummary> list(Paging paging, boolean all) {
        List<RoundSummary> items = jdbc.sql(SUMMARY + " ORDER BY r.number DESC LIMIT :limit OFFSET :offset")
                .param("all", all)
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query(RoundQueries::summary)
                .list();
        long total = jdbc.sql("""
                        SELECT count(*) FROM dtm_round r
                         WHERE (:all OR EXISTS (SELECT FROM dtm_round_version v
                                                 WHERE v.round_id = r.id AND v.status = 'PUBLISHED'))
                        """).param("all", all).query(Long.class).single();
        return paging.page(items, total);
    }

    /** The published round with the highest number (below {@code below} when given). */
    Optional<RoundSummary> latestPublished(@Nullable Integer below) {
        return jdbc.sql(SUMMARY
                        + " AND p.version IS NOT NULL AND (CAST(:below AS integer) IS NULL OR r.number < :below)"
                        + " ORDER BY r.number DESC LIMIT 1")
                .param("all", false)
                .param("below", below)
                .query(RoundQueries::summary)
                .optional();
    }

    List<RoundVersion> versions(RoundId id, boolean all) {
        return jdbc.sql(VERSION + " WHERE round_id = :id AND (:all OR status = 'PUBLISHED') ORDER BY version")
                .param("id", id.value())
                .param("all", all)
                .query(RoundQueries::version)
                .list();
    }

    Optional<RoundVersion> version(RoundId id, int number) {
        return jdbc.sql(VERSION + " WHERE round_id = :id AND version = :number")
                .param("id", id.value())
                .param("number", number)
                .query(RoundQueries::version)
                .optional();
    }

    /** The latest version of the round, open or published. */
    Optional<RoundVersion> latestVersion(RoundId id) {
        return jdbc.sql(VERSION + " WHERE round_id = :id ORDER BY version DESC LIMIT 1")
                .param("id", id.value())
                .query(RoundQueries::version)
                .optional();
    }

    Optional<RoundVersion> latestPublishedVersion(RoundId id) {
        return jdbc.sql(VERSION + " WHERE round_id = :id AND status = 'PUBLISHED' ORDER BY version DESC LIMIT 1")
                .param("id", id.value())
                .query(RoundQueries::version)
                .optional();
    }

    /** The round a version belongs to. */
    Optional<RoundId> roundOf(RoundVersionId version) {
        return jdbc.sql("SELECT round_id FROM dtm_round_version WHERE id = :id")
                .param("id", version.value())
                .query((rs, row) -> new RoundId(rs.getObject(1, UUID.class)))
                .optional();
    }

    private static RoundSummary summary(ResultSet rs, int row) throws SQLException {
        Timestamp publishedAt = rs.getTimestamp("published_at");
        return new RoundSummary(
                new RoundId(rs.getObject("id", UUID.class)),
                rs.getInt("number"),
                rs.getObject("period_start", java.time.LocalDate.class),
                rs.getObject("period_end", java.time.LocalDate.class),
                rs.getBigDecimal("change_threshold"),
                rs.getInt("version"),
                RoundStatus.valueOf(rs.getString("status")),
                new RoundVersionId(rs.getObject("version_id", UUID.class)),
                rs.getObject("published_version", Integer.class),
                publishedAt == null ? null : publishedAt.toInstant(),
                rs.getObject("publication_request") != null,
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }

    private static RoundVersion version(ResultSet rs, int row) throws SQLException {
        Timestamp publishedAt = rs.getTimestamp("published_at");
        UUID request = rs.getObject("publication_request", UUID.class);
        return new RoundVersion(
                new RoundVersionId(rs.getObject("id", UUID.class)),
                rs.getInt("version"),
                RoundStatus.valueOf(rs.getString("status")),
                rs.getString("correction_reason"),
                request == null ? null : request.toString(),
                publishedAt == null ? null : publishedAt.toInstant(),
                rs.getString("published_by"),
                rs.getString("approved_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }
}
