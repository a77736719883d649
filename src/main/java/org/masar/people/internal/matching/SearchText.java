package org.masar.people.internal.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * The skeleton of a typed search query, in either script or both, in the same form as {@link Profile#nameSkeleton()}:
 * so that pg_trgm's {@code word_similarity(skeleton(query), name_skeleton)} finds "Mohammed Ali" in a record typed محمد
 * علي, and محمد Warfalli in one typed Mohamed الورفلي.
 */
public final class SearchText {
    private SearchText() {}

    /** The query's words as normalised search forms (curated group or lower-case skeleton), space-separated. */
    public static String skeleton(String query) {
        StringBuilder b = new StringBuilder();
        // runs of words in one script are normalised together (عبد الرحمن, Abd al-Rahman stay one word)
        List<String> run = new ArrayList<>();
        Boolean arabic = null;
        for (String word : Names.visible(query).trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            boolean a = Names.hasArabic(word);
            if (arabic != null && a != arabic) {
                append(b, run, arabic);
                run.clear();
            }
            arabic = a;
            run.add(word);
        }
        if (arabic != null) {
            append(b, run, arabic);
        }
        return b.toString();
    }

    private static void append(StringBuilder b, List<String> words, boolean arabic) {
        String text = String.join(" ", words);
        for (Token t : Names.tokens(arabic ? new NameText(text, null) : new NameText(null, text))) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(Names.searchForm(t));
        }
    }
}
