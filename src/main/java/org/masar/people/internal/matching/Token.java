package org.masar.people.internal.matching;

import org.jspecify.annotations.Nullable;

/**
 * One normalised name word: the curated group it belongs to (if any) and its consonant skeleton, and, for a part typed
 * in both scripts, the same of its other-script rendering.
 */
record Token(
        @Nullable String group,
        String skeleton,
        @Nullable String group2,
        @Nullable String skeleton2) {

    static Token of(@Nullable String group, String skeleton) {
        return new Token(group, skeleton, null, null);
    }

    Token with(Token other) {
        String g = group != null ? group : other.group;
        String g2 = group != null && other.group != null && !other.group.equals(group) ? other.group : null;
        String s2 = other.skeleton.equals(skeleton) ? null : other.skeleton;
        return new Token(g, skeleton, g2, s2);
    }

    /** The word as a blocking-key element: its group, or its coarse skeleton; "" when too little is left. */
    String keyForm() {
        if (group != null) {
            return group;
        }
        String c = Skeletons.coarse(skeleton);
        return c.isEmpty() ? "" : "~" + c;
    }

    /** The other-script rendering's key form, or null when it adds nothing. */
    @Nullable
    String keyForm2() {
        if (group != null) {
            return group2;
        }
        if (skeleton2 == null) {
            return null;
        }
        String c = Skeletons.coarse(skeleton2);
        return c.isEmpty() ? null : "~" + c;
    }

    /** How alike two words are, 0..1. */
    static double similarity(Token a, Token b) {
        if (a.group != null && b.group != null) {
            if (a.group.equals(b.group)
                    || a.group.equals(b.group2)
                    || (a.group2 != null && (a.group2.equals(b.group) || a.group2.equals(b.group2)))) {
                return 1;
            }
            return Math.min(0.55, skeletons(a, b));
        }
        return skeletons(a, b);
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
}
