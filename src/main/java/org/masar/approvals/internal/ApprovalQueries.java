package org.masar.approvals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.approvals.Approval;
import org.masar.approvals.ApprovalId;
import org.masar.approvals.ApprovalStatus;
import org.masar.geo.PCode;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read side of the commands: one command, the pages of those a checker may decide and of those a maker made, and
 * the count the dashboard shows. Who may see what is decided by the caller ({@link ApprovalService}) and handed in as
 * the checker's permissions and baladiya.
 */
@Component
class ApprovalQueries {

    private static final String SELECT = """
            SELECT c.id, c.type, c.subject, c.summary, c.permission, c.baladiya, c.payload::text AS payload, c.status,
                   c.maker, c.requested_at, c.decider, c.decided_at, c.reason
              FROM approvals_command c
            """;

    /**
     * What a checker may decide: a command needing a permission they hold, in a baladiya they cover (or none), that
     * they did not make. {@code :everywhere} is true for a checker who covers every baladiya. A list parameter never
     * is empty: the caller puts in a value no row has.
     */
    private static final String DECIDABLE = """
             WHERE c.permission IN (:permissions)
               AND c.maker <> :me
               AND (c.baladiya IS NULL OR :everywhere OR c.baladiya IN (:baladiya))
               AND (CAST(:status AS text) IS NULL OR c.status = :status)
            """;

    private static final String MINE = """
             WHERE c.maker = :me
               AND (CAST(:status AS text) IS NULL OR c.status = :status)
            """;

    private static final String NEWEST_FIRST = " ORDER BY c.requested_at DESC, c.id LIMIT :limit OFFSET :offset";

    private final JdbcClient jdbc;

    ApprovalQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Approval> find(ApprovalId id) {
        return jdbc.sql(SELECT + " WHERE c.id = :id")
                .param("id", id.value())
                .query((row, n) -> approval(row))
                .optional();
    }

    PageJson<Approval> decidable(Checker checker, @Nullable ApprovalStatus status, Paging paging) {
        if (checker.permissions().isEmpty()) {
            return paging.page(List.of(), 0);
        }
        List<Approval> items = checker(jdbc.sql(SELECT + DECIDABLE + NEWEST_FIRST), checker, status)
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query((row, n) -> approval(row))
                .list();
        return paging.page(items, countDecidable(checker, status));
    }

    long countDecidable(Checker checker, @Nullable ApprovalStatus status) {
        if (checker.permissions().isEmpty()) {
            return 0;
        }
        return checker(jdbc.sql("SELECT count(*) FROM approvals_command c" + DECIDABLE), checker, status)
                .query(Long.class)
                .single();
    }

    PageJson<Approval> mine(UUID me, @Nullable ApprovalStatus status, Paging paging) {
        List<Approval> items = jdbc.sql(SELECT + MINE + NEWEST_FIRST)
                .param("me", me)
                .param("status", status == null ? null : status.name())
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query((row, n) -> approval(row))
                .list();
        long total = jdbc.sql("SELECT count(*) FROM approvals_command c" + MINE)
                .param("me", me)
                .param("status", status == null ? null : status.name())
                .query(Long.class)
                .single();
        return paging.page(items, total);
    }

    /**
     * Who asks to decide: their account, the permissions they hold, and the baladiya they cover ({@code everywhere}
     * when they cover all).
     */
    record Checker(UUID me, Collection<String> permissions, boolean everywhere, Collection<String> baladiya) {}

    private static JdbcClient.StatementSpec checker(
            JdbcClient.StatementSpec statement, Checker checker, @Nullable ApprovalStatus status) {
        return statement
                .param("permissions", checker.permissions())
                .param("me", checker.me())
                .param("everywhere", checker.everywhere())
                .param("baladiya", nonEmpty(checker.baladiya()))
                .param("status", status == null ? null : status.name());
    }

    /** A list for {@code IN (…)}, which may not be empty: none becomes one value no P-code is. */
    private static List<String> nonEmpty(Collection<String> values) {
        List<String> list = new ArrayList<>(values);
        if (list.isEmpty()) {
            list.add("");
        }
        return list;
    }

    private static Approval approval(ResultSet row) throws SQLException {
        String baladiya = row.getString("baladiya");
        Timestamp decidedAt = row.getTimestamp("decided_at");
        UUID decider = row.getObject("decider", UUID.class);
        return new Approval(
                new ApprovalId(row.getObject("id", UUID.class)),
                row.getString("type"),
                row.getString("subject"),
                row.getString("summary"),
                row.getString("permission"),
                baladiya == null ? null : new PCode(baladiya),
                row.getString("payload"),
                ApprovalStatus.valueOf(row.getString("status")),
                row.getObject("maker", UUID.class).toString(),
                row.getTimestamp("requested_at").toInstant(),
                decider == null ? null : decider.toString(),
                decidedAt == null ? null : decidedAt.toInstant(),
                row.getString("reason"));
    }
}
