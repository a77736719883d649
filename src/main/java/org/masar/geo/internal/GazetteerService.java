package org.masar.geo.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.masar.geo.AdminLevel;
import org.masar.geo.AdminUnit;
import org.masar.geo.AdminUnitNotFound;
import org.masar.geo.Baladiya;
import org.masar.geo.BaladiyaNotFound;
import org.masar.geo.Coordinates;
import org.masar.geo.Gazetteer;
import org.masar.geo.PCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class GazetteerService implements Gazetteer {

    private static final String UNITS = """
            SELECT pcode, level, parent_pcode, name_en, name_ar, lat, lon, valid_from, valid_to, children
              FROM geo_admin_unit
            """;

    static final String BALADIYA = """
            SELECT b.pcode, b.name_en, b.name_ar, b.lat, b.lon, b.valid_from, b.valid_to,
                   m.pcode AS mantika_pcode, m.name_en AS mantika_name_en, m.name_ar AS mantika_name_ar,
                   r.pcode AS region_pcode, r.name_en AS region_name_en, r.name_ar AS region_name_ar
              FROM geo_baladiya b
              JOIN geo_mantika m ON m.pcode = b.mantika_pcode
              JOIN geo_region r ON r.pcode = m.region_pcode
            """;

    private final JdbcClient jdbc;
    private final Boundaries boundaries;

    GazetteerService(JdbcClient jdbc, Boundaries boundaries) {
        this.jdbc = jdbc;
        this.boundaries = boundaries;
    }

    @Override
    public List<AdminUnit> regions() {
        return jdbc.sql(UNITS + " WHERE level = 'REGION' ORDER BY pcode")
                .query((row, n) -> unit(row))
                .list();
    }

    @Override
    public List<AdminUnit> children(PCode parent) {
        return jdbc.sql(UNITS + " WHERE parent_pcode = :parent ORDER BY pcode")
                .param("parent", parent.value())
                .query((row, n) -> unit(row))
                .list();
    }

    @Override
    public List<AdminUnit> mantika(@Nullable PCode region) {
        return jdbc.sql(UNITS + " WHERE level = 'MANTIKA' AND (CAST(:region AS text) IS NULL OR parent_pcode = :region)"
                        + " ORDER BY pcode")
                .param("region", region == null ? null : region.value())
                .query((row, n) -> unit(row))
                .list();
    }

    @Override
    public List<AdminUnit> baladiya(@Nullable PCode regionOrMantika) {
        return jdbc.sql(UNITS + """
                         WHERE level = 'BALADIYA'
                           AND (CAST(:area AS text) IS NULL
                                OR parent_pcode = :area
                                OR parent_pcode IN (SELECT pcode FROM geo_mantika WHERE region_pcode = :area))
                         ORDER BY pcode
                        """)
                .param("area", regionOrMantika == null ? null : regionOrMantika.value())
                .query((row, n) -> unit(row))
                .list();
    }

    @Override
    public List<AdminUnit> muhalla(PCode baladiya) {
        return jdbc.sql(UNITS + " WHERE level = 'MUHALLA' AND parent_pcode = :baladiya ORDER BY pcode")
                .param("baladiya", baladiya.value())
                .query((row, n) -> unit(row))
                .list();
    }

    @Override
    public Optional<AdminUnit> find(PCode pcode) {
        return jdbc.sql(UNITS + " WHERE pcode = :pcode")
                .param("pcode", pcode.value())
                .query((row, n) -> unit(row))
                .optional();
    }

    @Override
    public AdminUnit get(PCode pcode) {
        return find(pcode).orElseThrow(() -> new AdminUnitNotFound(pcode));
    }

    @Override
    public List<AdminUnit> path(PCode pcode) {
        AdminUnit unit = get(pcode);
        java.util.LinkedList<AdminUnit> path = new java.util.LinkedList<>();
        path.addFirst(unit);
        while (path.getFirst().parent() != null) {
            path.addFirst(get(path.getFirst().parent()));
        }
        return List.copyOf(path);
    }

    @Override
    public Optional<Baladiya> findBaladiya(PCode pcode) {
        return jdbc.sql(BALADIYA + " WHERE b.pcode = :pcode")
                .param("pcode", pcode.value())
                .query((row, n) -> baladiya(row, ""))
                .optional();
    }

    @Override
    public Baladiya getBaladiya(PCode pcode) {
        return findBaladiya(pcode).orElseThrow(() -> new BaladiyaNotFound(pcode));
    }

    @Override
    public List<Baladiya> allBaladiya() {
        return jdbc.sql(BALADIYA + " ORDER BY b.pcode")
                .query((row, n) -> baladiya(row, ""))
                .list();
    }

    @Override
    public String boundaries(AdminLevel level) {
        return boundaries.featureCollection(level);
    }

    private static AdminUnit unit(ResultSet row) throws SQLException {
        String parent = row.getString("parent_pcode");
        return new AdminUnit(
                new PCode(row.getString("pcode")),
                AdminLevel.valueOf(row.getString("level")),
                parent == null ? null : new PCode(parent),
                row.getString("name_en"),
                row.getString("name_ar"),
                coordinates(row, "lat", "lon"),
                date(row, "valid_from"),
                date(row, "valid_to"),
                row.getInt("children"));
    }

    /** Reads a baladiya whose columns carry the given prefix (none here, {@code baladiya_} in the sites' queries). */
    static Baladiya baladiya(ResultSet row, String prefix) throws SQLException {
        return new Baladiya(
                new PCode(row.getString(prefix + "pcode")),
                row.getString(prefix + "name_en"),
                row.getString(prefix + "name_ar"),
                new PCode(row.getString(prefix + "mantika_pcode")),
                row.getString(prefix + "mantika_name_en"),
                row.getString(prefix + "mantika_name_ar"),
                new PCode(row.getString(prefix + "region_pcode")),
                row.getString(prefix + "region_name_en"),
                row.getString(prefix + "region_name_ar"),
                coordinates(row, prefix + "lat", prefix + "lon"),
                date(row, prefix + "valid_from"),
                date(row, prefix + "valid_to"));
    }

    static @Nullable Coordinates coordinates(ResultSet row, String latitude, String longitude) throws SQLException {
        BigDecimal lat = row.getBigDecimal(latitude);
        BigDecimal lon = row.getBigDecimal(longitude);
        return lat == null || lon == null ? null : new Coordinates(lat.doubleValue(), lon.doubleValue());
    }

    private static java.time.@Nullable LocalDate date(ResultSet row, String column) throws SQLException {
        Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
