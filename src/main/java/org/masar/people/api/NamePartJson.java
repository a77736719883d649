package org.masar.people.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.masar.people.NamePart;

/** One name part: {@code {"ar": "...", "lat": "..."}}, either may be absent. */
@Schema(
        description = "One name part, each script as typed; either may be absent. Text typed wholly in the other"
                + " script's field is placed in its own; an aside in brackets (a kunya, a nickname) is kept as typed"
                + " and not matched as the name.")
record NamePartJson(@Nullable String ar, @Nullable String lat) {

    NamePart toPart() {
        return new NamePart(ar, lat);
    }

    static @Nullable NamePartJson of(NamePart part) {
        return part.isEmpty() ? null : new NamePartJson(part.ar(), part.lat());
    }
}
