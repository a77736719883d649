package org.masar.dtm.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.masar.geo.AdminLevel;
import org.masar.geo.AdminUnit;
import org.masar.geo.Gazetteer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The gazetteer as the dashboard and the exports need it: every region, mantika, baladiya and muhalla by P-code with
 * its names and parent, read once a few minutes (the gazetteer changes rarely, and a muhalla map would otherwise ask
 * for 100 lists), and the seat towns of 86 baladiya from {@code dtm/libya-baladiya-seats.csv} (OpenStreetMap, ODbL;
 * GeoNames, CC BY 4.0; see {@code dtm/SOURCES.md}). The 14 others have no seat: the map places them schematically.
 */
@Component
public class DashboardUnits {

    private static final Duration FRESH_FOR = Duration.ofMinutes(5);

    private final Gazetteer gazetteer;
    private final Map<String, double[]> seats;
    private volatile @Nullable Snapshot snapshot;

    DashboardUnits(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.seats = readSeats();
    }

    /** One unit: its P-code, level, names and parent's P-code (null for a region). */
    public record Unit(
            String pcode,
            AdminLevel level,
            String nameEn,
            String nameAr,
            @Nullable String parent) {}

    private record Snapshot(Map<String, Unit> units, List<Unit> baladiya, long readAt) {}

    /** A unit by P-code, if the gazetteer has it. */
    public Optional<Unit> find(String pcode) {
        return Optional.ofNullable(current().units().get(pcode));
    }

    /** Every baladiya, in P-code order. */
    public List<Unit> baladiya() {
        return current().baladiya();
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

    private Snapshot current() {
        Snapshot known = snapshot;
        if (known != null && System.nanoTime() - known.readAt() < FRESH_FOR.toNanos()) {
            return known;
        }
        Map<String, Unit> units = new LinkedHashMap<>();
        List<Unit> baladiya = new ArrayList<>();
        gazetteer.regions().forEach(unit -> units.put(unit.pcode().value(), unit(unit)));
        gazetteer.mantika(null).forEach(unit -> units.put(unit.pcode().value(), unit(unit)));
        for (AdminUnit unit : gazetteer.baladiya(null)) {
            Unit read = unit(unit);
            units.put(read.pcode(), read);
            baladiya.add(read);
            gazetteer
                    .muhalla(unit.pcode())
                    .forEach(muhalla -> units.put(muhalla.pcode().value(), unit(muhalla)));
        }
        Snapshot fresh = new Snapshot(Map.copyOf(units), List.copyOf(baladiya), System.nanoTime());
        snapshot = fresh;
        return fresh;
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
