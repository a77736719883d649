package org.masar.people.api;

import org.jspecify.annotations.Nullable;
import org.masar.people.NamePart;

/** One name part: {@code {"ar": "...", "lat": "..."}}, either may be absent. */
record NamePartJson(@Nullable String ar, @Nullable String lat) {

    NamePart toPart() {
        return new NamePart(ar, lat);
    }

    static @Nullable NamePartJson of(NamePart part) {
        return part.isEmpty() ? null : new NamePartJson(part.ar(), part.lat());
    }
}
