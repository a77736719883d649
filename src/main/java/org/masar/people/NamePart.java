package org.masar.people;

import org.jspecify.annotations.Nullable;

/**
 * One part of a name (given, father's, grandfather's or family name) exactly as typed, in Arabic script and/or Latin
 * script. Either may be missing; blank text counts as missing.
 *
 * @param ar the part in Arabic script
 * @param lat the part in Latin script
 */
public record NamePart(@Nullable String ar, @Nullable String lat) {

    /** A part nobody gave. */
    public static final NamePart NONE = new NamePart(null, null);

    public NamePart {
        ar = ar == null || ar.isBlank() ? null : ar.strip();
        lat = lat == null || lat.isBlank() ? null : lat.strip();
    }

    /** Whether neither script was given. */
    public boolean isEmpty() {
        return ar == null && lat == null;
    }
}
