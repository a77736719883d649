package org.masar.people.internal.matching;

/**
 * The script-independent consonant skeleton of one name token, and the similarity of two skeletons.
 *
 * <p>Input is lower-case ASCII (Latin as typed, folded by ICU, or Arabic transliterated by ICU's {@code Arabic-Latin}).
 * Unvocalised Arabic writes no short vowels, so the skeleton keeps none: vowels (and w/y inside a word, which are long
 * vowels there) are dropped, a leading w/y is kept as a consonant, digraphs fold to one letter (kh→K, gh→G,
 * sh/ch/tch/tsh and the Italian sc before e or i→X, th→T, dh→D, dj→J, ph→F), q/c/ck→K and the Greek ch of Michael
 * and Christ-, doubled letters collapse and a final h (ta marbuta, "Abdallah"/"Abdalla") drops — not an h before a
 * last vowel (Fatiha).
 * The letters that remain are upper-case: B F T D S Z X K G J H L M N R W Y.
 */
final class Skeletons {
    private Skeletons() {}

    static String of(String latin) {
        StringBuilder out = new StringBuilder(latin.length());
        int n = latin.length();
        boolean gap = false;
        for (int i = 0; i < n; i++) {
            char c = latin.charAt(i);
            char next = i + 1 < n ? latin.charAt(i + 1) : ' ';
            char mapped;
            switch (c) {
                case 'a', 'e', 'i', 'o', 'u' -> mapped = 0;
                case 'w', 'y' -> mapped = out.isEmpty() && i == 0 && next != ' ' ? Character.toUpperCase(c) : 0;
                case '\'' -> mapped = 0; // ʿayn: no consonant in Latin spellings, but it holds its place
                case 'b', 'p' -> mapped = 'B';
                case 'f', 'v' -> mapped = 'F';
                case 'k' -> {
                    if (next == 'h') {
                        i++;
                    }
                    mapped = 'K';
                }
                case 'q' -> mapped = 'K';
                case 'g' -> {
                    if (next == 'h') {
                        i++;
                    }
                    mapped = 'G';
                }
                case 's' -> {
                    if (next == 'h') {
                        i++;
                        mapped = 'X';
                    } else if (next == 'c' && i + 2 < n && latin.charAt(i + 2) == 'h') {
                        i += 2;
                        mapped = 'X';
                    } else if (next == 'c' && i + 2 < n && (latin.charAt(i + 2) == 'e' || latin.charAt(i + 2) == 'i')) {
                        // the Italian sc before e or i, how Libyan records of the Italian era wrote ش: Bescir (بشير),
                        // Scerif (الشريف), Sciaban (شعبان)
                        i++;
                        mapped = 'X';
                    } else {
                        mapped = 'S';
                    }
                }
                case 'c' -> {
                    if (next == 'h' && (latin.startsWith("ae", i + 2) || latin.startsWith("ris", i + 2))) {
                        // the Greek ch of Michael, Gebremichael, Christopher is k (ميكائيل, كريستوفر); the French ch
                        // of Chraibi and Chrif is ش
                        i++;
                        mapped = 'K';
                    } else if (next == 'h') {
                        i++;
                        mapped = 'X';
                    } else if (next == 'k' || next == 'q') {
                        i++;
                        mapped = 'K';
                    } else if (next == 'e' || next == 'i' || next == 'y') {
                        mapped = 'S';
                    } else {
                        mapped = 'K';
                    }
                }
                case 't' -> {
                    if (next == 'h') {
                        i++;
                        mapped = 'T';
                    } else if ((next == 'c' || next == 's') && i + 2 < n && latin.charAt(i + 2) == 'h') {
                        // tch (Tchad) and tsh, how Arabic writes ch (تشاد, تشينيدو): one sound
                        i += 2;
                        mapped = 'X';
                    } else {
                        mapped = 'T';
                    }
                }
                case 'd' -> {
                    if (next == 'h') {
                        i++;
                        mapped = 'D';
                    } else if (next == 'j') {
                        i++;
                        mapped = 'J';
                    } else {
                        mapped = 'D';
                    }
                }
                case 'j' -> mapped = 'J';
                case 'z' -> mapped = 'Z';
                case 'x' -> {
                    append(out, 'K');
                    mapped = 'S';
                }
                case 'h' -> mapped = 'H';
                case 'l' -> mapped = 'L';
                case 'm' -> mapped = 'M';
                case 'n' -> mapped = 'N';
                case 'r' -> mapped = 'R';
                default -> mapped = 0;
            }
            if (mapped != 0) {
                if (c == 'p' && next == 'h') {
                    i++;
                    mapped = 'F';
                }
                if (gap) {
                    out.append(mapped);
                } else {
                    append(out, mapped);
                }
                gap = false;
            } else {
                gap = !out.isEmpty();
            }
        }
        int len = out.length();
        // a final h: not the h of Fatiha or Nuha, after which a vowel ends the word (فتيحة, نهى)
        if (len > 1 && out.charAt(len - 1) == 'H' && latin.endsWith("h")) {
            out.setLength(len - 1);
        }
        return out.toString();
    }

    private static void append(StringBuilder out, char c) {
        if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
            out.append(c);
        }
    }

    /**
     * A coarser code for blocking keys: letters that spellings and scripts confuse fall together (T/D/S/Z, for ث is
     * th, s or t and ذ ظ are dh, z or d; K/G/J; B/F), H and a leading W/Y drop; sh stays apart.
     */
    static String coarse(String skeleton) {
        StringBuilder out = new StringBuilder(skeleton.length());
        for (int i = 0; i < skeleton.length(); i++) {
            char c = switch (skeleton.charAt(i)) {
                case 'D', 'T', 'S', 'Z' -> 'T';
                case 'X' -> 'S';
                case 'K', 'G', 'J' -> 'K';
                case 'B', 'F' -> 'B';
                case 'H', 'W', 'Y' -> 0;
                default -> skeleton.charAt(i);
            };
            if (c != 0) {
                append(out, c);
            }
        }
        return out.toString();
    }

    /** The coarse code as a key element: never empty (Hawa, whose only consonant is h, keeps it), never one letter. */
    static String keyCode(String skeleton) {
        String c = coarse(skeleton);
        if (c.length() >= 2) {
            return c;
        }
        // one letter is too coarse a key (Zawi, Saad, Issa would all be T): keep the skeleton itself
        return skeleton.isEmpty() ? "A" : skeleton;
    }

    /** The cost of writing b where a was meant: low for letters that scripts and spellings confuse. */
    static double substitution(char a, char b) {
        if (a == b) {
            return 0;
        }
        if ((a == 'G' && b == 'J') || (a == 'J' && b == 'G')) {
            return 0.1; // ج is g in Egypt and Sudan (Hagag, Ragab, Mugtaba), j elsewhere: one letter
        }
        return confusable(a, b) || confusable(b, a) ? 0.25 : 1;
    }

    private static boolean confusable(char a, char b) {
        return switch (a) {
            case 'T' -> b == 'D' || b == 'S' || b == 'Z';
            case 'D' -> b == 'Z';
            case 'S' -> b == 'Z' || b == 'X';
            case 'K' -> b == 'G' || b == 'J' || b == 'H';
            case 'G' -> b == 'J';
            case 'J' -> b == 'Y';
            default -> false;
        };
    }

    private static double indel(char c) {
        return c == 'H' ? 0.7 : c == 'W' || c == 'Y' ? 0.5 : 1;
    }

    /** Plain edit distance with adjacent transpositions (Arabic letters, already folded). */
    static int levenshtein(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            for (int j = 1; j <= m; j++) {
                int v = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                v = Math.min(v, Math.min(prev[j], cur[j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /**
     * 1 for equal skeletons, falling with a weighted edit distance (confusable letters cost less, transpositions count
     * once) over the longer length; 0 when either is empty.
     */
    static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        int n = a.length();
        int m = b.length();
        double[] prev2 = new double[m + 1];
        double[] prev = new double[m + 1];
        double[] cur = new double[m + 1];
        for (int j = 1; j <= m; j++) {
            prev[j] = prev[j - 1] + indel(b.charAt(j - 1));
        }
        for (int i = 1; i <= n; i++) {
            char ca = a.charAt(i - 1);
            cur[0] = prev[0] + indel(ca);
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                double v = prev[j - 1] + substitution(ca, cb);
                v = Math.min(v, prev[j] + indel(ca));
                v = Math.min(v, cur[j - 1] + indel(cb));
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, prev2[j - 2] + 0.6);
                }
                cur[j] = v;
            }
            double[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        double d = prev[m];
        return Math.max(0, 1 - d / Math.max(n, m));
    }
}
