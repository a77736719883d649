package org.masar.bench.people;

import java.util.SplittableRandom;

/** The ways a second registration writes the same facts differently: spellings, slips, orthography, formats. */
final class Noise {
    private Noise() {}

    private static final String VOWELS = "aeiou";

    /** Another plausible Latin spelling of a name (generic rules, not a table). */
    static String respell(String name, SplittableRandom r) {
        String s = name;
        int rules = 1 + r.nextInt(2);
        for (int k = 0; k < rules * 3 && s.equals(name) || k < rules; k++) {
            switch (r.nextInt(12)) {
                case 0 -> s = s.contains("ou") ? s.replaceFirst("ou", "u") : s.replaceFirst("(?<=[^aeiou])u", "ou");
                case 1 -> s = s.contains("ee") ? s.replaceFirst("ee", "i") : s.replaceFirst("(?<=[^aeiou])i(?=[^aeiou])", "ee");
                case 2 -> s = swapVowel(s, r);
                case 3 -> s = doubling(s, r);
                case 4 -> s = s.endsWith("h") ? s.substring(0, s.length() - 1) : s.matches(".*[ae]$") ? s + "h" : s;
                case 5 -> s = s.replaceFirst("q", r.nextBoolean() ? "k" : "g").replaceFirst("Q", "G");
                case 6 -> s = s.replaceFirst("j", "dj").replaceFirst("J", r.nextBoolean() ? "Dj" : "G");
                case 7 -> s = s.replaceFirst("kh", "k").replaceFirst("Kh", "K");
                case 8 -> s = s.replaceFirst("sh", "ch").replaceFirst("Sh", "Ch");
                case 9 -> s = s.startsWith("Al-") ? "El " + s.substring(3) : s.startsWith("El") ? s.substring(2) : s;
                case 10 -> s = s.replaceFirst("(?<=[a-z])y(?=[a-z])", "i");
                default -> s = s.replaceFirst("(?<=[a-z])e(?=[a-z]+$)", "a");
            }
        }
        return s.isBlank() ? name : s;
    }

    private static String swapVowel(String s, SplittableRandom r) {
        int tries = 0;
        while (tries++ < 10) {
            int i = 1 + r.nextInt(Math.max(1, s.length() - 1));
            if (i < s.length() && VOWELS.indexOf(s.charAt(i)) >= 0) {
                char c = s.charAt(i);
                char n = c == 'a' ? 'e' : c == 'e' ? 'a' : c == 'o' ? 'u' : c == 'u' ? 'o' : 'e';
                return s.substring(0, i) + n + s.substring(i + 1);
            }
        }
        return s;
    }

    private static String doubling(String s, SplittableRandom r) {
        for (int i = 1; i < s.length() - 1; i++) {
            if (s.charAt(i) == s.charAt(i + 1) && Character.isLetter(s.charAt(i))) {
                return s.substring(0, i) + s.substring(i + 1);
            }
        }
        int tries = 0;
        while (tries++ < 10) {
            int i = 2 + r.nextInt(Math.max(1, s.length() - 3));
            if (i < s.length() - 1
                    && Character.isLowerCase(s.charAt(i))
                    && VOWELS.indexOf(s.charAt(i)) < 0
                    && VOWELS.indexOf(s.charAt(i - 1)) >= 0) {
                return s.substring(0, i + 1) + s.charAt(i) + s.substring(i + 1);
            }
        }
        return s;
    }

    private static final String[] KEYBOARD = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

    /** One keyboard slip: a neighbouring key, a letter lost or doubled, two letters swapped. */
    static String typo(String s, SplittableRandom r) {
        if (s.length() < 4) {
            return s;
        }
        int i = 1 + r.nextInt(s.length() - 2);
        char c = s.charAt(i);
        if (!Character.isLetter(c)) {
            return s;
        }
        return switch (r.nextInt(4)) {
            case 0 -> s.substring(0, i) + neighbour(c, r) + s.substring(i + 1);
            case 1 -> s.substring(0, i) + s.substring(i + 1);
            case 2 -> s.substring(0, i) + c + s.substring(i);
            default -> s.substring(0, i) + s.charAt(i + 1) + c + s.substring(i + 2);
        };
    }

    private static char neighbour(char c, SplittableRandom r) {
        char lower = Character.toLowerCase(c);
        for (String row : KEYBOARD) {
            int k = row.indexOf(lower);
            if (k >= 0) {
                int j = k == 0 ? 1 : k == row.length() - 1 ? k - 1 : k + (r.nextBoolean() ? 1 : -1);
                return row.charAt(j);
            }
        }
        return c;
    }

    private static final String[] ARABIC_LOOKALIKE = {"بتثني", "جحخ", "دذ", "رز", "سش", "صض", "طظ", "عغ", "فق", "هة"};

    /** One slip in Arabic: a lookalike letter, a letter lost, two letters swapped. */
    static String arabicTypo(String s, SplittableRandom r) {
        if (s.length() < 3) {
            return s;
        }
        int i = 1 + r.nextInt(s.length() - 1);
        char c = s.charAt(i);
        if (c == ' ') {
            return s;
        }
        switch (r.nextInt(3)) {
            case 0 -> {
                for (String group : ARABIC_LOOKALIKE) {
                    int k = group.indexOf(c);
                    if (k >= 0) {
                        char n = group.charAt((k + 1 + r.nextInt(group.length() - 1)) % group.length());
                        return s.substring(0, i) + n + s.substring(i + 1);
                    }
                }
                return s.substring(0, i) + s.substring(i + 1);
            }
            case 1 -> {
                return s.substring(0, i) + s.substring(i + 1);
            }
            default -> {
                if (i + 1 < s.length() && s.charAt(i + 1) != ' ') {
                    return s.substring(0, i) + s.charAt(i + 1) + c + s.substring(i + 2);
                }
                return s;
            }
        }
    }

    /** The same Arabic name in another orthography: hamza, ta marbuta, alef maqsura, diacritics, tatweel, عبد, ال. */
    static String arabicOrthography(String s, SplittableRandom r) {
        String out = s;
        int changes = 1 + r.nextInt(3);
        for (int k = 0; k < changes; k++) {
            switch (r.nextInt(9)) {
                case 0 -> out = out.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا');
                case 1 -> out = out.startsWith("ا") ? (r.nextBoolean() ? "أ" : "إ") + out.substring(1) : out;
                case 2 -> out = out.replace('ة', 'ه');
                case 3 -> out = out.replace('ى', 'ي').replaceAll("ي$", r.nextBoolean() ? "ى" : "ي");
                case 4 -> {
                    if (out.length() > 2) {
                        int i = 1 + r.nextInt(out.length() - 1);
                        out = out.substring(0, i) + "\u064E\u0651".charAt(r.nextInt(2)) + out.substring(i);
                    }
                }
                case 5 -> {
                    if (out.length() > 3) {
                        int i = 1 + r.nextInt(out.length() - 2);
                        out = out.substring(0, i) + "ـ" + out.substring(i);
                    }
                }
                case 6 -> out = out.startsWith("عبد ") ? "عبد" + out.substring(4) : out.startsWith("عبد") ? "عبد " + out.substring(3) : out;
                case 7 -> out = out.startsWith("ال") && out.length() > 4 ? out.substring(2) : out;
                default -> out = out.replace("ئ", "ي").replace("ؤ", "و").replace("ء", "");
            }
        }
        return out;
    }

    /** A nickname, abbreviation or short form of a given name, as people give them. */
    static String nickname(String given, SplittableRandom r) {
        String g = given.toLowerCase();
        if (g.startsWith("moh") || g.startsWith("muh") || g.startsWith("mah") || g.startsWith("mam")) {
            return new String[] {"Md.", "Mohd", "Hamada", "Mhd", "Muhd", "Mido"}[r.nextInt(6)];
        }
        if (g.startsWith("abdal") || g.startsWith("abdul") && g.contains("lah") || g.startsWith("abdoulaye")) {
            return new String[] {"Abdo", "Abdou", "Abdu"}[r.nextInt(3)];
        }
        if (g.contains("aziz")) {
            return "Zizo";
        }
        if (g.startsWith("abu") || g.startsWith("abou") || g.startsWith("bouba") || g.startsWith("abak")) {
            return new String[] {"Bakary", "Abakar", "Boubakar"}[r.nextInt(3)];
        }
        if (g.startsWith("ahm")) {
            return new String[] {"Amadou", "Ahmadou"}[r.nextInt(2)];
        }
        if (g.startsWith("fat")) {
            return new String[] {"Fatouma", "Fatoumata", "Fatma"}[r.nextInt(3)];
        }
        return respell(given, r);
    }

    static String arabicShortForm(String given, SplittableRandom r) {
        if (given.equals("محمد")) {
            return new String[] {"حمادة", "امحمد", "محمّد"}[r.nextInt(3)];
        }
        if (given.equals("عبدالله")) {
            return "عبدو";
        }
        return arabicOrthography(given, r);
    }

    private static final char[] ARABIC_INDIC = {'٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'};

    /** The same phone written another way. */
    static String phoneFormat(String international, SplittableRandom r) {
        if (international.isEmpty()) {
            return international;
        }
        String s;
        if (international.startsWith("218")) {
            String national = international.substring(3);
            s = switch (r.nextInt(6)) {
                case 0 -> "+218 " + national.substring(0, 2) + " " + national.substring(2, 5) + " " + national.substring(5);
                case 1 -> "00218" + national;
                case 2 -> "0" + national.substring(0, 2) + "-" + national.substring(2, 5) + "-" + national.substring(5);
                case 3 -> "0" + national;
                case 4 -> national.substring(0, 2) + " " + national.substring(2);
                default -> "(0" + national.substring(0, 2) + ") " + national.substring(2);
            };
        } else {
            s = r.nextBoolean() ? "+" + international.substring(0, 3) + " " + international.substring(3) : "00" + international;
        }
        if (r.nextDouble() < 0.25) {
            StringBuilder b = new StringBuilder(s.length());
            for (char c : s.toCharArray()) {
                b.append(c >= '0' && c <= '9' ? ARABIC_INDIC[c - '0'] : c);
            }
            s = b.toString();
        }
        return s;
    }

    /** The same document number written another way: spaces, dashes, case, a lost letter prefix, Arabic digits. */
    static String documentFormat(String number, SplittableRandom r) {
        return switch (r.nextInt(5)) {
            case 0 -> number.length() > 4 ? number.substring(0, 3) + " " + number.substring(3) : number;
            case 1 -> number.length() > 6 ? number.substring(0, 2) + "-" + number.substring(2, 6) + "-" + number.substring(6) : number;
            case 2 -> number.toLowerCase();
            case 3 -> number.replaceFirst("^[A-Z]+-?", "");
            default -> {
                StringBuilder b = new StringBuilder();
                for (char c : number.toCharArray()) {
                    b.append(c >= '0' && c <= '9' ? ARABIC_INDIC[c - '0'] : c);
                }
                yield b.toString();
            }
        };
    }
}
