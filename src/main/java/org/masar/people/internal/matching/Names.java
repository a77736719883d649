package org.masar.people.internal.matching;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * From a name part as typed to normalised tokens.
 *
 * <p>Arabic: NFKC (presentation forms), diacritics, tatweel and Quranic marks dropped, hamza carriers folded (أ إ آ ٱ →
 * ا, ؤ → و, ئ → ي, ء dropped, وو → و), ة → ه, ى → ي, Persian and Urdu forms folded; particles (بن ابن بنت ولد ود ولت
 * منت) dropped, and بن joined to a name of the table (بنعلي); عبد and أبو joined to the next word, الدين to the
 * previous one; the article ال dropped from a word's start and after عبد.
 *
 * <p>Latin: ICU folds accents and other scripts to ASCII; apostrophes and hyphens go; particles (bin, ben, ibn, bint,
 * ould, wad, ag, the daughter-of walet, oult and mint, the Tigrinya wolde, also joined: Woldemichael) and detached
 * articles (al, el, ad, ar, as…) are dropped, and ben/bin joined to a name of the table (Benali, Binomran);
 * abd/abdel/abdul… and abu/abou/bou are joined to the next word (with the article between them: Abou El Kacem),
 * eddine/uddin to the previous one; the article inside abd compounds and a leading al/el before a consonant are
 * dropped.
 */
final class Names {
    private Names() {}

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private static final ThreadLocal<Transliterator> ARABIC_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Arabic-Latin; Latin-ASCII; Lower"));
    private static final ThreadLocal<Transliterator> ANY_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

    /**
     * The pilgrim's and the teacher's titles, by which a person may be called and written alone in a name field
     * (Alhaji | Musa | Garba; الحاج | علي): there, where no other word is, the title is the name, one word for each
     * title in either script, so that the record is still itself and meets its other script.
     */
    private static final Map<String, String> TITLES_ALONE = Map.ofEntries(
            Map.entry("الحاج", "حاج"),
            Map.entry("حاج", "حاج"),
            Map.entry("الحاجه", "حاجه"),
            Map.entry("hadj", "hajj"),
            Map.entry("hadji", "hajj"),
            Map.entry("haji", "hajj"),
            Map.entry("hajj", "hajj"),
            Map.entry("hajji", "hajj"),
            Map.entry("alhaji", "hajj"),
            Map.entry("alhadji", "hajj"),
            Map.entry("elhadj", "hajj"),
            Map.entry("elhadji", "hajj"),
            Map.entry("alhaj", "hajj"),
            Map.entry("elhaj", "hajj"),
            Map.entry("elhag", "hajj"),
            Map.entry("alhag", "hajj"),
            // the Gambian spellings
            Map.entry("alhagie", "hajj"),
            Map.entry("alagie", "hajj"),
            Map.entry("alhagi", "hajj"),
            Map.entry("alagi", "hajj"),
            Map.entry("hadja", "hajja"),
            Map.entry("hajja", "hajja"),
            Map.entry("hajia", "hajja"),
            Map.entry("hajiya", "hajja"),
            Map.entry("alhadja", "hajja"),
            Map.entry("alhajia", "hajja"),
            Map.entry("mallam", "mallam"),
            Map.entry("malam", "mallam"),
            // the Wolof marabout's title (Serigne Modou Mbaye, known as Modou Mbaye), alone as Arabic writes it
            Map.entry("serigne", "serin"),
            Map.entry("سرين", "سرين"));

    /**
     * The tokens a title alone in a field is read as ({@link #titleAlone}), in both scripts; in a class of its own, as
     * reading them takes the name table, whose own reading takes this class.
     */
    private static final class TitleTokens {
        static final Set<String> ALL = TITLES_ALONE.values().stream()
                .map(title -> hasArabic(title) ? arabicToken(title) : latinToken(title))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Whether a token is a title read as the name of a field that holds it alone (Alhaji, الحاج, Hadja, Mallam). */
    static boolean isTitle(String token) {
        return TitleTokens.ALL.contains(token);
    }

    /** Particles and titles, dropped from a name (a title alone in a field aside: {@link #titleAlone}). */
    private static final Set<String> ARABIC_PARTICLES = union(
            Set.of("بن", "ابن", "بنت", "ولد", "ود", "اغ", "ولت", "منت", "ال", "اولاد", "الدكتور", "د", "م"),
            TITLES_ALONE.keySet());

    /** The title a part holds alone, as its one word ({@link #TITLES_ALONE}); empty when it holds none. */
    private static List<String> titleAlone(String[] raw, boolean arabic) {
        for (String word : raw) {
            String title = TITLES_ALONE.get(word);
            if (title != null) {
                return List.of(arabic ? arabicToken(title) : latinToken(title));
            }
        }
        return List.of();
    }

    private static final Set<String> ARABIC_KEEP_ARTICLE = Set.of(
            "الله",
            "الياس",
            "الهام",
            "الفت",
            "الفه",
            "الفة",
            "اليسع",
            "الماس",
            "الفا",
            // names from other languages that begin with al or el and a vowel (Aliou, Alimou, Alimata, Alemu, Alex,
            // Elisabeth, Elena), which no Latin spelling loses as an article; Albert loses it in both scripts
            "اليو",
            "اليمو",
            "اليماتا",
            "المو",
            "اليكس",
            "اليزابيث",
            "الينا");
    /** The Tigrinya "son of" (as ولد), a particle spaced and joined alike (Wolde Michael, Woldemichael). */
    private static final Set<String> TIGRINYA_SON = Set.of("wolde", "welde", "walde", "wolda", "welda", "walda");

    private static final Set<String> LATIN_PARTICLES = union(
            TIGRINYA_SON,
            TITLES_ALONE.keySet(),
            Set.of(
                    "bin",
                    "ben",
                    "ibn",
                    "bint",
                    "bent",
                    "ould",
                    // "daughter of": the Tuareg walet and oult, the Hassaniya mint (ولت, منت)
                    "walet",
                    "welet",
                    "oult",
                    "mint",
                    "wad",
                    "walad",
                    "wald",
                    "wuld",
                    "ag",
                    "al",
                    "el",
                    "ul",
                    "ur",
                    "ad",
                    "ar",
                    "as",
                    "at",
                    "az",
                    "an",
                    "ash",
                    "ed",
                    "es",
                    "er",
                    "et",
                    "ez",
                    "en",
                    "ech",
                    "esh",
                    "de",
                    "la",
                    // titles, not names (the pilgrim's and the teacher's too: TITLES_ALONE): Dr. Ahmed, and the
                    // Bangladeshi
                    // woman's Mosammat (Mst. Rokeya Begum), as a man's Md. but no name
                    "mst",
                    "most",
                    "mosammat",
                    "mosammath",
                    "mossammat",
                    "mosamat",
                    "musammat",
                    "dr",
                    "eng",
                    "mr",
                    "mrs",
                    "ms",
                    "mme",
                    "mlle"));
    private static final Set<String> LATIN_ABD = Set.of(
            "abd", "abdel", "abdul", "abdal", "abdil", "abdol", "abdoul", "abdur", "abdar", "abder", "abdes", "abdas",
            "abdus", "abdou", "abdu", "abdi", "abde", "abda", "abdo", "abdelal");
    private static final Set<String> LATIN_ABU =
            Set.of("abu", "abou", "abo", "bou", "bu", "abi", "aboul", "abul", "um", "umm", "oum", "om", "umu");
    private static final Set<String> LATIN_ARTICLES = Set.of("al", "el", "ul", "il");
    private static final Set<String> LATIN_DIN = Set.of(
            "din", "deen", "dine", "eddine", "eddin", "uddin", "uddeen", "aldin", "aldeen", "addin", "eldin", "edine",
            "edin", "udin", "eddeen", "ud-din");
    private static final Set<String> LATIN_ALLAH = Set.of("allah", "alla", "ullah", "ulla", "illah", "ellah", "alah");
    private static final String[] DIN_SUFFIXES = {
        "eddine", "eddeen", "uddeen", "aldeen", "eldeen", "eddin", "uddin", "aldin", "addin", "eldin", "edine", "udin",
        "edin", "dine", "deen"
    };

    /**
     * The text without the invisible format characters that copying from documents and messages brings along (bidi
     * marks, zero-width spaces and joiners, a byte order mark, soft hyphens): the name is the same without them, and a
     * Persian compound held together by a zero-width non-joiner (محمد‌رضا) is the one written joined.
     */
    static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.FORMAT) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    static boolean hasArabic(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF' || c >= '\uFB50' && c <= '\uFEFF' || c >= '\u0750' && c <= '\u077F') {
                return true;
            }
        }
        return false;
    }

    /**
     * What clerks type where a name is not known (Unknown, N/A, FNU, xxx, inconnu, sconosciuto; مجهول, غير معروف, لا
     * يوجد), as folded: no name at all, not a word two strangers share (Ibrahim, father unknown, and Ibrahim, father
     * unknown) nor one that differs from the name a later record gives.
     */
    private static final Set<String> LATIN_UNKNOWN = Set.of(
            "unknown",
            "unkown",
            "unknow",
            "unknwon",
            "unk",
            "not known",
            "notknown",
            "no name",
            "noname",
            "none",
            "na",
            "n a",
            "null",
            "xxx",
            "xx",
            "x",
            "fnu",
            "lnu",
            "nfn",
            "nln",
            "not available",
            "not applicable",
            "tbd",
            "inconnu",
            "inconnue",
            "sconosciuto",
            "sconosciuta",
            "ignoto",
            "desconocido");

    private static final Set<String> ARABIC_UNKNOWN = Set.of(
            "مجهول",
            "مجهوله",
            "مجهول الاسم",
            "مجهول الاب",
            "مجهوله الاب",
            "غير معروف",
            "غير معروفه",
            "غير معلوم",
            "غير متوفر",
            "غير محدد",
            "لا يوجد",
            "لايوجد",
            "لا يعرف",
            "لايعرف",
            "لا",
            "بدون",
            "بدون اسم");

    /** Whether a name part's text in one script is only what stands for a name not known. */
    private static boolean unknown(String text, boolean arabic) {
        if (text.length() > UNKNOWN_LONGEST) {
            return false;
        }
        String folded = arabic ? foldArabic(text) : foldLatin(text);
        StringBuilder words = new StringBuilder(folded.length());
        for (String word : folded.trim().split(" +")) {
            words.append(words.isEmpty() ? "" : " ").append(word);
        }
        return (arabic ? ARABIC_UNKNOWN : LATIN_UNKNOWN).contains(words.toString());
    }

    /** Longer texts are names (the longest placeholder, with room for spaces and punctuation around it). */
    private static final int UNKNOWN_LONGEST = 24;

    /** Arabic orthography folded, everything but Arabic letters turned into spaces. */
    static String foldArabic(String text) {
        String s = NFKC.normalize(text);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640' || c >= '\u06D6' && c <= '\u06ED') {
                continue; // harakat, dagger alef, tatweel, Quranic marks
            }
            char m = switch (c) {
                case '\u0622', '\u0623', '\u0625', '\u0671', '\u0672', '\u0673' -> '\u0627';
                case '\u0624' -> '\u0648';
                case '\u0626', '\u0649', '\u06CC', '\u06D2' -> '\u064A';
                case '\u0629', '\u06C1', '\u06D5' -> '\u0647';
                case '\u06A9', '\u06AF' -> '\u0643';
                case '\u06A8', '\u06A7' -> '\u0642';
                case '\u06A4' -> '\u0641';
                case '\u0686' -> '\u0634'; // Persian and Urdu چ is the ch that Latin writes, read as ش
                case '\u06BA' -> '\u0646'; // Urdu noon ghunna (خاں)
                case '\u06BE', '\u06C2', '\u06C3' -> '\u0647'; // Urdu heh and ta marbuta forms
                case '\u0679' -> '\u062A'; // Urdu retroflex letters: ٹ ڈ ڑ
                case '\u0688' -> '\u062F';
                case '\u0691' -> '\u0631';
                case '\u0698' -> '\u0632';
                case '\u067E' -> '\u0628';
                case '\u0621' -> 0;
                default -> c;
            };
            if (m == 0) {
                continue;
            }
            if (m == '\u0648' && !out.isEmpty() && out.charAt(out.length() - 1) == '\u0648') {
                continue; // one long u written two ways: رؤوف, رءوف, رؤف; داوود, داود; طاووس, طاوس
            }
            if (m >= '\u0627' && m <= '\u064A') {
                out.append(m);
            } else {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /** The normalised Arabic tokens of a name part. */
    static List<String> arabicTokens(String text) {
        return arabicTokens(text, false);
    }

    private static List<String> arabicTokens(String text, boolean familyName) {
        String[] raw = foldArabic(abbreviationsSpelledOut(text)).trim().split("\\s+");
        List<String> tokens = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            String t = raw[i];
            if (familyName && t.equals("بن") && i + 1 < raw.length && spacedSonOfAName(raw[i + 1], true)) {
                t = t + arabicToken(raw[++i]);
            } else if (t.length() < 2 || ARABIC_PARTICLES.contains(t)) {
                continue;
            }
            if ((t.equals("عبد") || t.equals("ابو") || t.equals("بو") || t.equals("ابي") || t.equals("ام"))
                    && i + 1 < raw.length) {
                String next = raw[++i];
                t = t + next;
            }
            if ((t.equals("الدين") || t.equals("دين")) && !tokens.isEmpty()) {
                int last = tokens.size() - 1;
                tokens.set(last, arabicToken(tokens.get(last) + t));
                continue;
            }
            if (t.equals("الله") && !tokens.isEmpty()) {
                // فضل الله, دفع الله, جاد الله: one name (Fadlallah, Dafalla), however it is spaced
                int last = tokens.size() - 1;
                tokens.set(last, tokens.get(last) + t);
                continue;
            }
            if (t.startsWith("بن") && t.length() >= 5) {
                t = withoutJoinedSon(t, t.substring(2), true);
            } else if (t.startsWith("ولد") && t.length() >= 7) {
                // ولدميكائيل is ولد ميكائيل, Woldemichael: the Tigrinya "son of" joined goes as it goes spaced
                t = t.substring(3);
            } else if (t.length() >= 6
                    && t.endsWith("ول")
                    && "اوي".indexOf(t.charAt(t.length() - 3)) < 0
                    && !t.endsWith("رسول")
                    && group(t, true) == null) {
                // the Bangladeshi Rafiqul and Rakibul as a clerk hears them (رفيقول, راكيبول): the article riding on
                // the first word goes, as it goes in Latin; not the long u of a name of the table (مقبول) nor of
                // Rasoul (عبد الرسول, حسب الرسول)
                t = t.substring(0, t.length() - 2);
            }
            t = withoutNameOfGod(t);
            tokens.add(arabicToken(t));
        }
        return tokens.isEmpty() ? titleAlone(raw, true) : tokens;
    }

    /**
     * A family name made of "son of" and a given name (Ben Ali, Ben Amer, بن عامر) is as often written in one word
     * (Benali, Benamer, بنعامر); spaced, the particle is dropped, so joined it goes too — but only before a name of
     * the table, so that names that merely begin with those letters (Benson, Bineta, Benghazi, بنيامين) stay whole.
     */
    private static String withoutJoinedSon(String word, String rest, boolean arabic) {
        if (group(word, arabic) != null) {
            return word;
        }
        return group(arabic ? arabicToken(rest) : latinToken(rest), arabic) != null ? rest : word;
    }

    /**
     * Whether a spaced "son of" before this word of a family name is part of it (Ben Kirane, بن خيال), as it is when
     * joined (Benkirane, بنخيال): so before a word outside the table of names, which then keeps the particle joined
     * to it, as the joined form keeps it ({@link #withoutJoinedSon}). Before a name of the table (Ben Ali, بن عامر) it
     * goes, as it goes from the joined form; and before a father's name (Mohamed | bin Kiflom) it is the lineage's
     * "son of", never part of the name.
     */
    private static boolean spacedSonOfAName(String next, boolean arabic) {
        return next.length() >= 3
                // the first half of a compound (Ben Abdallah, بن عبد الله): the given name it begins is the name
                && !(arabic ? ARABIC_FIRST_HALVES.contains(next) : LATIN_ABD.contains(next) || LATIN_ABU.contains(next))
                && !(arabic ? ARABIC_PARTICLES : LATIN_PARTICLES).contains(next)
                && group(arabic ? arabicToken(next) : latinToken(next), arabic) == null;
    }

    private static @Nullable String group(String token, boolean arabic) {
        return arabic ? NameDictionary.arabic(token) : NameDictionary.latin(token);
    }

    private static String arabicToken(String t) {
        if (t.startsWith("عبد") && t.length() > 3) {
            String rest = t.substring(3);
            if (rest.startsWith("ال") && rest.length() > 3) {
                rest = rest.substring(2);
            }
            return "عبد" + rest;
        }
        if (t.endsWith("الدين") && t.length() > 6) {
            t = t.substring(0, t.length() - 5) + "دين";
        }
        if (t.startsWith("ال") && t.length() >= 4 && !ARABIC_KEEP_ARTICLE.contains(t)) {
            t = t.substring(2);
        }
        return t;
    }

    /**
     * A letter and a slash before a name, as Ethiopian and Eritrean documents shorten the first word of a compound
     * (G/Mariam, Gebremariam; W/Michael, Woldemichael; H/Selassie, Haileselassie; T/Haimanot, Teklehaimanot; K/Mariam,
     * Kidanemariam) and Sudanese ones عبد (A/Rahman, ع/الرحمن): the word it stands for. Other letters before a slash
     * stay as they are (N/A).
     */
    private static final Pattern ABBREVIATED_WORD = Pattern.compile("(?<!\\p{L})([GgWwHhTtKkAaع])\\s*/\\s*(?=\\p{L})");

    static String abbreviationsSpelledOut(String text) {
        if (text.indexOf('/') < 0) {
            return text;
        }
        return ABBREVIATED_WORD.matcher(text).replaceAll(m -> switch (Character.toLowerCase(
                m.group(1).charAt(0))) {
            case 'g' -> "Gebre";
            case 'w' -> "Wolde";
            case 'h' -> "Haile";
            case 't' -> "Tekle";
            case 'k' -> "Kidane";
            case 'a' -> "Abdel ";
            default -> "عبد";
        });
    }

    /** Lower-case ASCII letters only, everything else a space (apostrophes vanish without a space). */
    static String foldLatin(String text) {
        String s = text;
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F) {
                ascii = false;
                break;
            }
        }
        s = ascii ? s.toLowerCase(Locale.ROOT) : ANY_ASCII.get().transliterate(s);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                out.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + 32));
            } else if (c == '\'' || c == '\u2019' || c == '\u02BF' || c == '\u02BE' || c == '`' || c == '\u00B4') {
                // ʿayn and hamza written as apostrophes: Ma'mun, 'Abd
            } else {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /** The normalised Latin tokens of a name part. */
    static List<String> latinTokens(String text) {
        return latinTokens(text, false);
    }

    private static List<String> latinTokens(String text, boolean familyName) {
        String[] raw = foldLatin(abbreviationsSpelledOut(text)).trim().split("\\s+");
        List<String> tokens = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            String t = raw[i];
            if (familyName
                    && (t.equals("ben") || t.equals("bin"))
                    && i + 1 < raw.length
                    && spacedSonOfAName(raw[i + 1], false)) {
                t = t + raw[++i];
            } else if (t.length() < 2 || LATIN_PARTICLES.contains(t)) {
                continue;
            }
            if ((LATIN_ABD.contains(t) || LATIN_ABU.contains(t)) && i + 1 < raw.length) {
                int j = i + 1;
                StringBuilder article = new StringBuilder();
                while (j < raw.length - 1 && LATIN_PARTICLES.contains(raw[j])) {
                    // Abd al Rahman, Abu el Kacem: the article stays in the word, as in أبو القاسم and Belkacem (after
                    // abd it then goes, as after عبد)
                    if (LATIN_ARTICLES.contains(raw[j])) {
                        article.append(raw[j]);
                    }
                    j++;
                }
                t = t + article + raw[j];
                i = j;
            }
            if (LATIN_DIN.contains(t) && !tokens.isEmpty()) {
                int last = tokens.size() - 1;
                tokens.set(last, latinToken(tokens.get(last) + "eddin"));
                continue;
            }
            if (LATIN_ALLAH.contains(t) && !tokens.isEmpty()) {
                // Fadl Allah, Dafa-Alla: one name, as Fadlallah and Dafalla are
                int last = tokens.size() - 1;
                tokens.set(last, tokens.get(last) + t);
                continue;
            }
            if ((t.startsWith("ben") || t.startsWith("bin")) && t.length() >= 6) {
                t = withoutJoinedSon(t, t.substring(3), false);
            } else if (t.startsWith("ag") && t.length() >= 6) {
                // the Tuareg "son of" joined (Agalhassane, Ag Alhassane), dropped as it is spaced
                t = withoutJoinedSon(t, t.substring(2), false);
            }
            if (t.length() >= 9 && TIGRINYA_SON.contains(t.substring(0, 5))) {
                // Woldemichael is Wolde Michael, whose Wolde goes as ولد does: "son of" before a name
                t = t.substring(5);
            }
            t = withoutNameOfGod(t);
            tokens.add(latinToken(t));
        }
        return tokens.isEmpty() ? titleAlone(raw, false) : tokens;
    }

    /**
     * The name of God that begins many Yoruba and Igbo names (Oluwaseun, Olusegun, أولوسيغون, Chukwuemeka) and that
     * their everyday short forms leave out (Seun, Segun, Emeka): the rest of the word is the name, when it has four
     * letters or more (Chukwuma, Chukwudi and Oluchi stay whole). Arabic writes Oluwa and Olu as اولو, with or without
     * a last alef, and Chukwu as clerks hear it, تشوكو or شكو, with the ي of the e after it or without (تشوكويميكا,
     * شكويميكا: Emeka). The Yoruba Baba, بابا ("father has come back": Babatunde, Babajide) goes as they do (Tunde,
     * Jide); the Senegalese Babacar, Abubakar, keeps its three letters.
     */
    private static final List<String> NAME_OF_GOD_PREFIXES = List.of(
            "oluwa", "olu", "chukwu", "baba", "اولوا", "اولو", "تشوكوي", "تشوكو", "تشكوي", "شوكوي", "شكوي", "بابا");

    private static String withoutNameOfGod(String word) {
        for (String god : NAME_OF_GOD_PREFIXES) {
            if (word.startsWith(god) && word.length() >= god.length() + 4) {
                return word.substring(god.length());
            }
        }
        return word;
    }

    /** One set of words of several (the titles' keys hold both scripts' words; each script only meets its own). */
    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new java.util.HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    static String latinToken(String t) {
        if (t.length() > 3 && t.startsWith("ou") && "aeio".indexOf(t.charAt(2)) >= 0) {
            // a first ou before a vowel is the French w (Ouattara, Watara; Ouardougou, Wardougou; ويدراوغو)
            t = "w" + t.substring(2);
        }
        if (t.startsWith("abd") && t.length() >= 5) {
            int k = 3;
            while (k < t.length() && vowel(t.charAt(k)) && t.charAt(k) != 'y') {
                k++;
            }
            String rest = t.substring(k);
            if (rest.startsWith("l") && rest.length() >= 3) {
                rest = rest.substring(1);
                if (rest.length() >= 3 && rest.charAt(0) == 'l' && !vowel(rest.charAt(1))) {
                    rest = rest.substring(1);
                }
            } else if (rest.length() >= 3 && rest.charAt(0) == rest.charAt(1) && !vowel(rest.charAt(0))) {
                rest = rest.substring(1);
            }
            return rest.length() >= 2 ? "abd" + rest : t;
        }
        for (String suffix : DIN_SUFFIXES) {
            if (t.endsWith(suffix) && t.length() - suffix.length() >= 2) {
                t = t.substring(0, t.length() - suffix.length()) + "din";
                break;
            }
        }
        if ((t.startsWith("al") || t.startsWith("el")) && t.length() >= 5) {
            boolean nameItself = NameDictionary.latin(t) != null;
            boolean nameAfter = NameDictionary.latin(t.substring(2)) != null;
            // before a consonant, unless it is a name of the table that only begins so (Alpha, Alfa) and is no article
            // before a name, as Alhassane is; before a vowel, only before a name of the table (Alali is Al-Ali, Elamin
            // Al-Amin; Aliou, Alassane stay)
            // a y before a vowel is the consonant ي, in a word long enough not to be Alya or Alyaa (Alyafai, Al-Yafei)
            boolean beforeVowel = vowel(t.charAt(2)) && !(t.charAt(2) == 'y' && t.length() >= 6 && vowel(t.charAt(3)));
            if (beforeVowel ? nameAfter && !nameItself : nameAfter || !nameItself) {
                t = t.substring(2);
            }
        }
        if (t.length() >= 5
                && t.endsWith("ul")
                && (!vowel(t.charAt(t.length() - 3)) || t.charAt(t.length() - 3) == 'a')
                && NameDictionary.latin(t) == null) {
            // Bangladeshi Rafiqul Islam, Nurul Amin, Rezaul Karim: the article rides on the first word; not the long u
            // of Rasoul, Fadoul, nor names of the table that end so (Rasul, Maqbul)
            t = t.substring(0, t.length() - 2);
        }
        return t;
    }

    /** ICU's transliteration of an Arabic token, reduced to lower-case ASCII letters. */
    static String transliterate(String arabicToken) {
        Transliterator latin = ARABIC_LATIN.get();
        StringBuilder out = new StringBuilder(arabicToken.length() + 4);
        // Letter by letter: two Arabic letters must not make one Latin digraph (س then ه is "s-h" in Siham, not the
        // "sh" of ش; س then ح in Sahar, ت then ه, ك then ه), so a vowel, which the skeleton drops, keeps them apart.
        int previousLetter = 0;
        for (int at = 0; at < arabicToken.length(); ) {
            int letter = arabicToken.codePointAt(at);
            at += Character.charCount(letter);
            String s = latin.transliterate(new String(Character.toChars(letter)));
            if (previousLetter == 'ط' && letter == 'ش') {
                // the ch of foreign names is تش (تشاد), never طش: الطشاني is Tashani
                out.append('a');
            }
            previousLetter = letter;
            int before = out.length();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= 'a' && c <= 'z') {
                    if (i == 0 || out.length() == before) {
                        keepApart(out, c);
                        // Arabic writes a doubled consonant once (shadda), so two letters alike side by side are two
                        // syllables (ككلي Kikli, ممادو Mamadou, and ح then ه in فريحة Farihah): keep them apart as the
                        // unwritten vowel does — but not لل, the article's l before one (الله, Fadlallah)
                        if (!out.isEmpty() && out.charAt(out.length() - 1) == c && "aeiouwyl".indexOf(c) < 0) {
                            out.append('a');
                        }
                    }
                    out.append(c);
                } else if (c == '\u02BF' && out.isEmpty()) {
                    out.append('\''); // a leading ʿayn: what follows is not the word's first letter (عيسى is Issa)
                } else if (c == '\u02BF') {
                    out.append('a'); // an inner ʿayn parts the letters around it, as a vowel does (معمر is Muammar)
                }
            }
        }
        return out.toString();
    }

    /** Puts a vowel between the previous letter and {@code next} when together they would read as a digraph. */
    private static void keepApart(StringBuilder out, char next) {
        if (out.isEmpty()) {
            return;
        }
        char previous = out.charAt(out.length() - 1);
        boolean digraph = next == 'h' && "kgsctdpz".indexOf(previous) >= 0 || next == 'j' && previous == 'd';
        if (digraph) {
            out.append('e');
        }
    }

    /**
     * The skeleton of a normalised Latin token. A first y before a consonant is the vowel i, as French writes it
     * (Yvette, Yves, Yvonne: إيفيت), not the consonant of Yaw or Yusuf.
     */
    static String latinSkeleton(String token) {
        if (token.startsWith("abd") && token.length() > 3) {
            return "BD" + Skeletons.of(token.substring(3));
        }
        if (token.length() > 2 && token.charAt(0) == 'y' && "aeiouy".indexOf(token.charAt(1)) < 0) {
            return Skeletons.of(token.substring(1));
        }
        return Skeletons.of(token);
    }

    /** The skeleton of a normalised Arabic token. */
    static String arabicSkeleton(String token) {
        if (token.startsWith("عبد") && token.length() > 3) {
            return "BD" + Skeletons.of(transliterate(token.substring(3)));
        }
        // دج is the French dj written letter by letter (Codjo, كودجو; Djibo, دجيبو): one letter, ج, as the Latin's
        return Skeletons.of(transliterate(token.replace("دج", "ج")));
    }

    private static final Set<String> ARABIC_FIRST_HALVES = Set.of("عبد", "ابو", "ام");
    private static final Set<String> LATIN_FIRST_HALVES = Set.of(
            "abd", "abdel", "abdul", "abdal", "abdil", "abdol", "abdoul", "abdur", "abdar", "abder", "abdes", "abdus",
            "aboul", "abul");

    /**
     * A name part's Latin text in Somali orthography (the official script since 1972: x for ح, c for ع, a long vowel
     * doubled), written as the English transliteration the rest of the engine reads: Maxamed Cali Xirsi is Mohamed Ali
     * Hirsi, Cabdiqaadir Maxamuud Jaamac is Abdiqadir Mahmud Jama, Axmed Cumar is Ahmed Umar. For Somali and
     * Djiboutian nationals only ({@link DuplicateEngine#somali}): elsewhere c is the c of Camara and Coulibaly, x the x
     * of Felix. The ع that c writes goes, as the skeleton drops it from a transliteration of the Arabic.
     */
    static NameText somaliLatin(NameText part) {
        String lat = part.lat();
        if (lat == null) {
            return part;
        }
        StringBuilder out = new StringBuilder(lat.length());
        int start = 0;
        for (int end = 0; end <= lat.length(); end++) {
            if (end == lat.length() || !Character.isLetter(lat.charAt(end))) {
                String word = lat.substring(start, end);
                out.append(somaliWord(word) ? fromSomali(word) : word);
                if (end < lat.length()) {
                    out.append(lat.charAt(end));
                }
                start = end + 1;
            }
        }
        return new NameText(part.ar(), out.toString());
    }

    /**
     * Whether a word shows Somali orthography: an x, a doubled vowel, or a c and a vowel to begin it (Cali, Cumar).
     * Not the Italian c of the colonial era's Somali names (Abdulcadir), read as k; nor a Somali spelling the table of
     * names knows as it is (Xuseen is Hussein).
     */
    private static boolean somaliWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (NameDictionary.latin(w) != null) {
            return false;
        }
        if (w.indexOf('x') >= 0 || w.length() > 1 && w.charAt(0) == 'c' && "aeiou".indexOf(w.charAt(1)) >= 0) {
            return true;
        }
        for (int i = 0; i + 1 < w.length(); i++) {
            if ("aeiou".indexOf(w.charAt(i)) >= 0 && w.charAt(i + 1) == w.charAt(i)) {
                return true;
            }
        }
        return false;
    }

    private static String fromSomali(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char lower = Character.toLowerCase(c);
            char next = i + 1 < word.length() ? Character.toLowerCase(word.charAt(i + 1)) : ' ';
            if (lower == 'x') {
                out.append(c == 'X' ? 'H' : 'h');
            } else if (lower == 'c' && next != 'h') {
                // ع: nothing of it is written in the English transliteration (Cali, Ali)
                continue;
            } else if ("aeiou".indexOf(lower) >= 0 && next == lower) {
                // a long vowel: one letter, as English spellings write it (Jaamac, Jama)
                out.append(c);
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A compound name that a form split over two fields (صلاح | الدين, Nour | Eddine, Abdel | Rahman, عبد | الله): a
     * part that is only the second half of a compound (الدين, الله, Eddine, Allah) is read at the end of the part before
     * it, and a part that is only the first half (عبد, أبو, أم, Abdel, Abdul) with the part after it, which is then read
     * as missing. Each script on its own. Not Abou, Abu, Abdou or Abdi, which are names of their own in West Africa
     * and Somalia; nor, in South Asian names, Uddin (الدين), which they carry as a part of its own (Rahim | Uddin), kept
     * so by one record and not by the next.
     */
    static List<NameText> rejoinSplitCompounds(List<NameText> parts, boolean southAsian) {
        String[] ar = new String[parts.size()];
        String[] lat = new String[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            ar[i] = parts.get(i).ar();
            lat[i] = parts.get(i).lat();
        }
        boolean changed = rejoin(ar, true, southAsian) | rejoin(lat, false, southAsian);
        if (southAsian) {
            changed |= assimilatedArticles(lat);
        }
        if (!changed) {
            return parts;
        }
        List<NameText> out = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            out.add(ar[i] == null && lat[i] == null ? NameText.NONE : new NameText(ar[i], lat[i]));
        }
        return out;
    }

    private static boolean rejoin(String[] texts, boolean arabic, boolean southAsian) {
        // each part folded once (folding Latin beyond ASCII goes through ICU), not once for each neighbour
        String[] words = new String[texts.length];
        for (int i = 0; i < texts.length; i++) {
            words[i] = blank(texts[i]) ? null : onlyWord(texts[i], arabic);
        }
        boolean changed = false;
        for (int i = 0; i + 1 < texts.length; i++) {
            if (blank(texts[i])) {
                continue;
            }
            // the next part filled: the form's fields between may be empty (Abdul | | | Karim)
            int j = i + 1;
            while (j < texts.length && blank(texts[j])) {
                j++;
            }
            if (j == texts.length) {
                continue;
            }
            String next = words[j];
            String here = words[i];
            boolean din = next != null && !southAsian && (arabic ? next.equals("الدين") : LATIN_DIN.contains(next));
            boolean secondHalf = din || next != null && (arabic ? next.equals("الله") : LATIN_ALLAH.contains(next));
            boolean firstHalf =
                    here != null && (arabic ? ARABIC_FIRST_HALVES.contains(here) : LATIN_FIRST_HALVES.contains(here));
            if (secondHalf || firstHalf) {
                texts[i] = texts[i] + " " + texts[j];
                texts[j] = null;
                changed = true;
            }
        }
        return changed;
    }

    /**
     * South Asian names write the article before an r into the word before it (Habibur Rahman, Mizanur Rahman: حبيب
     * الرحمن, ميزان الرحمن), where Arabic script keeps it with the r-word, whose article goes: the ur of a word before
     * one that begins with r, in its part or the next, goes too (not in a name of the table: Mansur Rashid). So does
     * the ur of a word of a part before a family name that begins with r, as a passport's Rahman is and a form puts
     * the father's name between (Mizanur | Md Abdul Hai | Rahman). Spaced (Habib ur Rahman), it is a detached article.
     */
    private static boolean assimilatedArticles(String[] lat) {
        boolean changed = false;
        String[][] words = new String[lat.length][];
        for (int i = 0; i < lat.length; i++) {
            words[i] = blank(lat[i]) ? null : foldLatin(lat[i]).trim().split("\\s+");
        }
        int family = lat.length - 1;
        boolean familyR = words[family] != null && words[family][0].startsWith("r");
        for (int i = 0; i < lat.length; i++) {
            if (words[i] == null) {
                continue;
            }
            boolean partChanged = false;
            for (int k = 0; k < words[i].length; k++) {
                String next = k + 1 < words[i].length ? words[i][k + 1] : firstWordAfter(words, i);
                String w = words[i][k];
                if ((next != null && next.startsWith("r") || i < family && familyR)
                        && w.length() >= 5
                        && w.endsWith("ur")
                        && NameDictionary.latin(w) == null) {
                    words[i][k] = w.substring(0, w.length() - 2);
                    partChanged = true;
                }
            }
            if (partChanged) {
                lat[i] = String.join(" ", words[i]);
                changed = true;
            }
        }
        return changed;
    }

    private static @Nullable String firstWordAfter(String[][] words, int part) {
        for (int i = part + 1; i < words.length; i++) {
            if (words[i] != null && words[i].length > 0 && !words[i][0].isEmpty()) {
                return words[i][0];
            }
        }
        return null;
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    /** The folded word a text holds when it holds one word only, else null. */
    private static @Nullable String onlyWord(String text, boolean arabic) {
        String folded = (arabic ? foldArabic(text) : foldLatin(text)).trim();
        return folded.isEmpty() || folded.indexOf(' ') >= 0 ? null : folded;
    }

    private static final int CACHE_LIMIT = 200_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, List<Token>> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The tokens of a name part, both scripts merged when they hold as many words. Names repeat a great deal, so
     * parts already seen come from a bounded cache (tokens are immutable).
     */
    static List<Token> tokens(NameText part) {
        return tokens(part, false);
    }

    /**
     * {@link #tokens(NameText)} of a part that is the family name ({@code familyName}), where a spaced "son of" before
     * a name outside the table is part of the name ({@link #spacedSonOfAName}).
     */
    static List<Token> tokens(NameText part, boolean familyName) {
        String key = (familyName ? "f" : "")
                + (part.ar() == null ? "" : part.ar())
                + '\u0000'
                + (part.lat() == null ? "" : part.lat());
        List<Token> cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        List<Token> tokens = List.copyOf(compute(part, familyName));
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(key, tokens);
        return tokens;
    }

    private static List<Token> compute(NameText part, boolean familyName) {
        List<Token> ar = new ArrayList<>();
        List<Token> lat = new ArrayList<>();
        // what stands for a name not known (Unknown, مجهول) gives no word: it is no name
        if (part.ar() != null && !part.ar().isBlank() && !unknown(part.ar(), true)) {
            addAny(part.ar(), ar, familyName);
        }
        if (part.lat() != null && !part.lat().isBlank() && !unknown(part.lat(), false)) {
            addAny(part.lat(), lat, familyName);
        }
        if (ar.isEmpty()) {
            return lat;
        }
        if (lat.isEmpty()) {
            return ar;
        }
        if (ar.size() == lat.size()) {
            List<Token> merged = new ArrayList<>(ar.size());
            for (int i = 0; i < ar.size(); i++) {
                merged.add(ar.get(i).with(lat.get(i)));
            }
            return merged;
        }
        return ar;
    }

    private static void addAny(String text, List<Token> out, boolean familyName) {
        if (hasArabic(text)) {
            for (String t : arabicTokens(text, familyName)) {
                out.add(Token.of(
                        NameDictionary.arabic(t),
                        orVowels(arabicSkeleton(t), transliterate(t)),
                        t,
                        NameDictionary.arabicAlso(t)));
            }
        } else {
            for (String t : latinTokens(text, familyName)) {
                out.add(Token.of(NameDictionary.latinWord(t), orVowels(latinSkeleton(t), t), t));
            }
        }
    }

    /** A name of vowels and glides only (Aya, Awa, آية) keeps its glides, or at least one vowel, as its skeleton. */
    private static String orVowels(String skeleton, String latin) {
        if (!skeleton.isEmpty()) {
            return skeleton;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if ((c == 'w' || c == 'y') && (b.isEmpty() || b.charAt(b.length() - 1) != Character.toUpperCase(c))) {
                b.append(Character.toUpperCase(c));
            }
        }
        return b.isEmpty() ? "A" : b.toString();
    }

    /** The search form of one token: its group's name, or its skeleton in lower case. */
    static String searchForm(Token t) {
        @Nullable String g = t.group();
        return g != null ? g : t.skeleton().toLowerCase(Locale.ROOT);
    }
}
