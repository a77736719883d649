package org.masar.people.internal.matching;

import java.util.Locale;

public final class SearchText {
    private SearchText() {}

    public static String skeleton(String query) {
        return query.strip().toLowerCase(Locale.ROOT);
    }
}
