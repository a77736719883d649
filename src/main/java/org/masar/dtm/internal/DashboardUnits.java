package org.masar.dtm.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.masar.geo.AdminLevel;
import org.masar.geo.AdminUnit;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The gazetteer as the dashboard and the exports need it: every region, mantika, baladiya and muhalla by P-code with
 * its names and parent, from the module's one copy of the gazetteer ({@link FigureUnits}), and the seat towns of 86
 * baladiya from {@code dtm/libya-baladiya-seats.csv} (OpenStreetMap, ODbL; GeoNames, CC BY 4.0; see
 * {@code dtm/SOURCES.md}). The 14 others have no seat: the map places them schematically.
 */
@Component
public class DashboardUnits {

    private final FigureUnits figureUnits;
    private final Map<String, double[]> seats;

    DashboardUnits(FigureUnits figureUnits) {
        this.figureUnits = figureUnits;
        this.seats = readSeats();
    }

    /** One unit: its P-code, level, names and parent's P-code (null for a region). */
    public record Unit(
            String pcode,
            AdminLevel level,
            String nameEn,
            String nameAr,
            @Nullable String parent) {}

    /** A unit by P-code, if the gazetteer has it. */
    public Optional<Unit> find(String pcode) {
        FigureUnits.Named named = figureUnits.all().get(pcode);
        return named == null || named.unit() == null ? Optional.empty() : Optional.of(unit(named.unit()));
    }

    /** Every baladiya, in P-code order. */
    public List<Unit> baladiya() {
        return figureUnits.all().values().stream()
                .map(FigureUnits.Named::unit)
                .filter(unit -> unit != null && unit.level() == AdminLevel.BALADIYA)
                .map(DashboardUnits::unit)
                .sorted(Comparator.comparing(Unit::pcode))
                .toList();
    }

    /** A baladiya's seat town as {latitude, longitude}, when the seats file places it. */
    public Optional<double[]> seat(String baladiya) {
        double[] point = seats.get(baladiya);
        return point == null ? Optional.empty() : Optional.of(point.clone());
    }

    /** How many baladiya the seats file places. */
    public int seats() {
        return seats.size();
    }

    private static Unit unit(AdminUnit unit) {
        return new Unit(
                unit.pcode().value(),
                unit.level(),
                unit.nameEn(),
                unit.nameAr(),
                unit.parent() == null ? null : unit.parent().value());
    }

    private static Map<String, double[]> readSeats() {
        Map<String, double[]> points = new HashMap<>();
        try (Reader reader = new InputStreamReader(
                new ClassPathResource("dtm/libya-baladiya-seats.csv").getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                String lat = record.get("lat");
                String lon = record.get("lon");
                if (!lat.isBlank() && !lon.isBlank()) {
                    points.put(
                            record.get("admin3_pcode"),
                            new double[] {Double.parseDouble(lat), Double.parseDouble(lon)});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(points);
    }
}
