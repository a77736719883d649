package org.masar.assistance.internal;

import static org.masar.assistance.internal.ServiceRecorder.error;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.masar.access.Programme;
import org.masar.access.Users;
import org.masar.assistance.AssistanceReport;
import org.masar.assistance.AssistanceReport.ActivityFigures;
import org.masar.assistance.AssistanceReport.ServiceFigures;
import org.masar.assistance.AssistanceReports;
import org.masar.assistance.ReportFilter;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.geo.Gazetteer;
import org.masar.geo.Site;
import org.masar.geo.SiteId;
import org.masar.geo.Sites;
import org.masar.people.People;
import org.masar.people.PersonId;
import org.masar.people.PersonLabel;
import org.masar.shared.InvalidFields;
import org.masar.shared.MissionTime;
import org.masar.shared.spreadsheet.SpreadsheetFormat;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assistance figures and exports, read from the one ledger of services delivered ({@code assistance_service}: by hand,
 * at distributions, by cash transfers) and from group activities. Every query is narrowed by {@link
 * ServiceRecorder#inScopes} (the rule services are listed by), leaves voided services out, and leaves out services under
 * a restricted case for a user without the permission that case's timeline entries need (as the timeline does): a
 * figure of one or two would otherwise tell who has such a case.
 *
 * <p>Exports stream: rows are read with a fetch size (PostgreSQL keeps a cursor in the transaction), written in chunks
 * (the people named in a chunk are labelled in one read through {@code people.labels}), and flushed as they go. The
 * export is audited, with its filter, before the first row: in the read-only transaction the entry is written on its
 * own, so a download broken midway is still on the trail.
 */
@Service
class ReportQueries implements AssistanceReports {

    static final int CHUNK = 500;
    static final int LONGEST_RANGE_MONTHS = 120;
    static final Set<String> SOURCES = Set.of(ReportFilter.RECORDED, "distribution", "cash-cycle");

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final Users users;
    private final People people;
    private final Gazetteer gazetteer;
    private final Sites sites;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    ReportQueries(
            JdbcClient jdbc,
            DataSource dataSource,
            Users users,
            People people,
            Gazetteer gazetteer,
            Sites sites,
            AuditTrail audit,
            MessageSource messages,
            Clock clock) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(CHUNK);
        this.streaming = JdbcClient.create(template);
        this.users = users;
        this.people = people;
        this.gazetteer = gazetteer;
        this.sites = sites;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    // ---- Figures ------------------------------------------------------------------------------------------------

    @Override
    @PreAuthorize("hasAuthority('assistance:read')")
    @Transactional(readOnly = true)
    public AssistanceReport figures(ReportFilter filter) {
        check(filter);
        Where where = services(filter);
        List<ServiceFigures> byType = new ArrayList<>();
        List<ServiceFigures> byMonth = new ArrayList<>();
        List<ServiceFigures> total = new ArrayList<>();
        Map<String, Map<String, BigDecimal>> quantities = quantities(where);
        StringBuilder bands = new StringBuilder();
        for (String band : AssistanceReport.AGE_BANDS) {
            bands.append(", count(DISTINCT s.person_id) FILTER (WHERE ")
                    .append(band.equals("UNKNOWN") ? "s.person_age_band IS NULL" : "s.person_age_band = '" + band + "'")
                    .append(") AS \"")
                    .append(band)
                    .append('"');
        }
        jdbc.sql("""
                        SELECT to_char(s.delivered_on, 'YYYY-MM') AS month, s.service_type AS type,
                               GROUPING(to_char(s.delivered_on, 'YYYY-MM')) AS all_months,
                               GROUPING(s.service_type) AS all_types,
                               count(DISTINCT s.person_id) AS people, count(*) AS services,
                               count(DISTINCT s.person_id) FILTER (WHERE s.person_sex = 'F') AS female,
                               count(DISTINCT s.person_id) FILTER (WHERE s.person_sex = 'M') AS male
                        """ + bands + " FROM assistance_service s" + where.sql() + """
                         GROUP BY GROUPING SETS ((to_char(s.delivered_on, 'YYYY-MM'), s.service_type),
                                                 (to_char(s.delivered_on, 'YYYY-MM')), ())
                         ORDER BY 1 NULLS LAST, 2 NULLS FIRST
                        """)
                .params(where.params())
                .query(rs -> {
                    String month = rs.getInt("all_months") == 1 ? null : rs.getString("month");
                    String type = rs.getInt("all_types") == 1 ? null : rs.getString("type");
                    Map<String, Long> perBand = new LinkedHashMap<>();
                    for (String band : AssistanceReport.AGE_BANDS) {
                        perBand.put(band, rs.getLong(band));
                    }
                    ServiceFigures row = new ServiceFigures(
                            month,
                            type,
                            rs.getLong("people"),
                            rs.getLong("services"),
                            rs.getLong("female"),
                            rs.getLong("male"),
                            perBand,
                            month != null && type != null
                                    ? quantities.getOrDefault(month + "/" + type, Map.of())
                                    : Map.of());
                    (month == null ? total : type == null ? byMonth : byType).add(row);
                });
        ServiceFigures none = new ServiceFigures(null, null, 0, 0, 0, 0, zeroBands(), Map.of());
        return new AssistanceReport(
                filter, byType, byMonth, total.isEmpty() ? none : total.getFirst(), activities(filter));
    }

    private Map<String, Map<String, BigDecimal>> quantities(Where where) {
        Map<String, Map<String, BigDecimal>> sums = new HashMap<>();
        jdbc.sql("SELECT to_char(s.delivered_on, 'YYYY-MM') AS month, s.service_type AS type, s.unit,"
                        + " sum(s.quantity) AS total FROM assistance_service s" + where.sql()
                        + " AND s.quantity IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")
                .params(where.params())
                .query(rs -> {
                    sums.computeIfAbsent(
                                    rs.getString("month") + "/" + rs.getString("type"), key -> new LinkedHashMap<>())
                            .put(rs.getString("unit"), rs.getBigDecimal("total").stripTrailingZeros());
                });
        return sums;
    }

    private List<ActivityFigures> activities(ReportFilter filter) {
        // Activities are not services: a filter on the service type or the source leaves them out.
        if (filter.type() != null || filter.source() != null) {
            return List.of();
        }
        StringBuilder where = new StringBuilder(" WHERE a.held_on >= :from AND a.held_on < :to");
        Map<String, Object> params = new HashMap<>();
        params.put("from", Date.valueOf(filter.from().atDay(1)));
        params.put("to", Date.valueOf(filter.to().plusMonths(1).atDay(1)));
        ServiceRecorder.inScopes(users.currentScopes(), "a.baladiya_pcode", "a.programme", where, params);
        common(filter, "a", where, params);
        return jdbc.sql("""
                        SELECT to_char(a.held_on, 'YYYY-MM') AS month, a.kind, count(*) AS activities,
                               sum(a.women) AS women, sum(a.men) AS men, sum(a.girls) AS girls, sum(a.boys) AS boys
                          FROM assistance_activity a""" + where + " GROUP BY 1, 2 ORDER BY 1, 2")
                .params(params)
                .query((rs, n) -> new ActivityFigures(
                        rs.getString("month"),
                        rs.getString("kind"),
                        rs.getLong("activities"),
                        rs.getLong("women"),
                        rs.getLong("men"),
                        rs.getLong("girls"),
                        rs.getLong("boys")))
                .list();
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:read')")
    @Transactional(readOnly = true)
    public long peopleReachedThisMonth() {
        YearMonth now = YearMonth.now(clock.withZone(MissionTime.ZONE));
        Where where = services(new ReportFilter(now, now, null, null, null, null, null));
        return jdbc.sql("SELECT count(DISTINCT s.person_id) FROM assistance_service s" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    // ---- Exports ------------------------------------------------------------------------------------------------

    @Override
    @PreAuthorize("hasAuthority('assistance:read')")
    @Transactional(readOnly = true)
    public void exportFigures(ReportFilter filter, SpreadsheetFormat format, OutputStream out) {
        AssistanceReport report = figures(filter);
        audited("assistance.report.figures-exported", filter, format);
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> types = names("assistance_service_type", locale);
        Map<String, String> kinds = names("assistance_activity_kind", locale);
        List<String> columns =
                new ArrayList<>(List.of("what", "month", "code", "name", "people", "count", "female", "male"));
        AssistanceReport.AGE_BANDS.forEach(band -> columns.add("band." + band));
        columns.addAll(List.of("quantities", "women", "men", "girls", "boys", "participants"));
        try (ReportSheet sheet = ReportSheet.open(format, out, "figures", headers(columns, locale))) {
            for (ServiceFigures row : report.services()) {
                List<@Nullable Object> cells = new ArrayList<>(List.of(
                        "service",
                        row.month(),
                        row.type(),
                        types.getOrDefault(row.type(), row.type()),
                        row.people(),
                        row.services(),
                        row.female(),
                        row.male()));
                cells.addAll(row.ageBands().values());
                cells.add(row.quantities().entrySet().stream()
                        .map(q -> q.getValue().toPlainString() + " " + q.getKey())
                        .collect(Collectors.joining("; ")));
                cells.addAll(Arrays.asList(null, null, null, null, null));
                sheet.row(cells);
            }
            for (ActivityFigures row : report.activities()) {
                List<@Nullable Object> cells = new ArrayList<>(Arrays.asList(
                        "activity",
                        row.month(),
                        row.kind(),
                        kinds.getOrDefault(row.kind(), row.kind()),
                        null,
                        row.activities(),
                        null,
                        null));
                AssistanceReport.AGE_BANDS.forEach(band -> cells.add(null));
                cells.addAll(Arrays.asList(null, row.women(), row.men(), row.girls(), row.boys(), row.participants()));
                sheet.row(cells);
            }
        }
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:export')")
    @Transactional(readOnly = true)
    public void exportRecipients(ReportFilter filter, SpreadsheetFormat format, OutputStream out) {
        check(filter);
        Where where = services(filter);
        audited("assistance.report.recipients-exported", filter, format);
        Locale locale = LocaleContextHolder.getLocale();
        boolean arabic = locale.getLanguage().equals("ar");
        Map<String, String> types = names("assistance_service_type", locale);
        Map<String, String> places = gazetteer.allBaladiya().stream()
                .collect(Collectors.toMap(b -> b.pcode().value(), b -> arabic ? b.nameAr() : b.nameEn(), (a, b) -> a));
        boolean readsSites = held().contains("geo:read");
        Map<UUID, String> siteNames = new HashMap<>();
        List<String> columns = List.of(
                "registration-number",
                "name-ar",
                "name-lat",
                "sex",
                "age-band",
                "type",
                "type-name",
                "quantity",
                "unit",
                "baladiya",
                "baladiya-name",
                "site",
                "delivered-on",
                "programme",
                "project",
                "source",
                "service-id");
        try (ReportSheet sheet = ReportSheet.open(format, out, "recipients", headers(columns, locale))) {
            List<Recipient> chunk = new ArrayList<>(CHUNK);
            streaming
                    .sql("SELECT s.* FROM assistance_service s" + where.sql()
                            + " ORDER BY s.delivered_on, s.recorded_at, s.id")
                    .params(where.params())
                    .query(rs -> {
                        chunk.add(recipient(rs));
                        if (chunk.size() == CHUNK) {
                            write(chunk, sheet, types, places, readsSites, siteNames, arabic);
                            chunk.clear();
                        }
                    });
            write(chunk, sheet, types, places, readsSites, siteNames, arabic);
        }
    }

    /** A service row as the export reads it. */
    private record Recipient(
            UUID id,
            PersonId person,
            @Nullable String sex,
            @Nullable String ageBand,
            String type,
            @Nullable BigDecimal quantity,
            @Nullable String unit,
            @Nullable String baladiya,
            @Nullable UUID site,
            LocalDate deliveredOn,
            String programme,
            @Nullable String project,
            @Nullable String source) {}

    private static Recipient recipient(ResultSet rs) throws SQLException {
        return new Recipient(
                rs.getObject("id", UUID.class),
                new PersonId(rs.getObject("person_id", UUID.class)),
                rs.getString("person_sex"),
                rs.getString("person_age_band"),
                rs.getString("service_type"),
                rs.getBigDecimal("quantity"),
                rs.getString("unit"),
                rs.getString("baladiya_pcode"),
                rs.getObject("site_id", UUID.class),
                rs.getDate("delivered_on").toLocalDate(),
                rs.getString("programme"),
                rs.getString("project"),
                rs.getString("source"));
    }

    private void write(
            List<Recipient> chunk,
            ReportSheet sheet,
            Map<String, String> types,
            Map<String, String> places,
            boolean readsSites,
            Map<UUID, String> siteNames,
            boolean arabic) {
        if (chunk.isEmpty()) {
            return;
        }
        Map<PersonId, PersonLabel> labels =
                people.labels(chunk.stream().map(Recipient::person).distinct().toList());
        for (Recipient r : chunk) {
            PersonLabel label = labels.getOrDefault(r.person(), PersonLabel.unknown());
            sheet.row(Arrays.asList(
                    label.registrationNumber(),
                    ReportSheet.text(label.arabic()),
                    ReportSheet.text(label.latin()),
                    r.sex(),
                    r.ageBand() == null ? "UNKNOWN" : r.ageBand(),
                    r.type(),
                    types.getOrDefault(r.type(), r.type()),
                    r.quantity() == null ? null : r.quantity().stripTrailingZeros(),
                    ReportSheet.text(r.unit()),
                    r.baladiya(),
                    r.baladiya() == null ? null : places.get(r.baladiya()),
                    r.site() == null ? null : ReportSheet.text(siteName(r.site(), readsSites, siteNames, arabic)),
                    r.deliveredOn().toString(),
                    r.programme(),
                    ReportSheet.text(r.project()),
                    r.source() == null ? ReportFilter.RECORDED : r.source(),
                    r.id().toString()));
        }
        sheet.flush();
    }

    private String siteName(UUID site, boolean readsSites, Map<UUID, String> known, boolean arabic) {
        if (!readsSites) {
            return site.toString();
        }
        return known.computeIfAbsent(site, id -> {
            Optional<Site> found = sites.find(new SiteId(id));
            return found.map(s -> s.code() + " " + (arabic ? s.nameAr() : s.nameEn()))
                    .orElse(id.toString());
        });
    }

    private void audited(String action, ReportFilter filter, SpreadsheetFormat format) {
        audit.record(AuditEvent.of(action)
                .with("format", format.extension())
                .with("from", filter.from())
                .with("to", filter.to())
                .with("programme", orEmpty(filter.programme()))
                .with("project", orEmpty(filter.project()))
                .with("type", orEmpty(filter.type()))
                .with("place", orEmpty(filter.place()))
                .with("source", orEmpty(filter.source())));
    }

    private List<String> headers(List<String> columns, Locale locale) {
        return columns.stream()
                .map(column -> messages.getMessage("assistance.reports.column." + column, null, column, locale))
                .toList();
    }

    private Map<String, String> names(String table, Locale locale) {
        String column = locale.getLanguage().equals("ar") ? "name_ar" : "name_en";
        Map<String, String> names = new HashMap<>();
        jdbc.sql("SELECT code, " + column + " AS name FROM " + table).query(rs -> {
            names.put(rs.getString("code"), rs.getString("name"));
        });
        return names;
    }

    // ---- The filter ---------------------------------------------------------------------------------------------

    /** Checks the filter: every field in error at once (a 400). */
    static void check(ReportFilter filter) {
        List<InvalidFields.Field> errors = new ArrayList<>();
        if (filter.to().isBefore(filter.from())) {
            errors.add(error("to", "report-before-from"));
        } else if (filter.from().plusMonths(LONGEST_RANGE_MONTHS).isBefore(filter.to())) {
            errors.add(error("from", "report-range-too-long"));
        }
        if (filter.from().getYear() < 2000 || filter.to().getYear() > 2999) {
            errors.add(error("from", "too-old"));
        }
        if (filter.programme() != null
                && Arrays.stream(Programme.values()).noneMatch(p -> p.name().equals(filter.programme()))) {
            errors.add(error("programme", "unknown"));
        }
        if (filter.project() != null && filter.project().length() > 60) {
            errors.add(error("project", "too-long"));
        }
        if (filter.type() != null && !filter.type().matches("[a-z][a-z0-9-]{1,39}")) {
            errors.add(error("type", "unknown"));
        }
        if (filter.place() != null && !filter.place().matches("LY[0-9]{2}([0-9]{2}([0-9]{2})?)?")) {
            errors.add(error("place", "report-place"));
        }
        if (filter.source() != null && !SOURCES.contains(filter.source())) {
            errors.add(error("source", "unknown"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
    }

    /** A WHERE clause and its parameters. */
    private record Where(String sql, Map<String, Object> params) {}

    /** The services the user may count under the filter: not voided, in scope, not guarded by a missing permission. */
    private Where services(ReportFilter filter) {
        StringBuilder where =
                new StringBuilder(" WHERE s.voided_at IS NULL AND s.delivered_on >= :from AND s.delivered_on < :to");
        Map<String, Object> params = new HashMap<>();
        params.put("from", Date.valueOf(filter.from().atDay(1)));
        params.put("to", Date.valueOf(filter.to().plusMonths(1).atDay(1)));
        ServiceRecorder.inScopes(users.currentScopes(), "s.person_baladiya", "s.programme", where, params);
        where.append(" AND (s.timeline_permission IS NULL OR s.timeline_permission = ANY (:held))");
        params.put("held", held().toArray(String[]::new));
        common(filter, "s", where, params);
        if (filter.type() != null) {
            where.append(" AND s.service_type = :type");
            params.put("type", filter.type());
        }
        if (ReportFilter.RECORDED.equals(filter.source())) {
            where.append(" AND s.source IS NULL");
        } else if (filter.source() != null) {
            where.append(" AND s.source = :source");
            params.put("source", filter.source());
        }
        return new Where(where.toString(), params);
    }

    /** The filters services and activities share: programme, project, place (a P-code prefix). */
    private static void common(ReportFilter filter, String alias, StringBuilder where, Map<String, Object> params) {
        if (filter.programme() != null) {
            where.append(" AND " + alias + ".programme = :programme");
            params.put("programme", filter.programme());
        }
        if (filter.project() != null) {
            where.append(" AND " + alias + ".project = :project");
            params.put("project", filter.project());
        }
        if (filter.place() != null) {
            where.append(" AND " + alias + ".baladiya_pcode LIKE :place");
            params.put("place", filter.place() + "%");
        }
    }

    private static Set<String> held() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Set.of();
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
    }

    private static Map<String, Long> zeroBands() {
        Map<String, Long> zero = new LinkedHashMap<>();
        AssistanceReport.AGE_BANDS.forEach(band -> zero.put(band, 0L));
        return zero;
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
