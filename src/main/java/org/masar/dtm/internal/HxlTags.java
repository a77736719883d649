package org.masar.dtm.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Humanitarian Exchange Language (HXL) hashtags of the DTM's exports, in one place: the administrative columns
 * ({@code #adm1+code}, {@code #adm1+name+i_en}, {@code #adm1+name+i_ar} … down to {@code #adm4} for the muhalla), the
 * round's columns ({@code #round+code}, {@code #date+start}, {@code #date+end}) and one tag per dotted figure key.
 *
 * <p>A figure key is a population ({@code idps}, {@code returnees}, {@code migrants}), a unit ({@code ind} or
 * {@code hh}) and optional breakdowns. Its tag is {@code #affected} with the population as attribute, then:
 * {@code +ind} or {@code +hh} for a total ({@code idps.ind} → {@code #affected+idps+ind}); {@code +hh} for any
 * household figure; for a breakdown of individuals the breakdown's attributes alone, as OCHA's examples write them
 * ({@code migrants.ind.f.children} → {@code #affected+migrants+f+children}). Sex ({@code f}, {@code m}) and age groups
 * ({@code children}, {@code adults}…) are attributes as they are; a breakdown by a named dimension joins the dimension
 * and its value in one attribute ({@code migrants.ind.nationality.NER} → {@code #affected+migrants+nationality_ner},
 * {@code idps.ind.origin.LY010101} → {@code #affected+idps+origin_ly010101}), since HXL attributes are lower-case
 * letters, digits and underscores.
 */
public final class HxlTags {

    /** The breakdowns whose next segment is a value (a nationality, a P-code, a reason…), not an attribute of its own. */
    static final Set<String> DIMENSIONS = Set.of("nationality", "origin", "reason", "shelter", "arrival");

    /** Sex, as the figure keys and HXL write it. */
    static final Set<String> SEXES = Set.of("f", "m");

    private static final Pattern KEY = Pattern.compile("(idps|returnees|migrants)\\.(ind|hh)(\\.[A-Za-z0-9-]+)*");

    /** The round's columns, before the units'. */
    public static final List<Column> ROUND_COLUMNS = List.of(
            new Column("Round", "#round+code"),
            new Column("Period start", "#date+start"),
            new Column("Period end", "#date+end"));

    private HxlTags() {}

    /** A column of an export: its header (first row) and its hashtag (the row under it). */
    public record Column(String header, String tag) {}

    /** The tag of one figure key; throws {@link IllegalArgumentException} for something that is not a figure key. */
    public static String figure(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a figure key: " + key);
        }
        String[] segments = key.split("\\.");
        StringBuilder tag = new StringBuilder("#affected+").append(segments[0]);
        boolean households = "hh".equals(segments[1]);
        if (households || segments.length == 2) {
            tag.append('+').append(segments[1]);
        }
        for (int i = 2; i < segments.length; i++) {
            String segment = attribute(segments[i]);
            if (DIMENSIONS.contains(segments[i]) && i + 1 < segments.length) {
                segment = segment + '_' + attribute(segments[++i]);
            }
            tag.append('+').append(segment);
        }
        return tag.toString();
    }

    /** The columns that name a unit of the given level and the units above it, region first. */
    public static List<Column> unitColumns(String level) {
        List<Column> columns = new ArrayList<>();
        String[][] levels = {
            {"region", "Region", "#adm1"},
            {"mantika", "Mantika", "#adm2"},
            {"baladiya", "Baladiya", "#adm3"},
            {"muhalla", "Muhalla", "#adm4"}
        };
        int depth = depth(level);
        for (int i = 0; i < depth; i++) {
            String name = levels[i][1];
            String tag = levels[i][2];
            columns.add(new Column(name + " P-code", tag + "+code"));
            columns.add(new Column(name, tag + "+name+i_en"));
            columns.add(new Column(name + " (Arabic)", tag + "+name+i_ar"));
        }
        return columns;
    }

    /** How many levels of units an export of this level names: 1 for regions to 4 for muhalla. */
    public static int depth(String level) {
        return switch (level) {
            case "region" -> 1;
            case "mantika" -> 2;
            case "baladiya" -> 3;
            case "muhalla" -> 4;
            default -> throw new IllegalArgumentException("Not an export level: " + level);
        };
    }

    private static String attribute(String segment) {
        return segment.toLowerCase(Locale.ROOT).replace('-', '_');
    }
}
