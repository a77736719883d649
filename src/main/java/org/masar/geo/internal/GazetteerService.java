package org.masar.geo.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.geo.AdminLevel;
import org.masar.geo.AdminUnit;
import org.masar.geo.AdminUnitNotFound;
import org.masar.geo.Baladiya;
import org.masar.geo.BaladiyaNotFound;
import org.masar.geo.Coordinates;
import org.masar.geo.DuplicatePCode;
import org.masar.geo.Gazetteer;
import org.masar.geo.InvalidValidity;
import org.masar.geo.NewAdminUnit;
import org.masar.geo.PCode;
import org.masar.geo.UnitDateOutOfRange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
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
    private final AuditTrail audit;

    GazetteerService(JdbcClient jdbc, Boundaries boundaries, AuditTrail audit) {
        this.jdbc = jdbc;
        this.boundaries = boundaries;
        this.audit = audit;
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

    @Override
    @PreAuthorize("hasAuthority('geo:manage')")
    @Transactional
    public AdminUnit addUnit(NewAdminUnit unit) {
        AdminLevel level = unit.pcode().level();
        String code = unit.pcode().value();
        UnitDateOutOfRange.check(unit.validFrom());
        if (find(unit.pcode()).isPresent()) {
            throw new DuplicatePCode(unit.pcode());
        }
        @Nullable String parent = null;
        if (level != AdminLevel.REGION) {
            PCode parentCode = new PCode(code.substring(0, code.length() - 2));
            AdminUnit parentUnit = get(parentCode);
            if (parentUnit.validTo() != null && !unit.validFrom().isBefore(parentUnit.validTo())) {
                throw new InvalidValidity(parentCode);
            }
            parent = parentCode.value();
        }
        // Table and column names come from this fixed switch, never from input.
        String insert = switch (level) {
            case REGION ->
                "INSERT INTO geo_region (pcode, name_en, name_ar, lat, lon, valid_from)"
                        + " VALUES (:pcode, :nameEn, :nameAr, :lat, :lon, :validFrom)";
            case MANTIKA ->
                "INSERT INTO geo_mantika (pcode, region_pcode, name_en, name_ar, lat, lon, valid_from)"
                        + " VALUES (:pcode, :parent, :nameEn, :nameAr, :lat, :lon, :validFrom)";
            case BALADIYA ->
                "INSERT INTO geo_baladiya (pcode, mantika_pcode, name_en, name_ar, lat, lon,"
                        + " valid_from) VALUES (:pcode, :parent, :nameEn, :nameAr, :lat, :lon, :validFrom)";
            case MUHALLA ->
                "INSERT INTO geo_muhalla (pcode, baladiya_pcode, name_en, name_ar, lat, lon,"
                        + " valid_from) VALUES (:pcode, :parent, :nameEn, :nameAr, :lat, :lon, :validFrom)";
        };
        jdbc.sql(insert)
                .param("pcode", code)
                .param("parent", parent)
                .param("nameEn", unit.nameEn())
                .param("nameAr", unit.nameAr())
                .param(
                        "lat",
                        unit.location() == null
                                ? null
                                : BigDecimal.valueOf(unit.location().latitude()))
                .param(
                        "lon",
                        unit.location() == null
                                ? null
                                : BigDecimal.valueOf(unit.location().longitude()))
                .param("validFrom", Date.valueOf(unit.validFrom()))
                .update();
        audit.record(AuditEvent.of("geo.unit.added", "admin-unit", code)
                .with("level", level.name())
                .with("validFrom", unit.validFrom()));
        return get(unit.pcode());
    }

    @Override
    @PreAuthorize("hasAuthority('geo:manage')")
    @Transactional
    public AdminUnit retireUnit(PCode pcode, LocalDate validTo) {
        // Before anything else: java.sql.Date wraps a far-off year round silently (+584556075-06-01 became 2026-02-28).
        UnitDateOutOfRange.check(validTo);
        AdminUnit unit = get(pcode);
        if (unit.validTo() != null || (unit.validFrom() != null && !validTo.isAfter(unit.validFrom()))) {
            throw new InvalidValidity(pcode);
        }
        String update = switch (unit.level()) {
            case REGION -> "UPDATE geo_region SET valid_to = :validTo, version = version + 1 WHERE pcode = :pcode";
            case MANTIKA -> "UPDATE geo_mantika SET valid_to = :validTo, version = version + 1 WHERE pcode = :pcode";
            case BALADIYA ->
                "UPDATE geo_baladiya SET valid_to = :validTo, version = version + 1" + " WHERE pcode = :pcode";
            case MUHALLA -> "UPDATE geo_muhalla SET valid_to = :validTo, version = version + 1 WHERE pcode = :pcode";
        };
        jdbc.sql(update)
                .param("validTo", Date.valueOf(validTo))
                .param("pcode", pcode.value())
                .update();
        audit.record(AuditEvent.of("geo.unit.retired", "admin-unit", pcode.value())
                .with("level", unit.level().name())
                .with("validTo", validTo));
        return get(pcode);
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

    private static @Nullable LocalDate date(ResultSet row, String column) throws SQLException {
        Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
