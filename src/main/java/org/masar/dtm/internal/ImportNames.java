package org.masar.dtm.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Unit names as spreadsheets spell them, made comparable with the gazetteer's: Arabic without diacritics or tatweel,
 * with every alef and hamza form as its plain letter, taa marbuta as haa and alef maqsura as yaa; English in lower case
 * with hyphens, apostrophes and runs of spaces as one space.
 */
final class ImportNames {

    private ImportNames() {}

    static String normalise(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
                continue; // harakat, tanween, shadda, sukun, superscript alef, tatweel
            }
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> out.append('ا');
                case 'ة' -> out.append('ه');
                case 'ى' -> out.append('ي');
                case 'ؤ' -> out.append('و');
                case 'ئ' -> out.append('ي');
                case '-', '_', '\'', '’', '‘', '`', '.' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** A count as a spreadsheet cell holds it: Arabic-Indic digits, thousands separators and a ".0" accepted. */
    static @org.jspecify.annotations.Nullable Long count(String cell) {
        StringBuilder digits = new StringBuilder();
        for (char c : cell.strip().toCharArray()) {
            if (c >= '\u0660' && c <= '\u0669') {
                digits.append((char) ('0' + (c - '\u0660')));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                digits.append((char) ('0' + (c - '\u06F0')));
            } else if (c == ',' || c == '\u066C' || c == ' ' || c == '\u00A0') {
                continue;
            } else {
                digits.append(c);
            }
        }
        String text = digits.toString().replaceFirst("\\.0+$", "");
        if (!text.matches("\\d{1,15}")) {
            return null;
        }
        return Long.parseLong(text);
    }
}
