package org.masar.geo;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Libya's administrative hierarchy as OCHA publishes it: 3 regions, 22 mantika, 100 baladiya and 667 muhalla, each
 * with its P-code and English and Arabic names. Other modules record places by P-code and look them up here.
 *
 * <p>The gazetteer is public reference data: its lookups check no permission, so that other modules (and their
 * background work) can resolve a P-code; the pages and the API that show it require {@code geo:read}. Lists are in
 * P-code order and hold current and past units alike (see {@link AdminUnit#validTo()}).
 *
 * <p>OCHA's table changes over time. An administrator ({@code geo:manage}) follows it by adding the new units and
 * retiring the old ones with dates, never by deleting or recoding a unit that records point to; both steps are
 * audited.
 */
public interface Gazetteer {

    /** The regions (admin 1). */
    List<AdminUnit> regions();

    /** The units directly below the given one (mantika of a region, baladiya of a mantika, muhalla of a baladiya). */
    List<AdminUnit> children(PCode parent);

    /** The mantika, of one region or (when null) of all. */
    List<AdminUnit> mantika(@Nullable PCode region);

    /** The baladiya, of one region or mantika or (when null) of all. */
    List<AdminUnit> baladiya(@Nullable PCode regionOrMantika);

    /** The muhalla of one baladiya. */
    List<AdminUnit> muhalla(PCode baladiya);

    /** Any unit by its P-code. */
    Optional<AdminUnit> find(PCode pcode);

    /** Any unit by its P-code; throws {@link AdminUnitNotFound}. */
    AdminUnit get(PCode pcode);

    /** The unit and the units above it, region first (a breadcrumb); throws {@link AdminUnitNotFound}. */
    List<AdminUnit> path(PCode pcode);

    /** A baladiya with its mantika and region. */
    Optional<Baladiya> findBaladiya(PCode pcode);

    /** A baladiya with its mantika and region; throws {@link BaladiyaNotFound}. */
    Baladiya getBaladiya(PCode pcode);

    /** Every baladiya with its mantika and region, in P-code order (for pickers). */
    List<Baladiya> allBaladiya();

    /**
     * The boundary shapes of the regions or the mantika as a GeoJSON FeatureCollection (geoBoundaries, CC BY 3.0 IGO:
     * show the attribution with them). Each feature's properties carry {@code pcode}, {@code nameEn}, {@code nameAr}
     * and, for mantika, the computed label point {@code labelLat}/{@code labelLon}. Only regions and mantika have
     * shapes; other levels throw {@link IllegalArgumentException}.
     */
    String boundaries(AdminLevel level);

    /**
     * Adds a unit of OCHA's current table under the parent its P-code names. Throws {@link DuplicatePCode},
     * {@link AdminUnitNotFound} for a missing parent and {@link InvalidValidity} for a parent retired by then. Needs
     * {@code geo:manage}.
     */
    AdminUnit addUnit(NewAdminUnit unit);

    /**
     * Retires a unit from OCHA's current table from the given day on (it stays, with its history, for the records that
     * point to it). Throws {@link AdminUnitNotFound}, and {@link InvalidValidity} when it is already retired or the day
     * is not after its first day. Needs {@code geo:manage}.
     */
    AdminUnit retireUnit(PCode pcode, java.time.LocalDate validTo);
}
