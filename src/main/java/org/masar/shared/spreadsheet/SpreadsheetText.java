package org.masar.shared.spreadsheet;

import org.jspecify.annotations.Nullable;

/**
 * Text written into a CSV or XLSX file that people open in a spreadsheet: a value a spreadsheet would run as a formula
 * ({@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return first: CSV injection) is written as text, with
 * a leading apostrophe. Every export of what users typed (names, vendors, projects) writes its text cells through it.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {}

    /** The value as a spreadsheet will show it, never as a formula; null stays null. */
    public static @Nullable String safe(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
