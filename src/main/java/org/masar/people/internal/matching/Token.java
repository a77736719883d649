package org.masar.people.internal.matching;

import java.util.Set;
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

    /**
     * An Arabic word of the table that clerks also write for a name of another group ({@code also}, or null): its
     * second group, kept as a rendering of the word's own skeleton with no text of its own.
     */
    static Token of(@Nullable String group, String skeleton, String text, @Nullable String also) {
        return also == null || also.equals(group)
                ? of(group, skeleton, text)
                : new Token(group, skeleton, text, also, skeleton, null);
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

    /**
     * The other-script rendering's key form, or another reading's (a Latin v read as و, a di before a vowel as j, a
     * first rh as gh; an Arabic word outside the table as the group of the Latin spelling it is written as), or null
     * when it adds nothing.
     */
    @Nullable
    String keyForm2() {
        if (group != null) {
            return group2 == null ? null : keyForm(group2, skeleton);
        }
        if (skeleton2 == null && arabic(text)) {
            // راماتو is written as Ramatou is said, a spelling of the table's Rahma: keyed only by its own skeleton,
            // it would share no key with the Latin, which keys by Rahma's
            String spelled = NameDictionary.groupOfLatinSkeleton(skeleton);
            return spelled == null ? null : keyForm(spelled, skeleton);
        }
        if (skeleton2 == null && !arabic(text) && text.indexOf('v', 1) > 0) {
            // a Latin word outside the table with a v inside, as the comparison reads it too ({@link #otherReading})
            return keyForm(null, Names.latinSkeleton(vAsWaw(text)));
        }
        String j = skeleton2 == null && !arabic(text) ? diAsJ(text) : null;
        if (j != null) {
            // a di before a vowel read as j, as the comparison reads it too ({@link #diAsJ})
            return keyForm(null, Names.latinSkeleton(j));
        }
        String gh = skeleton2 == null && !arabic(text) ? rhAsGh(text) : null;
        if (gh != null) {
            // a first rh read as the غ it writes, as the comparison reads it too ({@link #rhAsGh})
            return keyForm(null, Names.latinSkeleton(gh));
        }
        return skeleton2 == null ? null : keyForm(null, skeleton2);
    }

    /**
     * How alike two words are, 0..1. One group: 1. Two different groups: at most 0.55 (Mohamed is not Mahmoud). Both
     * typed in Arabic: the Arabic letters themselves decide (the long vowels tell هويدا from هدى, which the skeleton
     * cannot), a letter a clerk hears two ways read one way outside the table ({@link #heardAlike}). Both typed in
     * Latin: the better of skeleton and spelling. Across scripts: the skeleton. A Latin word outside the table is also
     * read with its di before a vowel as a j ({@link #diAsJ}), without a joined article ({@link #afterArticle}) and
     * with a first rh as gh ({@link #rhAsGh}).
     */
    static double similarity(Token a, Token b) {
        double s = asWritten(a, b);
        if (s < 1) {
            s = Math.max(s, asRead(reading(a, Token::diAsJ), b));
            s = Math.max(s, asRead(a, reading(b, Token::diAsJ)));
            s = Math.max(s, asRead(reading(a, Token::afterArticle), b));
            s = Math.max(s, asRead(a, reading(b, Token::afterArticle)));
            s = Math.max(s, asRead(reading(a, Token::rhAsGh), b));
            s = Math.max(s, asRead(a, reading(b, Token::rhAsGh)));
        }
        return s;
    }

    private static double asRead(@Nullable Token a, @Nullable Token b) {
        return a == null || b == null ? 0 : asWritten(a, b);
    }

    private static double asWritten(Token a, Token b) {
        if (a.group != null && b.group != null) {
            if (sameGroup(a, b)) {
                return 1;
            }
            return Math.min(0.55, skeletons(a, b));
        }
        String arA = arabicForm(a);
        String arB = arabicForm(b);
        String latA = latinText(a);
        String latB = latinText(b);
        double s = -1;
        if (arA != null && arB != null) {
            s = arabicText(arA, arB);
            // (two Arabic spellings outside the table, though a word's Latin may be a name of the table: زارا / Zara
            // against زارة)
            if (s < HEARD_ALIKE && NameDictionary.arabic(arA) == null && NameDictionary.arabic(arB) == null) {
                s = Math.max(s, heardAlike(arA, arB));
            }
        }
        if (latA != null && latB != null) {
            String skA = arabic(a.text) ? a.skeleton2 : a.skeleton;
            String skB = arabic(b.text) ? b.skeleton2 : b.skeleton;
            boolean servants = servantsOfTwo(latA, latB, skA, skB);
            if (servants) {
                // two compounds of Abd: the Abd they share says nothing of whose servant (Abdelaal, Abdelsalam), yet
                // would lift a spelling's likeness on its own; the names after it are compared
                latA = latA.substring(3);
                latB = latB.substring(3);
                skA = skA.substring(2);
                skB = skB.substring(2);
            }
            double jw = JaroWinkler.similarity(latA, latB);
            double sk = skA == null || skB == null ? 0 : Skeletons.similarity(skA, skB);
            // the same consonants spelt with quite other vowels (Sumon, Osman) are less telling within one script
            // (but the very same consonants from the same first letter are one name spelt two ways: Heleema, Halima;
            // Qusai, Kusay, whose q and k are one ق; and so are the same vowels around a letter that spellings write
            // two ways: Kadhim, Kazem; Hegazy, Hijazi)
            boolean sameStart = sk == 1
                    && (servants || skA.length() >= 2)
                    && (latA.charAt(0) == latB.charAt(0) || !vowel(latA.charAt(0)) && !vowel(latB.charAt(0)));
            // (and so is one word in French and English spelling, whose ou is u: Oumou, Umu; Koulibali, Kulibali)
            boolean trusted = jw >= 0.8
                    || sameStart
                    || oneLetterSpeltTwoWays(latA, latB, skA, skB)
                    || latA.replace("ou", "u").equals(latB.replace("ou", "u"));
            double lat = Math.max(latinText(latA, latB), trusted ? sk : Math.min(sk, 0.78));
            s = Math.max(s, lat);
            if (s < SLIP_OF_A_KNOWN_NAME && (a.group == null) != (b.group == null)) {
                s = Math.max(s, slipOfAKnownName(a.group == null ? latA : latB, a.group == null ? b.group : a.group));
            }
            // a word outside the table also written in Arabic, which the other is not: that Arabic against the other's
            // Latin, as it would be were it written in Arabic alone (الشاوش / Chaouch against Shawish: the Arabic tells
            // what Chaouch spells). Not for names of the table, whose spellings are known: there the Latin is the
            // better witness (إسماعيل / Ismail is no Samuel, شيماء / Shaimaa no Sumaya, though the skeletons agree)
            // (not two compounds of Abd compared after it: the Abd the skeletons share would lift them again)
            boolean outsideTheTable = a.group == null && b.group == null && !servants;
            if (outsideTheTable && arA != null && arB == null && skB != null) {
                s = Math.max(s, Skeletons.similarity(arabic(a.text) ? a.skeleton : a.skeleton2, skB));
            } else if (outsideTheTable && arB != null && arA == null && skA != null) {
                s = Math.max(s, Skeletons.similarity(arabic(b.text) ? b.skeleton : b.skeleton2, skA));
            }
        }
        return s >= 0 ? s : acrossScripts(a, b);
    }

    /**
     * How alike a Latin word outside the table of five letters or more is to a name of the table one of whose spellings
     * it is but for one letter added, lost, changed or two swapped after the first (Othan, Othman; Mosyafa, Mostafa):
     * the name mistyped, in whatever field. Another name of the table is not: its group says what it is.
     */
    private static double slipOfAKnownName(String latin, String group) {
        if (latin.length() < 5) {
            return 0;
        }
        for (String spelling : NameDictionary.latinSpellings(group)) {
            // from the same first letter: a first letter changed makes another name more often than a slip does
            // (Safiq, Rafiq)
            // (and of a length one apart at most, before the edit distance: this runs in every comparison)
            if (spelling.charAt(0) == latin.charAt(0)
                    && Math.abs(spelling.length() - latin.length()) <= 1
                    && Skeletons.levenshtein(latin, spelling) == 1) {
                return SLIP_OF_A_KNOWN_NAME;
            }
        }
        return 0;
    }

    private static final double SLIP_OF_A_KNOWN_NAME = 0.85;

    /**
     * Across scripts: the skeletons, also with each consonant written twice in a row written once — and for a Latin
     * word outside the table, also its other readings ({@link #otherReading}).
     */
    private static double acrossScripts(Token a, Token b) {
        double s = skeletons(a, b);
        if (s < 1) {
            // a compound joined in Arabic keeps the letter the article's sun letter doubles, where the Latin writes it
            // once (عماد الدين, عماددين; Emadeddin, Saadeddine)
            String once = NameDictionary.undoubled(a.skeleton);
            String otherOnce = NameDictionary.undoubled(b.skeleton);
            if (!once.equals(a.skeleton) || !otherOnce.equals(b.skeleton)) {
                s = Math.max(s, Skeletons.similarity(once, otherOnce));
            }
        }
        if (s < 1 && a.group == null && !arabic(a.text)) {
            s = Math.max(s, otherReading(a.text, b.skeleton));
        }
        if (s < 1 && b.group == null && !arabic(b.text)) {
            s = Math.max(s, otherReading(b.text, a.skeleton));
        }
        // an Arabic word outside the table against a Latin name of the table: as it would be against that name's
        // Arabic spellings, one slip apart (محمذ against Mohamed as against محمد), as a Latin slip is ({@link
        // #slipOfAKnownName})
        if (s < SLIP_OF_A_KNOWN_NAME && a.group == null && b.group != null && arabic(a.text)) {
            s = Math.max(s, slipInArabic(a.text, b.group));
        } else if (s < SLIP_OF_A_KNOWN_NAME && b.group == null && a.group != null && arabic(b.text)) {
            s = Math.max(s, slipInArabic(b.text, a.group));
        }
        return s;
    }

    /** How alike an Arabic word is to the nearest Arabic spelling of a name of the table, one slip apart; else 0. */
    private static double slipInArabic(String arabic, String group) {
        double s = 0;
        for (String spelling : NameDictionary.arabicSpellings(group)) {
            if (Math.abs(spelling.length() - arabic.length()) <= 1 && Skeletons.levenshtein(spelling, arabic) == 1) {
                s = Math.max(s, arabicText(1, Math.max(spelling.length(), arabic.length())));
            }
        }
        return s;
    }

    /**
     * A Latin word outside the table with each di before a vowel read as the j that anglophone West Africa writes for
     * it and Arabic clerks hear (Diatta, Jatta; Ndiaye, Njie; Sadio, Sajo; Diarra, جارا), or null if it has none. Only
     * outside the table: Nadia is not Naja, and the table already knows Diallo for Jalloh.
     */
    static @Nullable String diAsJ(String latin) {
        int i = latin.indexOf("di");
        if (i < 0) {
            return null;
        }
        StringBuilder out = new StringBuilder(latin.length());
        int from = 0;
        for (; i >= 0; i = latin.indexOf("di", i + 2)) {
            if (i + 2 < latin.length() && vowel(latin.charAt(i + 2))) {
                out.append(latin, from, i).append('j');
                from = i + 2;
            }
        }
        return from == 0 ? null : out.append(latin, from, latin.length()).toString();
    }

    /**
     * A Latin word outside the table that begins with al or el joined before a vowel, read without it, as the article
     * it often is (Elobeidi, Al-Obeidi; Alansari, Ansari), or null. The word as written is compared too: Aliou and
     * Elena are no articles.
     */
    static @Nullable String afterArticle(String latin) {
        return (latin.startsWith("al") || latin.startsWith("el")) && latin.length() >= 6 && vowel(latin.charAt(2))
                ? latin.substring(2)
                : null;
    }

    /**
     * A Latin word outside the table that begins with rh before a vowel read with gh, the غ that French transcription
     * in the Sahel writes so (Rhissa, غيسة, Ghissa; Rhaly, غالي), or null.
     */
    static @Nullable String rhAsGh(String latin) {
        return latin.startsWith("rh") && latin.length() >= 4 && vowel(latin.charAt(2))
                ? "g" + latin.substring(1)
                : null;
    }

    /**
     * A Latin word outside the table as Bengali names are written two ways, read one way: sh as s and z as j, which
     * Bangladeshi spellings write for one letter each (Shumon, Sumon; Shamim Reza, Samim Reja; Zahidul, Jahidul); or
     * null when it has neither. For Bangladeshi nationals only ({@link DuplicateEngine#bengali}): elsewhere Shadia is
     * no Sadia.
     */
    static @Nullable String bengaliReading(String latin) {
        if (latin.indexOf('z') < 0 && !latin.contains("sh")) {
            return null;
        }
        return latin.replace("sh", "s").replace('z', 'j');
    }

    /** The key form of this word read as Bengali names are ({@link #bengaliReading}), or null when it reads as it is. */
    @Nullable
    String bengaliKeyForm() {
        Token read = reading(this, Token::bengaliReading);
        return read == null ? null : read.keyForm();
    }

    /**
     * How alike two words are, each read as Bengali names are ({@link #bengaliReading}); 0 when neither reads
     * otherwise.
     */
    static double bengaliSimilarity(Token a, Token b) {
        Token readA = reading(a, Token::bengaliReading);
        Token readB = reading(b, Token::bengaliReading);
        if (readA == null && readB == null) {
            return 0;
        }
        return asWritten(readA == null ? a : readA, readB == null ? b : readB);
    }

    /** A Latin word outside the table as another reading of it reads it, as a word of its own, or null. */
    private static @Nullable Token reading(Token t, java.util.function.Function<String, @Nullable String> read) {
        if (t.group != null || t.text2 != null || arabic(t.text)) {
            return null;
        }
        String other = read.apply(t.text);
        return other == null ? null : Token.of(null, Names.latinSkeleton(other), other);
    }

    /** A Latin word with each v after its first letter read as the و Persian and Urdu write for it (Javed, جاويد). */
    private static String vAsWaw(String latin) {
        return latin.charAt(0) + latin.substring(1).replace('v', 'w');
    }

    /**
     * How alike a Latin word's other readings are to an Arabic word's skeleton: with a th, dh or sh between vowels read
     * as two letters, which it often is (Fathia, فتحية; Medhanie, مدهاني; Ishaaq, إسحاق), where the skeleton reads one
     * (ث, ذ, ش); and with a v inside the word read as the و that Persian and Urdu write for it (Parveen, پروین; Javed,
     * جاوید), where the skeleton reads the ف of Kevin; with a first ts read as the ص Arabic writes for the Tigrinya ጸ
     * (Tsegay, صقاي), where the skeleton reads ت and س; with a first al or el before a vowel read as the article
     * (Alansari, الأنصاري), which the Latin reading keeps there (Aliou, Alex are no articles); and with a first rh read
     * as gh ({@link #rhAsGh}).
     */
    private static double otherReading(String latin, String arabicSkeleton) {
        double s = 0;
        String split = digraphsSplit(latin);
        if (split != null) {
            s = Skeletons.similarity(Names.latinSkeleton(split), arabicSkeleton);
        }
        if (latin.indexOf('v', 1) > 0) {
            String w = vAsWaw(latin);
            s = Math.max(s, Skeletons.similarity(Names.latinSkeleton(w), arabicSkeleton));
        }
        if (latin.startsWith("ts") && latin.length() >= 4) {
            s = Math.max(s, Skeletons.similarity(Names.latinSkeleton(latin.substring(1)), arabicSkeleton));
        }
        String rest = afterArticle(latin);
        if (rest != null) {
            s = Math.max(s, Skeletons.similarity(Names.latinSkeleton(rest), arabicSkeleton));
        }
        String gh = rhAsGh(latin);
        if (gh != null) {
            s = Math.max(s, Skeletons.similarity(Names.latinSkeleton(gh), arabicSkeleton));
        }
        return s;
    }

    /** The word with an apostrophe between the letters of each th, dh or sh between vowels, or null if none. */
    private static @Nullable String digraphsSplit(String latin) {
        StringBuilder out = null;
        for (int i = 1; i + 2 < latin.length(); i++) {
            char c = latin.charAt(i);
            if ((c == 't' || c == 'd' || c == 's')
                    && latin.charAt(i + 1) == 'h'
                    && vowel(latin.charAt(i - 1))
                    && vowel(latin.charAt(i + 2))) {
                if (out == null) {
                    out = new StringBuilder(latin);
                }
                out.insert(i + 1 + (out.length() - latin.length()), '\'');
            }
        }
        return out == null ? null : out.toString();
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /**
     * How alike a given name and the everyday short form it is called by are ({@link #everydayShortForm}): enough to
     * match as a given name, less than one name spelt two ways.
     */
    static final double EVERYDAY_SHORT_FORM = 0.85;

    private static final Set<String> ABDO = Set.of("abdo", "abdu", "abduh", "abdou", "عبدو", "عبده");
    private static final Set<String> HAMADA = Set.of("hamada", "hamouda", "hammouda", "hamooda", "حماده", "حموده");
    private static final Set<String> HAMADA_STANDS_FOR = Set.of("ahmed", "mahmoud", "hamid");
    private static final Set<String> LAYE = Set.of("laye", "ablaye", "لاي", "ابلاي");

    /**
     * Whether one of two given names, not one name, is the everyday short form the other is called by: Abdo (عبدو,
     * عبده, and Abdou as Niger writes it) for any name in Abd (Abdelaziz, Abdoulaziz, عبد الرؤوف), which the table can
     * only read as Abdallah; Hamada (حمادة, Hamouda) for Ahmed, Mahmoud or Hamid, which it reads as Mohamed; Laye and
     * Ablaye (لاي) for Abdoulaye, as Senegal, Gambia and Guinea call him; and a compound of al-Din for its first word
     * (صلاح, صلاح الدين; Nour, Noureddine). One word each, as typed.
     */
    static boolean everydayShortForm(Token a, Token b) {
        return calledBy(a, b) || calledBy(b, a);
    }

    private static boolean calledBy(Token shortForm, Token name) {
        if (ABDO.contains(shortForm.text) || shortForm.text2 != null && ABDO.contains(shortForm.text2)) {
            return !"abdallah".equals(name.group) && name.skeleton.startsWith("BD") && name.skeleton.length() > 2;
        }
        if (HAMADA.contains(shortForm.text) || shortForm.text2 != null && HAMADA.contains(shortForm.text2)) {
            return name.group != null && HAMADA_STANDS_FOR.contains(name.group);
        }
        if (LAYE.contains(shortForm.text) || shortForm.text2 != null && LAYE.contains(shortForm.text2)) {
            return "abdallah".equals(name.group);
        }
        // a compound of al-Din called by its first word, in one script (صلاح for صلاح الدين; Nour for Noureddine)
        String whole = name.text;
        return whole.length() == shortForm.text.length() + 3
                && shortForm.text.length() >= 3
                && (whole.endsWith("دين") || whole.endsWith("din"))
                && whole.startsWith(shortForm.text);
    }

    /**
     * Whether one Latin given name is the other cut short, as people call each other and give their name to a
     * counsellor or a neighbour: the start of the long one before its last vowels (Yordi for Yordanos, Mesi for
     * Meseret, Osas for Osasumwen, Temi for Temitope, Balki for Balkissa), three letters at least, or the short one
     * whole, three letters at least (Efe for Efemena, Ike for Ikechukwu, Uyi for Uyiosa), or its pet form (Bukky for
     * Bukola, Debby for Deborah: a first syllable, its consonant doubled before -y or -ie); or its end, four letters at
     * least (Amaka for Chiamaka, Brahima for Ibrahima, Tope for Temitope, Tega for Oghenetega). The short one is no
     * name of the table (Ali is not Alhassan cut short) and the long one two letters longer at least (Amin,
     * Amina; Zaina, Zainab are names of their own); or its start after a first vowel the name is said without (Mina for
     * Aminata), or a first syllable said twice (Zouzou for Zeinab, Nunu for Nour: the first letter). Where one of them
     * has no Latin, their consonants: three or more of the short one's the start of the other's (فولاكي, Folakemi).
     * Brothers may bear names of one start (Tesfay, Tesfamariam), so this alone never makes two names one.
     */
    static boolean cutShort(Token a, Token b) {
        return cutShortOf(a, b) || cutShortOf(b, a);
    }

    private static boolean cutShortOf(Token shortForm, Token name) {
        // the Latin of each, typed alone or beside the Arabic (تيمي / Temi)
        String cut = latinText(shortForm);
        String whole = latinText(name);
        if (shortForm.group != null) {
            return false;
        }
        if (cut != null && syllableTwice(cut)) {
            // a pet form of a first syllable said twice (Zouzou for Zeinab, Nunu for Nour, Mimi for Mariam): the name's
            // first letter, or across scripts its first consonant
            return whole != null
                    ? whole.charAt(0) == cut.charAt(0)
                    : startsWith(name.skeleton, shortForm.skeleton.charAt(0))
                            || startsWith(name.skeleton2, shortForm.skeleton.charAt(0));
        }
        if (cut == null || whole == null) {
            // across scripts, the consonants: three or more of the short one's the start of the other's (فولاكي,
            // Folakemi)
            String consonants = shortForm.skeleton;
            return consonants.length() >= 3
                    && (startsLonger(name.skeleton, consonants) || startsLonger(name.skeleton2, consonants));
        }
        int pet = petStart(cut);
        if (pet >= 3 && whole.length() >= pet + 3 && whole.regionMatches(0, cut, 0, pet)) {
            return true;
        }
        if (whole.length() < cut.length() + 2) {
            return false;
        }
        // its start: the short one without its last vowels (Yordi, Yord), compared in place, as comparisons are many
        int start = cut.length();
        while (start > 0 && "aeiouy".indexOf(cut.charAt(start - 1)) >= 0) {
            start--;
        }
        return start >= 3 && whole.regionMatches(0, cut, 0, start)
                || cut.length() >= 3 && whole.startsWith(cut)
                || cut.length() >= 4 && whole.endsWith(cut)
                // or its start after a first vowel the name is said without (Mina for Aminata)
                || start >= 3 && cut.length() >= 4 && vowel(whole.charAt(0)) && whole.regionMatches(1, cut, 0, start);
    }

    /** Whether a Latin word is one syllable said twice, a consonant and its vowels (Zouzou, Nunu, Mimi, Lulu). */
    private static boolean syllableTwice(String word) {
        int half = word.length() / 2;
        return word.length() >= 4
                && word.length() % 2 == 0
                && !vowel(word.charAt(0))
                && vowel(word.charAt(1))
                && word.regionMatches(0, word, half, half);
    }

    private static boolean startsWith(@Nullable String consonants, char first) {
        return consonants != null && !consonants.isEmpty() && consonants.charAt(0) == first;
    }

    /**
     * The length of an English-style pet form's stem: its first syllable, its last consonant doubled before -y or -ie
     * (Bukky for Bukola, Debby for Deborah, Jenny for Jennifer); 0 for any other word.
     */
    private static int petStart(String cut) {
        int end = cut.endsWith("ie") ? cut.length() - 2 : cut.endsWith("y") ? cut.length() - 1 : -1;
        if (end < 4 || cut.charAt(end - 1) != cut.charAt(end - 2) || "aeiouy".indexOf(cut.charAt(end - 1)) >= 0) {
            return 0;
        }
        return end - 1;
    }

    private static boolean startsLonger(@Nullable String consonants, String start) {
        return consonants != null && consonants.length() > start.length() && consonants.startsWith(start);
    }

    /**
     * Whether both Latin words are compounds of Abd with a name after it, as normalised (abdaal, abdsalam), whose names
     * after it are two consonants or more apart: another servant's name (L, SLM), where a slip or a spelling changes a
     * consonant at most (Abdelrahnan, Abdelrahman; Abdelrazeg, Abdulrazzaq, as the east says ق).
     */
    private static boolean servantsOfTwo(String latA, String latB, @Nullable String skA, @Nullable String skB) {
        return latA.length() > 4
                && latB.length() > 4
                && latA.startsWith("abd")
                && latB.startsWith("abd")
                && skA != null
                && skB != null
                && skA.length() > 2
                && skB.length() > 2
                && skA.startsWith("BD")
                && skB.startsWith("BD")
                && Skeletons.levenshtein(skA.substring(2), skB.substring(2)) >= 2;
    }

    /** Whether both words are names of the table and not one name: their {@link #similarity} is at most 0.55. */
    static boolean differentNames(Token a, Token b) {
        return a.group != null && b.group != null && !sameGroup(a, b);
    }

    /**
     * Whether two words are one name as written, not merely alike: one group of the table, or the same normalised
     * text. Masculine and feminine forms share a skeleton (سالم, سالمة; Karim, Karima; أسامة, Samia), so a skeleton
     * never says it.
     */
    static boolean sameWord(Token a, Token b) {
        if (a.group != null && b.group != null) {
            return sameGroup(a, b);
        }
        return sameText(a, b);
    }

    /** Whether two words are written alike, letter for letter, in a script both were typed in. */
    static boolean sameText(Token a, Token b) {
        return a.text.equals(b.text)
                || a.text.equals(b.text2)
                || b.text.equals(a.text2)
                || (a.text2 != null && a.text2.equals(b.text2));
    }

    private static boolean sameGroup(Token a, Token b) {
        boolean one = a.group.equals(b.group)
                || a.group.equals(b.group2)
                || (a.group2 != null && (a.group2.equals(b.group) || a.group2.equals(b.group2)));
        return one && !twoNamesInArabic(a, b);
    }

    /**
     * Whether both words are written in Arabic as two names that Latin spells alike and the table therefore keeps in
     * one group (صالح and صلاح, both Salah; سالم and سليم; آمنة and أمينة): in Arabic they are two names, which
     * brothers and sisters, twins among them, are given.
     */
    private static boolean twoNamesInArabic(Token a, Token b) {
        String arA = arabicForm(a);
        String arB = arabicForm(b);
        if (arA == null || arB == null || arA.equals(arB)) {
            return false;
        }
        String nameA = NameDictionary.arabicName(arA);
        String nameB = NameDictionary.arabicName(arB);
        return nameA != null && nameB != null && !nameA.equals(nameB);
    }

    /**
     * Whether two words of one script that are not one name are one typing slip apart: in Arabic, one letter written
     * for another that differs from it only by its dots (رشا, رسا; the keyboard and handwriting confuse them) or that
     * sounds like it (الصادق, السادق), two letters swapped, or one consonant lost or added in a word of three letters
     * or more (جمعة, جعة; هند, هد: a word of two letters is seldom a name) — but never a long vowel ا و ي added, lost
     * or changed, which makes another name (سعد, سعود; حسن, حسين), unless one is a name of the table and the other is
     * that name with a letter lost (خالد, خلد) or one of the same shape or sound (غسان, غساي); in Latin, one letter
     * added, lost, changed or two swapped in a word of five letters or more (four when one is a name of the table and
     * the other is not: Musa, Muaa). Two names of the table are never a slip. A long vowel is one, though, between two
     * Arabic words of the same consonants of which at most one is of the table ({@link #oneNameInArabic}: كيبيدي, كبدي;
     * ماهمود, محمود); and so, across scripts, is a first h that one of two words outside the table does not say (هلين,
     * Elen).
     */
    static boolean slip(Token a, Token b) {
        if (a.group != null && b.group != null) {
            return false;
        }
        if (arabic(a.text) && arabic(b.text) && a.skeleton.equals(b.skeleton) && oneNameInArabic(a, b)) {
            return true;
        }
        if (a.group == null && b.group == null && oneFirstHApart(a, b)) {
            return true;
        }
        if (arabic(a.text) && arabic(b.text)) {
            // a name of the table against a shorter word that is not, one letter lost (خالد, خلد; زينب, زنب), or one
            // with a letter of the same shape (غسان, غساي): the name mistyped — but not a longer word (سعد, سعود)
            String known = a.group != null ? a.text : b.group != null ? b.text : null;
            String other = known == null ? null : known == a.text ? b.text : a.text;
            return known != null && slipOfAName(known, other) || arabicSlip(a.text, b.text);
        }
        if (!arabic(a.text) && !arabic(b.text)) {
            // five letters or more; or four when one is a name of the table and the other is not (Musa, Muaa)
            int n = Math.max(a.text.length(), b.text.length());
            boolean known = (a.group != null) != (b.group != null);
            return (n >= 5 || (known && n >= 4)) && Skeletons.levenshtein(a.text, b.text) == 1;
        }
        // across scripts: a Latin word outside the table one slip from a spelling of the other's name of the table
        // (Mohamemd against محمد), as it would be against that spelling typed in Latin
        Token latin = !arabic(a.text) ? a : b;
        Token other = latin == a ? b : a;
        if (latin.group == null && other.group != null && latin.text.length() >= 5) {
            for (String spelling : NameDictionary.latinSpellings(other.group)) {
                if (Skeletons.levenshtein(latin.text, spelling) == 1) {
                    return true;
                }
            }
        }
        // and an Arabic word outside the table against the Arabic spellings of the other's name of the table (غلي
        // against Ali, as against علي)
        if (other.group == null && latin.group != null) {
            for (String spelling : NameDictionary.arabicSpellings(latin.group)) {
                if (slipOfAName(spelling, other.text) || arabicSlip(spelling, other.text)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether two Latin words outside the table are two typing slips apart, four letters or more, with the same
     * consonants or one of them lost (Ifeanyi, Ieanyi; Ivie, Ivy): too far apart for {@link #slip} to call them one name
     * on a phone and an age, near enough to on the very same day of birth and one phone, which twins share. Twins are
     * given names that differ by a consonant (Ebuka and Ebube, Tobi and Tolu), not by a vowel or a letter lost.
     */
    static boolean nearSlip(Token a, Token b) {
        if (a.group != null
                || b.group != null
                || arabic(a.text)
                || arabic(b.text)
                || Math.max(a.text.length(), b.text.length()) < 4
                || Skeletons.levenshtein(a.text, b.text) > 2) {
            return false;
        }
        return a.skeleton.equals(b.skeleton)
                || Math.abs(a.skeleton.length() - b.skeleton.length()) == 1
                        && Skeletons.levenshtein(a.skeleton, b.skeleton) == 1;
    }

    /**
     * Whether two Arabic words of the same consonants, not both of the table, are one name written with and without its
     * vowels, two letters apart or more: a name from another language, as clerks write a name their language does not
     * spell (كيبيدي, كبدي: Kebede; مداسر, مودسر: Mudassar), three consonants or more; or a name of the table of four
     * consonants or more written back into Arabic from its Latin spelling, with more letters than the name (ماهمود for
     * محمود, from Mahmoud). One long vowel apart, they are two Arabic names as often as not, the table's or not (ملاك
     * and ملك, twin sisters Malak and Malek); a shorter word with the consonants of a name of the table may be a name
     * the table lacks.
     */
    private static boolean oneNameInArabic(Token a, Token b) {
        if (Skeletons.levenshtein(a.text, b.text) < 2) {
            return false;
        }
        if (a.group == null && b.group == null) {
            return a.skeleton.length() >= 3;
        }
        Token known = a.group != null ? a : b;
        Token other = known == a ? b : a;
        return known.skeleton.length() >= 4 && other.text.length() > known.text.length();
    }

    /**
     * Whether a word in Arabic and one in Latin have the same consonants but for a first h one of them does not say
     * (هلين, Elen): the h is heard, or not, by the clerk. Two consonants at least after it, or too many names would be
     * one.
     */
    private static boolean oneFirstHApart(Token a, Token b) {
        if (arabic(a.text) == arabic(b.text)) {
            return false;
        }
        String x = withoutFirstH(a.skeleton);
        String y = withoutFirstH(b.skeleton);
        return x.length() >= 2 && x.equals(y) && !a.skeleton.equals(b.skeleton);
    }

    private static String withoutFirstH(String skeleton) {
        return skeleton.startsWith("H") ? skeleton.substring(1) : skeleton;
    }

    /**
     * Whether an Arabic word outside the table is an Arabic name of the table with one letter lost (خالد, خلد; زينب,
     * زنب) or one of the same shape written for another (غسان, غساي): the name mistyped. Not a longer word (سعد, سعود).
     */
    private static boolean slipOfAName(String known, String other) {
        if (known.length() < 3
                || Math.abs(known.length() - other.length()) > 1
                || Skeletons.levenshtein(known, other) != 1) {
            return false;
        }
        if (other.length() < known.length()) {
            return true;
        }
        if (other.length() == known.length()) {
            for (int i = 0; i < known.length(); i++) {
                if (known.charAt(i) != other.charAt(i)) {
                    return confused(known.charAt(i), other.charAt(i)) || arabicSlip(known, other);
                }
            }
        }
        return false;
    }

    private static final String LONG_VOWELS = "اويى";
    /**
     * Letters written for one another: of one shape, told apart by their dots only (the keyboard and handwriting
     * confuse them), or of one sound in Libyan and other spoken Arabic, where ض and ظ, ص and س, ط and ت, ث and ت or
     * س, ذ and ز, ح and ه are heard alike (الصادق, السادق; ظافر, ضافر).
     */
    private static final String[] CONFUSED_LETTERS = {
        "بتثني", "جحخ", "دذ", "رز", "سش", "صض", "طظ", "عغ", "فق", "سصث", "تطث", "ضظ", "ذز", "حه"
    };

    private static boolean arabicSlip(String a, String b) {
        if (a.length() == b.length()) {
            int first = -1;
            int second = -1;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (first < 0) {
                        first = i;
                    } else if (second < 0) {
                        second = i;
                    } else {
                        return false;
                    }
                }
            }
            if (first < 0) {
                return false;
            }
            if (second < 0) {
                return confusedConsonants(a.charAt(first), b.charAt(first));
            }
            return second == first + 1 && a.charAt(first) == b.charAt(second) && a.charAt(second) == b.charAt(first);
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.length() != shorter.length() + 1 || longer.length() < 3) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
            i++;
        }
        return longer.substring(i + 1).equals(shorter.substring(i)) && LONG_VOWELS.indexOf(longer.charAt(i)) < 0;
    }

    private static boolean confused(char x, char y) {
        for (String family : CONFUSED_LETTERS) {
            if (family.indexOf(x) >= 0 && family.indexOf(y) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean confusedConsonants(char x, char y) {
        return confused(x, y) && LONG_VOWELS.indexOf(x) < 0 && LONG_VOWELS.indexOf(y) < 0;
    }

    /** Whether the word was written in Latin script only. */
    static boolean latin(Token t) {
        return !arabic(t.text) && t.text2 == null;
    }

    /** The word as typed in Arabic, in either of its scripts, or null when it was typed in Latin only. */
    private static @Nullable String arabicForm(Token t) {
        return arabic(t.text) ? t.text : t.text2 != null && arabic(t.text2) ? t.text2 : null;
    }

    /** The word's Latin, typed alone or beside its Arabic; null where it has none. */
    @Nullable
    String latin() {
        return latinText(this);
    }

    private static @Nullable String latinText(Token word) {
        return !arabic(word.text) ? word.text : word.text2 != null && !arabic(word.text2) ? word.text2 : null;
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

    /**
     * Whether two Latin spellings are one name whose ذ, ظ or ث one writes dh or th and the other z, d, s or t (Kadhim,
     * Kazem, كاظم; Nadhim, Nazim), or whose ج one writes g, as Egyptians say it, and the other j (Hegazy, Hijazi): the
     * same consonants but for those, the same vowels between them (e and i as one, o and u as one, as Arabic's kasra
     * and damma are written either way).
     */
    private static boolean oneLetterSpeltTwoWays(String latA, String latB, String skA, String skB) {
        if (skA.length() != skB.length() || skA.equals(skB)) {
            return false;
        }
        for (int i = 0; i < skA.length(); i++) {
            char x = skA.charAt(i);
            char y = skB.charAt(i);
            if (x != y && !oneArabicLetter(x, y)) {
                return false;
            }
        }
        return shape(latA).equals(shape(latB));
    }

    /** Whether two skeleton letters are Latin spellings of one Arabic letter: of ذ ظ ث, or of ج. */
    private static boolean oneArabicLetter(char x, char y) {
        return INTERDENTALS.indexOf(x) >= 0 && INTERDENTALS.indexOf(y) >= 0
                || JIM.indexOf(x) >= 0 && JIM.indexOf(y) >= 0;
    }

    /** The skeleton letters of ذ ظ ث and the ones Latin spellings write for them. */
    private static final String INTERDENTALS = "DZTS";

    /** The skeleton letters of ج: j, and g in Egypt and Sudan. */
    private static final String JIM = "GJ";

    /**
     * A Latin word as its vowels between consonants, each run of consonants one C (kadhim, kazem: CaCiC); a w or y
     * inside the word is the long vowel it writes there, as in the skeleton.
     */
    private static String shape(String latin) {
        StringBuilder out = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            char v;
            if (i > 0 && (c == 'w' || c == 'y')) {
                v = c == 'w' ? 'u' : 'i';
            } else if (!vowel(c)) {
                v = 'C';
            } else {
                v = c == 'e' ? 'i' : c == 'o' ? 'u' : c;
            }
            if (out.isEmpty() || out.charAt(out.length() - 1) != v) {
                out.append(v);
            }
        }
        return out.toString();
    }

    /** Typing slips in Latin: Jaro-Winkler of the normalised spellings, counted only when it is high. */
    private static double latinText(String a, String b) {
        double jw = JaroWinkler.similarity(a, b);
        double floor = Math.min(a.length(), b.length()) <= 4 ? 0.93 : 0.88;
        return jw >= floor ? jw - 0.04 : 0;
    }

    /** Arabic spellings (already folded): one slip in a word of five letters or more still counts as the word. */
    /**
     * How alike two Arabic words outside the table are as one foreign name two clerks heard: Libyan clerks write a g
     * as ق, others as غ or ك (قبرهيوت, غبريهيوت: Gebrehiwot; سوادوغو, ساوادوقو: Sawadogo), a t as ت or ط (واتارا,
     * وطارة: Ouattara), an s as س or ص, an h as ه or ح, a d as د or ض, a z as ز, ذ or ظ, and a last a as ا, ة or ى.
     * Read so, the letters are compared as typed letters are, at most {@link #HEARD_ALIKE}. The long vowels still
     * count: they tell سالمة (Salma) from سليمة (Salima), ملاك from ملك. Nor is ج among the g's: جميلة is no كميلة.
     * Arabic spellings of the table never come here: they are known.
     */
    private static double heardAlike(String a, String b) {
        String ha = heard(a, false);
        String hb = heard(b, false);
        if (ha == a && hb == b) {
            return 0; // neither holds a letter heard two ways: the letters as typed have said it all
        }
        double s = arabicText(ha, hb);
        // ذ is heard two ways: as ز, and as د (ذهب is دهب in Sudan and Egypt). Not ث, whose two readings make other
        // names (ثامر is Thamer, تامر Tamer and سامر Samer)
        if (s < 1 && (a.indexOf('ذ') >= 0 || b.indexOf('ذ') >= 0)) {
            s = Math.max(s, arabicText(heard(a, true), heard(b, true)));
        }
        return Math.min(HEARD_ALIKE, s);
    }

    private static final double HEARD_ALIKE = 0.9;

    /**
     * The word with each letter heard two ways written one way; the word itself when it holds none. ذ as the stop د
     * ({@code asStops}), or else as ز.
     */
    private static String heard(String word, boolean asStops) {
        char[] letters = null;
        int last = word.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = word.charAt(i);
            char h = switch (c) {
                case 'ق', 'غ' -> 'ك';
                case 'ط' -> 'ت';
                case 'ص' -> 'س';
                case 'ض' -> 'د';
                case 'ظ' -> 'ز';
                case 'ذ' -> asStops ? 'د' : 'ز';
                case 'ح' -> 'ه';
                case 'ى', 'ه' -> i == last ? 'ا' : c; // a last ه is the ta marbuta, the a it ends on
                default -> c;
            };
            if (h != c) {
                if (letters == null) {
                    letters = word.toCharArray();
                }
                letters[i] = h;
            }
        }
        return letters == null ? word : new String(letters);
    }

    private static double arabicText(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        return arabicText(Skeletons.levenshtein(a, b), Math.max(a.length(), b.length()));
    }

    /** How alike two Arabic spellings are, {@code d} edits apart, the longer {@code n} letters long. */
    private static double arabicText(int d, int n) {
        double s = 1 - d / (double) n;
        if (d == 1 && n >= 5) {
            s = Math.max(s, 0.85);
        } else if (d == 1 && n == 4) {
            s = Math.max(s, 0.82);
        }
        return s;
    }
}
