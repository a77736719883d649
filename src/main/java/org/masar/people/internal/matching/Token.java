package org.masar.people.internal.matching;

import org.jspecify.annotations.Nullable;

/**
 * One normalised name word: the curated group it belongs to (if any), its consonant skeleton and its normalised text in
 * the script it was typed in; for a part typed in both scripts, the same of its other-script rendering.
 */
record Token(
        @Nullable String group,
        String skeleton,
        String text,
        @Nullable String group2,
        @Nullable String skeleton2,
        @Nullable String text2) {

    static Token of(@Nullable String group, String skeleton, String text) {
        return new Token(group, skeleton, text, null, null, null);
    }

    Token with(Token other) {
        String g = group != null ? group : other.group;
        String g2 = group != null && other.group != null && !other.group.equals(group) ? other.group : null;
        return new Token(g, skeleton, text, g2, other.skeleton, other.text);
    }

    /**
     * The word as a blocking-key element: a very common name keys by its group (mohamed, even when misspelt
     * Mohmaed), any other by the coarse skeleton of its group's canonical name or of itself — so that a slip in a name
     * (Mahhamadou, Ismailah) still meets the name it was meant to be.
     */
    String keyForm() {
        return keyForm(group, skeleton);
    }

    private static String keyForm(@Nullable String group, String skeleton) {
        if (group != null) {
            return DuplicateEngine.COMMON.contains(group) ? group : NameDictionary.coarse(group);
        }
        String common = NameDictionary.commonBySkeleton(skeleton);
        return common != null ? common : Skeletons.keyCode(skeleton);
    }

    /** The other-script rendering's key form, or null when it adds nothing. */
    @Nullable
    String keyForm2() {
        if (group != null) {
            return group2 == null ? null : keyForm(group2, skeleton);
        }
        return skeleton2 == null ? null : keyForm(null, skeleton2);
    }

    /**
     * How alike two words are, 0..1. One group: 1. Two different groups: at most 0.55 (Mohamed is not Mahmoud). Both
     * typed in Arabic: the Arabic letters themselves decide (the long vowels tell هويدا from هدى, which the skeleton
     * cannot). Both typed in Latin: the better of skeleton and spelling. Across scripts: the skeleton.
     */
    static double similarity(Token a, Token b) {
        if (a.group != null && b.group != null) {
            if (a.group.equals(b.group)
                    || a.group.equals(b.group2)
                    || (a.group2 != null && (a.group2.equals(b.group) || a.group2.equals(b.group2)))) {
                return 1;
            }
            return Math.min(0.55, skeletons(a, b));
        }
        String arA = arabic(a.text) ? a.text : a.text2 != null && arabic(a.text2) ? a.text2 : null;
        String arB = arabic(b.text) ? b.text : b.text2 != null && arabic(b.text2) ? b.text2 : null;
        String latA = !arabic(a.text) ? a.text : a.text2 != null && !arabic(a.text2) ? a.text2 : null;
        String latB = !arabic(b.text) ? b.text : b.text2 != null && !arabic(b.text2) ? b.text2 : null;
        double s = -1;
        if (arA != null && arB != null) {
            s = arabicText(arA, arB);
        }
        if (latA != null && latB != null) {
            String skA = arabic(a.text) ? a.skeleton2 : a.skeleton;
            String skB = arabic(b.text) ? b.skeleton2 : b.skeleton;
            double jw = JaroWinkler.similarity(latA, latB);
            double sk = skA == null || skB == null ? 0 : Skeletons.similarity(skA, skB);
            // the same consonants spelt with quite other vowels (Sumon, Osman) are less telling within one script
            double lat = Math.max(latinText(latA, latB), jw >= 0.8 ? sk : Math.min(sk, 0.78));
            s = Math.max(s, lat);
        }
        return s >= 0 ? s : skeletons(a, b);
    }

    private static boolean arabic(String text) {
        return !text.isEmpty() && text.charAt(0) >= '\u0600';
    }

    private static double skeletons(Token a, Token b) {
        double s = Skeletons.similarity(a.skeleton, b.skeleton);
        if (s < 1 && b.skeleton2 != null) {
            s = Math.max(s, Skeletons.similarity(a.skeleton, b.skeleton2));
        }
        if (s < 1 && a.skeleton2 != null) {
            s = Math.max(s, Skeletons.similarity(a.skeleton2, b.skeleton));
            if (b.skeleton2 != null) {
                s = Math.max(s, Skeletons.similarity(a.skeleton2, b.skeleton2));
            }
        }
        return s;
    }

    /** Typing slips in Latin: Jaro-Winkler of the normalised spellings, counted only when it is high. */
    private static double latinText(String a, String b) {
        double jw = JaroWinkler.similarity(a, b);
        double floor = Math.min(a.length(), b.length()) <= 4 ? 0.93 : 0.88;
        return jw >= floor ? jw - 0.04 : 0;
    }

    /** Arabic spellings (already folded): one slip in a word of five letters or more still counts as the word. */
    private static double arabicText(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int d = Skeletons.levenshtein(a, b);
        int n = Math.max(a.length(), b.length());
        double s = 1 - d / (double) n;
        if (d == 1 && n >= 5) {
            s = Math.max(s, 0.85);
        } else if (d == 1 && n == 4) {
            s = Math.max(s, 0.82);
        }
        return s;
    }
}
