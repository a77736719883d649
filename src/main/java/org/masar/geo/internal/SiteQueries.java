package org.masar.geo.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.masar.geo.Site;
import org.masar.geo.SiteFilter;
import org.masar.geo.SiteId;
import org.masar.geo.SiteType;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The read side of sites: one site, and filtered pages of them, each with its baladiya, mantika and region. */
@Component
class SiteQueries {

    private static final String SELECT = """
            SELECT s.id, s.code, s.type, s.name_en, s.name_ar, s.lat, s.lon, s.active, s.deactivated_at, s.deactivated_by,
                   s.created_at, s.created_by, s.updated_at, s.updated_by, s.version,
                   b.pcode AS baladiya_pcode, b.name_en AS baladiya_name_en, b.name_ar AS baladiya_name_ar,
                   b.lat AS baladiya_lat, b.lon AS baladiya_lon,
                   b.valid_from AS baladiya_valid_from, b.valid_to AS baladiya_valid_to,
                   m.pcode AS baladiya_mantika_pcode, m.name_en AS baladiya_mantika_name_en,
                   m.name_ar AS baladiya_mantika_name_ar,
                   r.pcode AS baladiya_region_pcode, r.name_en AS baladiya_region_name_en,
                   r.name_ar AS baladiya_region_name_ar
            """;

    private static final String FROM = """
              FROM geo_site s
              JOIN geo_baladiya b ON b.pcode = s.baladiya_pcode
              JOIN geo_mantika m ON m.pcode = b.mantika_pcode
              JOIN geo_region r ON r.pcode = m.region_pcode
            """;

    // Each condition is always present and switched off by a NULL parameter, so the SQL text never depends on input.
    private static final String WHERE = """
             WHERE (CAST(:type AS text) IS NULL OR s.type = :type)
               AND (CAST(:area AS text) IS NULL OR b.pcode = :area OR m.pcode = :area OR r.pcode = :area)
               AND (CAST(:pattern AS text) IS NULL
                    OR s.code ILIKE :pattern OR s.name_en ILIKE :pattern OR s.name_ar ILIKE :pattern)
               AND (CAST(:active AS boolean) IS NULL OR s.active = :active)
            """;

    private final JdbcClient jdbc;

    SiteQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Site> find(SiteId id) {
        return jdbc.sql(SELECT + FROM + " WHERE s.id = :id")
                .param("id", id.value())
                .query((row, n) -> site(row))
                .optional();
    }

    PageJson<Site> search(SiteFilter filter, Paging paging) {
        String text = filter.text() == null || filter.text().isBlank()
                ? null
                : filter.text().strip();
        String pattern = text == null
                ? null
                : "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        long total = jdbc.sql("SELECT count(*)" + FROM + WHERE)
                .param("type", filter.type() == null ? null : filter.type().name())
                .param("area", filter.area() == null ? null : filter.area().value())
                .param("pattern", pattern)
                .param("active", filter.active())
                .query(Long.class)
                .single();
        List<Site> sites = jdbc.sql(SELECT + FROM + WHERE + " ORDER BY s.code LIMIT :limit OFFSET :offset")
                .param("type", filter.type() == null ? null : filter.type().name())
                .param("area", filter.area() == null ? null : filter.area().value())
                .param("pattern", pattern)
                .param("active", filter.active())
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query((row, n) -> site(row))
                .list();
        return paging.page(sites, total);
    }

    private static Site site(ResultSet row) throws SQLException {
        return new Site(
                new SiteId(row.getObject("id", java.util.UUID.class)),
                row.getString("code"),
                SiteType.valueOf(row.getString("type")),
                row.getString("name_en"),
                row.getString("name_ar"),
                GazetteerService.baladiya(row, "baladiya_"),
                GazetteerService.coordinates(row, "lat", "lon"),
                row.getBoolean("active"),
                row.getTimestamp("deactivated_at") == null
                        ? null
                        : row.getTimestamp("deactivated_at").toInstant(),
                row.getString("deactivated_by"),
                row.getTimestamp("created_at").toInstant(),
                row.getString("created_by"),
                row.getTimestamp("updated_at").toInstant(),
                row.getString("updated_by"),
                row.getInt("version"));
    }
}
