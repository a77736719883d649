package org.masar.people;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One part of a name (given, father's, grandfather's or family name) exactly as typed, in Arabic script and/or Latin
 * script. Either may be missing; blank text counts as missing.
 *
 * <p>Text typed wholly in the other script's field is placed in its own: a partner's sheet with its two columns
 * swapped, or a Latin name typed into the Arabic box of a form, is still the person's name, kept as typed. Only where
 * every text given is in the other field is anything moved; text that mixes scripts, or two texts of one script, stay
 * where they were typed, for the checks to refuse.
 *
 * <p>What is typed in brackets is an aside beside the name ({@link #withoutAsides()}): a mother's kunya, نعيمة (أم
 * أحمد), or the name a person is called by, Abdoulkarim (Abdou). It is kept as typed and shown, but is not the name.
 *
 * @param ar the part in Arabic script
 * @param lat the part in Latin script
 */
public record NamePart(@Nullable String ar, @Nullable String lat) {

    /** A part nobody gave. */
    public static final NamePart NONE = new NamePart(null, null);

    private static final Pattern ASIDE = Pattern.compile("\\([^()]*\\)");
    private static final Pattern ARABIC_LETTER = Pattern.compile("\\p{IsArabic}");
    private static final Pattern LATIN_LETTER = Pattern.compile("\\p{IsLatin}");

    public NamePart {
        ar = ar == null || ar.isBlank() ? null : ar.strip();
        lat = lat == null || lat.isBlank() ? null : lat.strip();
        if ((ar != null || lat != null)
                && (ar == null || onlyIn(LATIN_LETTER, ARABIC_LETTER, ar))
                && (lat == null || onlyIn(ARABIC_LETTER, LATIN_LETTER, lat))) {
            String typedInTheLatinField = lat;
            lat = ar;
            ar = typedInTheLatinField;
        }
    }

    /** Whether neither script was given. */
    public boolean isEmpty() {
        return ar == null && lat == null;
    }

    /** The part as the name it is: without the asides typed in brackets, a text left blank counting as missing. */
    public NamePart withoutAsides() {
        // most names hold no aside: the part itself, not a copy checked again, for every profile and every check
        boolean aside = ar != null && ar.indexOf('(') >= 0 || lat != null && lat.indexOf('(') >= 0;
        return aside ? new NamePart(outsideAsides(ar), outsideAsides(lat)) : this;
    }

    /** The text but what stands in brackets, its spaces closed up (null stays null). */
    private static @Nullable String outsideAsides(@Nullable String text) {
        return text == null || text.indexOf('(') < 0
                ? text
                : ASIDE.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    /** Whether the text, asides aside, holds letters of one script and none of the other. */
    private static boolean onlyIn(Pattern script, Pattern other, String text) {
        String name = outsideAsides(text);
        return script.matcher(name).find() && !other.matcher(name).find();
    }
}
