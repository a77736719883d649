package org.masar.people.internal.matching;

import org.jspecify.annotations.Nullable;

/** One name part as typed, in Arabic and/or Latin script (either may be null, not both for a part that is present). */
public record NameText(@Nullable String ar, @Nullable String lat) {
    public static final NameText NONE = new NameText(null, null);

    /** Whether neither script holds anything but blanks. */
    public boolean isBlank() {
        return (ar == null || ar.isBlank()) && (lat == null || lat.isBlank());
    }
}
