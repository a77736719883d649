package org.masar.dtm.internal;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.masar.geo.AdminUnit;
import org.masar.geo.Gazetteer;
import org.springframework.stereotype.Component;

/**
 * The gazetteer's units by P-code, for naming figures: read once through {@link Gazetteer} and refreshed in the
 * background every few minutes (readers keep the previous copy meanwhile, so no request pays for the reload),
 * so that a table of 767 units costs no lookups. Libya itself is {@code LY}.
 */
@Component
class FigureUnits {

    /** Libya's P-code in figures. */
    static final String LIBYA = "LY";

    /**
     * A unit's names.
     *
     * @param pcode its P-code
     * @param nameEn English name
     * @param nameAr Arabic name
     * @param unit the gazetteer's unit (null for Libya)
     */
    record Named(
            String pcode,
            String nameEn,
            String nameAr,
            @org.jspecify.annotations.Nullable AdminUnit unit) {}

    private static final Named LIBYA_NAMES = new Named(LIBYA, "Libya", "ليبيا", null);

    private final Gazetteer gazetteer;
    private final LoadingCache<String, Map<String, Named>> cache;

    FigureUnits(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.cache =
                Caffeine.newBuilder().refreshAfterWrite(Duration.ofMinutes(5)).build(key -> load());
    }

    /** Every unit by P-code (current and retired), and Libya. */
    Map<String, Named> all() {
        return cache.get("all");
    }

    /** A unit's names; a P-code the gazetteer does not know is named by itself. */
    Named named(String pcode) {
        Named named = all().get(pcode);
        return named != null ? named : new Named(pcode, pcode, pcode, null);
    }

    /** The gazetteer's units of one level current on the given day, in P-code order. */
    List<AdminUnit> current(org.masar.geo.AdminLevel level, java.time.LocalDate day) {
        return all().values().stream()
                .map(Named::unit)
                .filter(unit -> unit != null && unit.level() == level && unit.isCurrentOn(day))
                .sorted(java.util.Comparator.comparing(unit -> unit.pcode().value()))
                .toList();
    }

    private Map<String, Named> load() {
        Map<String, Named> units = new HashMap<>();
        units.put(LIBYA, LIBYA_NAMES);
        List<AdminUnit> baladiya = gazetteer.baladiya(null);
        for (AdminUnit unit : gazetteer.regions()) {
            put(units, unit);
        }
        for (AdminUnit unit : gazetteer.mantika(null)) {
            put(units, unit);
        }
        for (AdminUnit unit : baladiya) {
            put(units, unit);
            for (AdminUnit muhalla : gazetteer.muhalla(unit.pcode())) {
                put(units, muhalla);
            }
        }
        return Map.copyOf(units);
    }

    private static void put(Map<String, Named> units, AdminUnit unit) {
        units.put(unit.pcode().value(), new Named(unit.pcode().value(), unit.nameEn(), unit.nameAr(), unit));
    }
}
