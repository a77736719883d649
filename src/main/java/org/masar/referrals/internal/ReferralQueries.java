package org.masar.referrals.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.OfficeId;
import org.masar.access.OrganisationId;
import org.masar.access.Scopes;
import org.masar.cases.CaseId;
import org.masar.people.PersonId;
import org.masar.referrals.ProviderId;
import org.masar.referrals.Referral;
import org.masar.referrals.ReferralFilter;
import org.masar.referrals.ReferralId;
import org.masar.referrals.ReferralOutcome;
import org.masar.referrals.ReferralStatus;
import org.masar.referrals.ReportRow;
import org.masar.referrals.SharedField;
import org.masar.shared.MissionTime;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read side: one referral, lists with filters, counts and the report of response and completion times. Row-level
 * security already limits partners to the open referrals sent to their organisation and mission users to referrals of
 * cases they may see; the queries add who else may see what (the sender, their supervisors, the receiving office, the
 * user's baladiya scope).
 */
@Component
class ReferralQueries {

    /** Who reads: a partner (their organisation) or a mission user (their office and scopes). */
    record Viewer(
            UUID me,
            @Nullable UUID partnerOrganisation,
            @Nullable UUID office,
            Scopes scopes) {

        boolean partner() {
            return partnerOrganisation != null;
        }
    }

    private static final String COLUMNS = """
            SELECT r.*, p.reason, p.override_reason
              FROM referrals_referral r
              LEFT JOIN referrals_referral_private p ON p.referral_id = r.id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReferralQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Referral> find(ReferralId id, Viewer viewer, Instant now) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = visible(viewer, params) + " AND r.id = :id";
        params.put("id", id.value());
        params.put("now", Timestamp.from(now));
        return jdbc.sql(COLUMNS + " WHERE " + where)
                .params(params)
                .query((row, n) -> referral(row, viewer.partner(), now))
                .optional();
    }

    PageJson<Referral> list(ReferralFilter filter, Viewer viewer, Paging paging, Instant now) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, viewer, params, now);
        long total = count(where, params);
        params.put("limit", paging.limit());
        params.put("offset", paging.offset());
        List<Referral> items = jdbc.sql(
                        COLUMNS + " WHERE " + where + " ORDER BY r.sent_at DESC, r.id LIMIT :limit OFFSET :offset")
                .params(params)
                .query((row, n) -> referral(row, viewer.partner(), now))
                .list();
        return paging.page(items, total);
    }

    long count(ReferralFilter filter, Viewer viewer, Instant now) {
        Map<String, Object> params = new LinkedHashMap<>();
        return count(where(filter, viewer, params, now), params);
    }

    private long count(String where, Map<String, Object> params) {
        return jdbc.sql("SELECT count(*) FROM referrals_referral r WHERE " + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    List<ReportRow> report(Viewer viewer, @Nullable YearMonth from, @Nullable YearMonth to, Instant now) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(visible(viewer, params));
        params.put("now", Timestamp.from(now));
        if (from != null) {
            where.append(" AND r.sent_at >= :from");
            params.put(
                    "from",
                    Timestamp.from(from.atDay(1).atStartOfDay(MissionTime.ZONE).toInstant()));
        }
        if (to != null) {
            where.append(" AND r.sent_at < :to");
            params.put(
                    "to",
                    Timestamp.from(to.plusMonths(1)
                            .atDay(1)
                            .atStartOfDay(MissionTime.ZONE)
                            .toInstant()));
        }
        return jdbc.sql("""
                        SELECT to_char(r.sent_at AT TIME ZONE 'Africa/Tripoli', 'YYYY-MM') AS month, r.service,
                               r.provider_id,
                               count(*) AS sent,
                               count(r.answered_at) AS answered,
                               count(*) FILTER (WHERE r.answered_at IS NOT NULL AND r.decline_reason IS NULL) AS accepted,
                               count(*) FILTER (WHERE r.status = 'declined') AS declined,
                               count(*) FILTER (WHERE r.status = 'done') AS done,
                               count(*) FILTER (WHERE r.outcome = 'service-delivered') AS delivered,
                               count(*) FILTER (WHERE r.status = 'sent' AND r.due_at < :now) AS overdue,
                               percentile_cont(0.5) WITHIN GROUP (
                                   ORDER BY extract(epoch FROM r.answered_at - r.sent_at) / 3600) AS response_hours,
                               percentile_cont(0.5) WITHIN GROUP (
                                   ORDER BY extract(epoch FROM r.completed_at - r.sent_at) / 3600) AS completion_hours
                          FROM referrals_referral r
                         WHERE """ + where + """

                         GROUP BY 1, 2, 3
                         ORDER BY 1 DESC, 2, 3
                        """)
                .params(params)
                .query((row, n) -> new ReportRow(
                        YearMonth.parse(row.getString("month")),
                        row.getString("service"),
                        new ProviderId(row.getObject("provider_id", UUID.class)),
                        row.getLong("sent"),
                        row.getLong("answered"),
                        row.getLong("accepted"),
                        row.getLong("declined"),
                        row.getLong("done"),
                        row.getLong("delivered"),
                        row.getLong("overdue"),
                        hours(row, "response_hours"),
                        hours(row, "completion_hours")))
                .list();
    }

    private static @Nullable Double hours(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : Math.round(value * 10) / 10.0;
    }

    private String where(ReferralFilter filter, Viewer viewer, Map<String, Object> params, Instant now) {
        StringBuilder where = new StringBuilder(visible(viewer, params));
        params.put("now", Timestamp.from(now));
        switch (viewer.partner() ? ReferralFilter.Box.RECEIVED : filter.box()) {
            case SENT -> where.append(" AND r.sent_by = :me");
            case RECEIVED -> {
                if (viewer.partner()) {
                    where.append(" AND r.to_organisation = :partner");
                } else {
                    where.append(" AND r.to_office = :office");
                }
            }
            case ALL -> {}
        }
        if (filter.status() != null) {
            where.append(" AND r.status = :status");
            params.put("status", filter.status().code());
        }
        if (filter.overdue()) {
            where.append(" AND r.status = 'sent' AND r.due_at < :now");
        }
        if (filter.consentOverridden()) {
            where.append(" AND r.consent_basis = 'override'");
        }
        if (filter.service() != null) {
            where.append(" AND r.service = :service");
            params.put("service", filter.service());
        }
        if (filter.person() != null) {
            where.append(" AND r.person_id = :person");
            params.put("person", filter.person().value());
        }
        if (filter.caseId() != null) {
            where.append(" AND r.case_id = :case");
            params.put("case", filter.caseId().value());
        }
        return where.toString();
    }

    /** What the viewer may see beyond row-level security. */
    private static String visible(Viewer viewer, Map<String, Object> params) {
        params.put("me", viewer.me());
        params.put("office", viewer.office());
        if (viewer.partner()) {
            params.put("partner", viewer.partnerOrganisation());
            return "r.to_organisation = :partner";
        }
        Scopes scopes = viewer.scopes();
        params.put("allBaladiya", scopes.allBaladiya());
        List<String> baladiya = new ArrayList<>(scopes.baladiya());
        if (baladiya.isEmpty()) {
            baladiya.add("");
        }
        params.put("baladiya", baladiya);
        return """
                (r.sent_by = :me OR r.to_office = CAST(:office AS uuid) OR :allBaladiya
                 OR r.baladiya_pcode IN (:baladiya)
                 OR access_may_read_as(CAST(:me AS uuid), r.sent_by, 'referrals.referral', r.id))""";
    }

    private Referral referral(ResultSet row, boolean partner, Instant now) throws SQLException {
        ReferralStatus status = ReferralStatus.of(row.getString("status")).orElseThrow();
        Instant due = instant(row, "due_at");
        UUID caseId = row.getObject("case_id", UUID.class);
        UUID toOrganisation = row.getObject("to_organisation", UUID.class);
        UUID toOffice = row.getObject("to_office", UUID.class);
        UUID fromOffice = row.getObject("from_office", UUID.class);
        String outcome = row.getString("outcome");
        List<SharedField> fields = new ArrayList<>();
        Array array = row.getArray("shared_fields");
        for (Object code : (Object[]) array.getArray()) {
            SharedField.of(String.valueOf(code)).ifPresent(fields::add);
        }
        Map<String, String> shared =
                json.readValue(row.getString("shared"), new TypeReference<Map<String, String>>() {});
        return new Referral(
                new ReferralId(row.getObject("id", UUID.class)),
                row.getString("referral_number"),
                partner ? null : new PersonId(row.getObject("person_id", UUID.class)),
                partner || caseId == null ? null : new CaseId(caseId),
                row.getString("service"),
                new ProviderId(row.getObject("provider_id", UUID.class)),
                toOrganisation == null ? null : new OrganisationId(toOrganisation),
                toOffice == null ? null : new OfficeId(toOffice),
                row.getString("urgency"),
                due,
                status == ReferralStatus.SENT && due.isBefore(now),
                fields,
                shared,
                row.getString("consent_basis"),
                status,
                instant(row, "sent_at"),
                row.getString("sent_by_name"),
                fromOffice == null ? null : new OfficeId(fromOffice),
                nullableInstant(row, "answered_at"),
                row.getString("answered_by"),
                row.getString("decline_reason"),
                nullableInstant(row, "completed_at"),
                row.getString("completed_by"),
                outcome == null ? null : ReferralOutcome.of(outcome).orElse(null),
                row.getString("outcome_note"),
                nullableInstant(row, "revoked_at"),
                row.getString("revoked_by"),
                row.getString("revoke_reason"),
                partner ? null : row.getString("reason"),
                partner ? null : row.getString("override_reason"),
                partner ? null : row.getObject("service_plan_item", UUID.class),
                row.getInt("version"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet row, String column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
