package org.masar.geo;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An OCHA P-code of a Libyan administrative unit: {@code LY} followed by two digits per level ({@code LY02},
 * {@code LY0214}, {@code LY021401}, {@code LY02140101}). A unit's code starts with its parent's.
 *
 * @param value the code, upper case
 */
public record PCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("LY(\\d{2}){1,4}");

    public PCode {
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidPCode(value);
        }
    }

    /** Reads a P-code as a user or client typed it (surrounding spaces and lower case allowed). */
    public static PCode parse(String text) {
        return new PCode(text.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** Reads an optional P-code: blank means none. */
    public static Optional<PCode> parseOptional(@Nullable String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(parse(text));
    }

    /** The level this code's length denotes. */
    public AdminLevel level() {
        return AdminLevel.ofCodeLength(value.length());
    }

    @Override
    public String toString() {
        return value;
    }
}
