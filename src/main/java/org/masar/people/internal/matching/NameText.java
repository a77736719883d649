package org.masar.people.internal.matching;

import org.jspecify.annotations.Nullable;

public record NameText(@Nullable String ar, @Nullable String lat) {
    public static final NameText NONE = new NameText(null, null);
}
