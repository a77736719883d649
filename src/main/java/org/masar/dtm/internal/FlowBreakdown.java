package org.masar.dtm.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.masar.dtm.FlowMonitoring;
import org.masar.dtm.FlowMonitoringNewCount.Flow;
import org.masar.shared.InvalidFields;

/**
 * A count with its breakdowns, as the counts and the detention snapshots hold them: checked (no breakdown larger than
 * its total, known sex/age keys, ISO 3166-1 alpha-3 nationalities) and turned into the flat map of dotted keys the
 * tables keep ({@code in}, {@code in.f.children}, {@code in.nationality.NER}).
 */
final class FlowBreakdown {

    /** The largest count a figure may hold: more than Libya's population, far less than overflows a sum. */
    static final long MAX = 100_000_000L;

    /** ISO 3166-1 alpha-3 codes, as the JDK knows them. */
    static final Set<String> COUNTRIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

    private FlowBreakdown() {}

    /** Adds to {@code errors} what is wrong with one direction's count, each named under {@code field}. */
    static void check(Flow flow, String field, List<InvalidFields.Field> errors) {
        if (flow.total() < 0 || flow.total() > MAX) {
            errors.add(new InvalidFields.Field(field + ".total", "dtm-field.invalid.count"));
        }
        long sexAge = 0;
        for (Map.Entry<String, Long> entry : flow.sexAge().entrySet()) {
            if (!FlowMonitoring.SEX_AGE.contains(entry.getKey())) {
                errors.add(
                        new InvalidFields.Field(field + ".sexAge." + key(entry.getKey()), "dtm-field.invalid.sex-age"));
            } else if (entry.getValue() == null || entry.getValue() < 0 || entry.getValue() > MAX) {
                errors.add(new InvalidFields.Field(field + ".sexAge." + entry.getKey(), "dtm-field.invalid.count"));
            } else {
                sexAge += entry.getValue();
            }
        }
        if (sexAge > flow.total()) {
            errors.add(new InvalidFields.Field(field + ".sexAge", "dtm-field.invalid.breakdown-exceeds-total"));
        }
        long nationality = 0;
        for (Map.Entry<String, Long> entry : flow.nationality().entrySet()) {
            if (!COUNTRIES.contains(entry.getKey())) {
                errors.add(new InvalidFields.Field(
                        field + ".nationality." + key(entry.getKey()), "dtm-field.invalid.nationality"));
            } else if (entry.getValue() == null || entry.getValue() < 0 || entry.getValue() > MAX) {
                errors.add(
                        new InvalidFields.Field(field + ".nationality." + entry.getKey(), "dtm-field.invalid.count"));
            } else {
                nationality += entry.getValue();
            }
        }
        if (nationality > flow.total()) {
            errors.add(new InvalidFields.Field(field + ".nationality", "dtm-field.invalid.breakdown-exceeds-total"));
        }
    }

    /** A key as a field name may show it: short, and only of the characters a key can hold. */
    private static String key(String key) {
        String shown = key.replaceAll("[^A-Za-z0-9.-]", "?");
        return shown.length() > 20 ? shown.substring(0, 20) : shown;
    }

    /** One direction's figures under a prefix ({@code in}, {@code out}, {@code total}); zero breakdowns are kept. */
    static Map<String, Long> figures(String prefix, Flow flow) {
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put(prefix, flow.total());
        new TreeMap<>(flow.sexAge()).forEach((key, value) -> figures.put(prefix + "." + key, value));
        new TreeMap<>(flow.nationality()).forEach((key, value) -> figures.put(prefix + ".nationality." + key, value));
        return figures;
    }

    /** One direction read back from the figures under a prefix. */
    static Flow flow(String prefix, Map<String, Long> figures) {
        Map<String, Long> sexAge = new TreeMap<>();
        Map<String, Long> nationality = new TreeMap<>();
        String nationalityPrefix = prefix + ".nationality.";
        figures.forEach((key, value) -> {
            if (key.startsWith(nationalityPrefix)) {
                nationality.put(key.substring(nationalityPrefix.length()), value);
            } else if (key.startsWith(prefix + ".")) {
                sexAge.put(key.substring(prefix.length() + 1), value);
            }
        });
        return new Flow(figures.getOrDefault(prefix, 0L), sexAge, nationality);
    }
}
