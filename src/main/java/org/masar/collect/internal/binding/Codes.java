package org.masar.collect.internal.binding;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The spellings forms use for codes Masar keeps one way (a sex as {@code f}/{@code m}). */
final class Codes {

    private Codes() {}

    /** {@code f} or {@code m} from {@code f}, {@code F}, {@code female}, {@code m}, {@code male}…; else as given. */
    static @Nullable String sex(@Nullable String answer) {
        if (answer == null) {
            return null;
        }
        String text = answer.strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "f", "female", "woman", "girl" -> "f";
            case "m", "male", "man", "boy" -> "m";
            default -> text;
        };
    }
}
