package org.masar.people.internal.matching;

import java.util.List;

/**
 * The skeleton of a typed search query, in either script, in the same form as {@link Profile#nameSkeleton()}: so that
 * pg_trgm's {@code word_similarity(skeleton(query), name_skeleton)} finds "Mohammed Ali" in a record typed محمد علي.
 */
public final class SearchText {
    private SearchText() {}

    /** The query's words as normalised search forms (curated group or lower-case skeleton), space-separated. */
    public static String skeleton(String query) {
        StringBuilder b = new StringBuilder();
        List<Token> tokens =
                Names.tokens(Names.hasArabic(query) ? new NameText(query, null) : new NameText(null, query));
        for (Token t : tokens) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(Names.searchForm(t));
        }
        return b.toString();
    }
}
