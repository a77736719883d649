package org.masar.dtm;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The dotted key of one count: a population ({@code idps}, {@code returnees}, {@code migrants}), a unit ({@code ind}
 * for individuals, {@code hh} for households), then at most one breakdown:
 *
 * <ul>
 *   <li>sex then optionally age, for individuals: {@code idps.ind.f}, {@code migrants.ind.m.children},
 *       {@code returnees.ind.f.adults};
 *   <li>migrants' nationality by ISO 3166 alpha-3 code: {@code migrants.ind.nationality.NER};
 *   <li>IDPs' baladiya of origin by P-code: {@code idps.ind.origin.LY010101}, {@code idps.hh.origin.LY010101};
 *   <li>IDPs' reason for displacement: {@code idps.ind.reason.conflict};
 *   <li>shelter type and arrival period, for any population: {@code idps.hh.shelter.rented},
 *       {@code migrants.ind.arrival.last-6-months}.
 * </ul>
 *
 * <p>Each key knows the key it sums into ({@link #parent()}): {@code migrants.ind.f.children} into
 * {@code migrants.ind.f}, which sums into {@code migrants.ind}, the total ({@link #total()}), so that validation can
 * check breakdowns against their totals.
 *
 * @param value the key as written
 */
public record FigureKey(String value) implements Comparable<FigureKey> {

    /** The populations counted. */
    public static final List<String> POPULATIONS = List.of("idps", "returnees", "migrants");

    /** The headline totals, in the order tables show them. */
    public static final List<String> TOTALS =
            List.of("idps.ind", "idps.hh", "returnees.ind", "returnees.hh", "migrants.ind");

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern BALADIYA = Pattern.compile("LY\\d{6}");

    public FigureKey {
        if (!valid(value)) {
            throw new InvalidFigureKey(value);
        }
    }

    /** Reads a key as a client wrote it (surrounding spaces allowed); {@link InvalidFigureKey} (400) otherwise. */
    public static FigureKey parse(String text) {
        return new FigureKey(text.strip());
    }

    /** Whether the text is a key of the grammar above. */
    public static boolean valid(@Nullable String text) {
        if (text == null || text.length() > 80) {
            return false;
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length < 2 || !POPULATIONS.contains(parts[0]) || !("ind".equals(parts[1]) || "hh".equals(parts[1]))) {
            return false;
        }
        if (parts.length == 2) {
            return true;
        }
        String population = parts[0];
        boolean individuals = "ind".equals(parts[1]);
        return switch (parts[2]) {
            case "f", "m" ->
                individuals
                        && (parts.length == 3
                                || (parts.length == 4 && ("children".equals(parts[3]) || "adults".equals(parts[3]))));
            case "nationality" ->
                parts.length == 4
                        && "migrants".equals(population)
                        && ISO3.matcher(parts[3]).matches();
            case "origin" ->
                parts.length == 4
                        && "idps".equals(population)
                        && BALADIYA.matcher(parts[3]).matches();
            case "reason" ->
                parts.length == 4
                        && "idps".equals(population)
                        && CODE.matcher(parts[3]).matches();
            case "shelter", "arrival" ->
                parts.length == 4 && CODE.matcher(parts[3]).matches();
            default -> false;
        };
    }

    private String[] parts() {
        return value.split("\\.");
    }

    /** {@code idps}, {@code returnees} or {@code migrants}. */
    public String population() {
        return parts()[0];
    }

    /** The total this key breaks down ({@code migrants.ind} for {@code migrants.ind.f.children}); itself for a total. */
    public FigureKey total() {
        String[] parts = parts();
        return parts.length == 2 ? this : new FigureKey(parts[0] + "." + parts[1]);
    }

    /** Whether this is a total ({@code idps.ind}, {@code migrants.ind}…). */
    public boolean isTotal() {
        return parts().length == 2;
    }

    /** The key this one sums into with its siblings; null for a total. */
    public @Nullable FigureKey parent() {
        int dot = value.lastIndexOf('.');
        if (isTotal()) {
            return null;
        }
        String[] parts = parts();
        // Two-part breakdowns (nationality.NER, origin.LY010101…) sum straight into the total.
        if (parts.length == 4 && !("f".equals(parts[2]) || "m".equals(parts[2]))) {
            return total();
        }
        return new FigureKey(value.substring(0, dot));
    }

    /**
     * What the key breaks its parent down by: {@code sex}, {@code age}, {@code nationality}, {@code origin},
     * {@code reason}, {@code shelter} or {@code arrival}; null for a total. Siblings of one dimension that are all
     * given (both sexes, both ages) add up to their parent.
     */
    public @Nullable String dimension() {
        String[] parts = parts();
        if (parts.length == 2) {
            return null;
        }
        if ("f".equals(parts[2]) || "m".equals(parts[2])) {
            return parts.length == 3 ? "sex" : "age";
        }
        return parts[2];
    }

    /** The values a dimension takes when it is complete (sex: f, m; age: children, adults); empty for the others. */
    public static List<String> completeValues(String dimension) {
        return switch (dimension) {
            case "sex" -> List.of("f", "m");
            case "age" -> List.of("children", "adults");
            default -> List.of();
        };
    }

    @Override
    public int compareTo(FigureKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
