package org.masar.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.BilingualName;
import org.masar.access.OfficeId;
import org.masar.access.Scopes;
import org.masar.access.Sensitivity;
import org.masar.access.UserId;
import org.masar.cases.CaseFilter;
import org.masar.cases.CaseId;
import org.masar.cases.CaseListChoices;
import org.masar.cases.CaseListOrder;
import org.masar.people.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the lists of cases. Every query runs as the application role, so row-level security drops the restricted
 * cases the user may not read before anything is counted; the scopes and the filter are added here as fixed fragments
 * (nothing the caller typed is ever part of the SQL text, only its parameters).
 *
 * <p>Scopes: {@link CaseScope}'s rule, the same that opening a case applies.
 */
@Component
class CaseListQueries {

    private static final String FROM = """
              FROM cases_case c
              JOIN cases_case_type t ON t.code = c.case_type
            """;

    private static final String COLUMNS = """
            SELECT c.id, c.case_number, c.case_type, t.name_en AS type_en, t.name_ar AS type_ar, c.person_id,
                   c.status, c.stage, s.name_en AS stage_en, s.name_ar AS stage_ar, c.assigned_to, c.office_id,
                   c.sensitivity, c.updated_at,
                   (SELECT count(*) FROM cases_flag f WHERE f.case_id = c.id AND f.removed_at IS NULL) AS open_flags
            """;

    private final JdbcClient jdbc;

    CaseListQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row as read, before names from other modules are added. */
    record Row(
            CaseId id,
            String caseNumber,
            String type,
            BilingualName typeName,
            PersonId person,
            String status,
            String stage,
            BilingualName stageName,
            @Nullable UserId assignedTo,
            OfficeId office,
            Sensitivity sensitivity,
            java.time.Instant updatedAt,
            int openFlags) {}

    /** The WHERE clause and its parameters for one filter, one user, their scopes and their team. */
    record Where(String sql, Map<String, Object> parameters) {}

    Where where(CaseFilter filter, Scopes scopes, @Nullable UUID me, List<UUID> team) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        CaseScope.Condition scope = CaseScope.sql(scopes, me);
        conditions.add(scope.sql());
        parameters.putAll(scope.parameters());
        if (filter.assignedToMe()) {
            conditions.add("c.assigned_to = :me");
            parameters.put("me", me);
        }
        if (filter.team()) {
            conditions.add("c.assigned_to = ANY(:team)");
            parameters.put("team", team.toArray(UUID[]::new));
        }
        if (filter.type() != null) {
            conditions.add("c.case_type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.status() != null) {
            conditions.add("c.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.stage() != null) {
            conditions.add("c.stage = :stage");
            parameters.put("stage", filter.stage());
        }
        if (filter.office() != null) {
            conditions.add("c.office_id = :office");
            parameters.put("office", filter.office().value());
        }
        if (filter.person() != null) {
            conditions.add("c.person_id = :person");
            parameters.put("person", filter.person().value());
        }
        if (filter.number() != null) {
            // Both as typed and in capitals, so the unique index on the number serves either.
            conditions.add("c.case_number IN (:number, upper(:number))");
            parameters.put("number", filter.number());
        }
        String sql = conditions.isEmpty() ? "" : " WHERE " + String.join("\n   AND ", conditions);
        return new Where(sql, parameters);
    }

    /** One page's rows, and how many rows the filter matches (null when the page is past the end). */
    record Page(List<Row> rows, @Nullable Long total) {}

    /**
     * One page, in two steps: the page's ids first, from what the assignee index holds (so that a team's thousands of
     * cases are filtered, counted and ordered in one pass, without visiting the table), then the page's rows.
     */
    Page page(Where where, CaseListOrder order, int limit, long offset) {
        String orderBy = switch (order) {
            case UPDATED -> " ORDER BY c.updated_at DESC, c.id";
            case OPEN_FIRST -> " ORDER BY c.status <> 'open', c.updated_at DESC, c.id";
        };
        List<Long> totals = new ArrayList<>();
        List<Row> rows = jdbc.sql("WITH page AS MATERIALIZED (SELECT c.id, count(*) OVER () AS total" + FROM
                        + where.sql() + orderBy + " LIMIT :limit OFFSET :offset)\n"
                        + COLUMNS
                        + """
                               , page.total
                          FROM page
                          JOIN cases_case c ON c.id = page.id
                          JOIN cases_case_type t ON t.code = c.case_type
                          JOIN cases_stage s ON s.case_type = c.case_type AND s.code = c.stage
                        """
                        + orderBy)
                .params(where.parameters())
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> {
                    totals.add(rs.getLong("total"));
                    return row(rs, n);
                })
                .list();
        return new Page(rows, totals.isEmpty() ? null : totals.get(0));
    }

    long count(Where where) {
        return jdbc.sql("SELECT count(*)" + FROM + where.sql())
                .params(where.parameters())
                .query(Long.class)
                .single();
    }

    /**
     * The users {@code supervisor} supervises, directly or through other supervisors, never themselves: the same chain
     * the restricted-record rule follows upwards (a loop in the chain ends, as UNION drops rows already seen).
     */
    List<UUID> team(UUID supervisor) {
        return jdbc.sql("""
                        WITH RECURSIVE team (id) AS (
                            SELECT u.id FROM access_user u WHERE u.supervisor_id = :me
                            UNION
                            SELECT u.id FROM access_user u JOIN team ON u.supervisor_id = team.id
                        )
                        SELECT id FROM team WHERE id <> :me
                        """).param("me", supervisor).query(UUID.class).list();
    }

    boolean supervisesAnyone(UUID user) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM access_user WHERE supervisor_id = :me AND id <> :me)")
                .param("me", user)
                .query(Boolean.class)
                .single();
    }

    boolean typeExists(String code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM cases_case_type WHERE code = :code)")
                .param("code", code)
                .query(Boolean.class)
                .single();
    }

    boolean stageExists(String code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM cases_stage WHERE code = :code)")
                .param("code", code)
                .query(Boolean.class)
                .single();
    }

    List<CaseListChoices.Choice> types() {
        return jdbc.sql("SELECT code, name_en, name_ar FROM cases_case_type WHERE active ORDER BY name_en, code")
                .query((rs, n) -> new CaseListChoices.Choice(
                        rs.getString("code"), new BilingualName(rs.getString("name_en"), rs.getString("name_ar"))))
                .list();
    }

    /** Each stage code once, with the name and place it has in the first type that has it. */
    List<CaseListChoices.Choice> stages() {
        return jdbc.sql("""
                        SELECT code, name_en, name_ar FROM (
                            SELECT DISTINCT ON (s.code) s.code, s.name_en, s.name_ar, s.position
                              FROM cases_stage s JOIN cases_case_type t ON t.code = s.case_type AND t.active
                             ORDER BY s.code, s.position, s.case_type) d
                         ORDER BY position, code
                        """)
                .query((rs, n) -> new CaseListChoices.Choice(
                        rs.getString("code"), new BilingualName(rs.getString("name_en"), rs.getString("name_ar"))))
                .list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        UUID assignee = rs.getObject("assigned_to", UUID.class);
        return new Row(
                new CaseId(rs.getObject("id", UUID.class)),
                rs.getString("case_number"),
                rs.getString("case_type"),
                new BilingualName(rs.getString("type_en"), rs.getString("type_ar")),
                new PersonId(rs.getObject("person_id", UUID.class)),
                rs.getString("status"),
                rs.getString("stage"),
                new BilingualName(rs.getString("stage_en"), rs.getString("stage_ar")),
                assignee == null ? null : new UserId(assignee),
                new OfficeId(rs.getObject("office_id", UUID.class)),
                Sensitivity.valueOf(rs.getString("sensitivity")),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("open_flags"));
    }
}
