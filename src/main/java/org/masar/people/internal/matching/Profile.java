package org.masar.people.internal.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Everything the engine derived about one person, computed once by {@link DuplicateEngine#profile(MatchInput)} and kept
 * with the person as {@link #encode()}. Immutable and thread-safe.
 */
public final class Profile {
    static final int NAME_PARTS = 4;
    private static final int NO_DATE = Integer.MIN_VALUE;
    private static final char FIELD = '\u001F';
    private static final char ITEM = '\u001E';
    private static final char SUB = '\u001D';
    private static final String VERSION = "m31";
    /**
     * m30: the same fields; its tokens are from before حسانة, as Hausa Hassana is written back into Arabic, was a name
     * of the table, Hassana's, and no longer Hussaina's by their common consonants (twin sisters Hassana and Hussaina).
     * m29: the same fields; its keys are from before an Arabic word outside the table was also keyed as the group of
     * the Latin spelling it is written as (راماتو, Ramatou), and its tokens from before a first y before a consonant
     * was a vowel (Yvette) and Hawaou, Hawawu, Ayishetu, Adiza, Abiba, Audu, Inoussa, Falmata, Hamoud and Humaid were
     * names of the table.
     * m28: the same fields; its keys are from before a name of two words was keyed with the first letters of its last
     * word and a refugee's number without its office, and its tokens from before Bubacarr, Kobby, Dramane,
     * Issahaku, Alusine and the Ethiopian Husen were names of the table.
     * m27: the same fields; its keys are from before a title alone in the given field keyed the names after it, and its
     * tokens from before Amany, Safwa, Houssine, Lassana, Lassina, Eisa, Romdhane and كاديتو were names of the table.
     * m26: the same fields; its tokens and keys are from before Fanta was Fatima, a first ou before a vowel was read as
     * w (Ouattara), a joined Al before a y and a vowel was the article (Alyafai), an O before a digit in a document
     * number was the zero (459-22CO7905) and a Latin given name outside the table was keyed by its first letters.
     * m25: the same fields; its keys are from before a name of two words without any birth information held the keys
     * its names hold only with a birth bucket with the age unknown instead (Awa Keita, Mohamed Keita), and its tokens
     * and keys from before Mamane, Mamman, بوبا, عيسوفو, إبراهيما, سيساي, Sadia and Shadia were names of the table, a
     * skeleton of three consonants, two of them alike, stopped keying as a very common name's slip (Maimouna as Amina)
     * and a Bangladeshi's sh and z were also keyed as s and j (Shohag, Sohag; Zahidul, Jahidul), and before a name
     * of three words or more keyed its given and last words with the day of birth.
     * m24: the same fields; its tokens and keys are from before a Latin word ending in u was looked up as the table
     * writes it with ou, and one in ou with u (Hamidu, Hamidou), Alieu, Alio, Aisatou, لمى, رنى, نجوا, سولي, ماريتو,
     * حبساتو, Hauwa'u, Isaka, Allatchi, حميدو and سلاماتو were names of the table, عمرو was also read as Oumarou, the
     * -ur of Mizanur went before a family name Rahman with the father's name between, a first rh was also keyed as gh
     * (Rhissa, غيسة), and a slip typing a consonant twice keyed as the very common name (Mohmamed).
     * m23: the same fields; its tokens and keys are from before a skeleton of one consonant stopped keying as Issa or
     * Ali (Sy, Sow, Owusu), a Latin di before a vowel also keyed as j (Diatta, Jatta), a word with a letter written
     * twice was looked up with it written once (Abbakar), and Alagie, Bassirou, فاطنة, خديم, Aminat, Nimco, Ruqiyo,
     * Aden, Djimet, Biniam, Tsion, Ousmanou, Abderamane, Hamadoun, Sekou, Gueye, Buba, Boukar, Modu, Precious,
     * Patience, Hadidja and Fatimatu were names of the table.
     * m22: the same fields; its tokens and keys are from before Youcef, Nejat, احمت, Rayan and فطوم were names of the
     * table.
     * m21: the same fields; its tokens and keys are from before Kaddy, Khady, Kadi and Aishat were Khadija and Aisha.
     * m20: the same fields; its keys are from before the keys that count the bearers of each name word among those of
     * one sex and nationality ({@code c|S|NAT|w}).
     * m19: the same fields; its tokens and keys are from before Amhimmed, Madou, Edrees, Babucarr, Job and Khadiga were
     * Mohamed, Idris, Abubakar, Diop and Khadija, Emma and Emmanuel one name, and أحمدو, بابوكار, إبريما, إساكا, يوسوف,
     * أميناتا, هاوا and عوا, as clerks hear Amadou, Babucarr, Ebrima, Issaka, Youssouf, Aminata, Hawa and Awa, were
     * names of the table; before a Latin al or el joined before a vowel went when a name of the table follows (Alali,
     * Al-Ali); and before ط then ش were two letters (الطشاني, Tashani). m18: the same fields; its tokens and keys are
     * from before the Italian sc before e or i was read as ش (Bescir, Scerif: Libyan records of the Italian era),
     * Somali orthography was read for Somali and Djiboutian nationals (Maxamed Cali is Mohamed Ali) and the daughter-of
     * particles walet, oult and mint (ولت, منت) went. m17: the same fields; its tokens and keys are from before m18's
     * names (مودو and مومودو, as clerks hear Modou and Momodou, and محمت, as Mahamat is written back in Arabic, are
     * Mohamed) and before a letter and a slash were read as the word they shorten (G/Mariam, A/Rahman: no stored name
     * held one). m16: the same fields; its tokens and keys are from before m17's names (Akan day names and their Fante
     * and Twi spellings, Kojo and Kwadwo; Bouba, Ebou, Mht and Mhammed for Boubacar, Ebrima, Mahamat and Mohamed;
     * لامين, حديزة and فاطوماتا as clerks hear Lamine, Hadiza and Fatoumata; Djamel and Nadjet; Abebe and Abebaw two
     * names) and from before the Igbo تشوكو went as Chukwu does, the Tigrinya ولد joined to a name as Wolde joined
     * does, the ول of رفيقول as the ul of Rafiqul does, and Serigne alone in a field was سرين. m15: the same fields;
     * its tokens and keys are from before m16's names (حسناء, Hasnaa, is a name of its own, not حسنى, Husna, of one
     * skeleton; the Nigerien إسوفو and أمادو are Yusuf and Ahmed, Maman, مامان, Mahaman and ماهامان Mohamed, the
     * Guinean كادياتو Khadija; Husseina is Hussaina; Alpha and Alfa are a name of the table that keeps its al) and
     * before m16 read a spaced "son of" before an Abd compound as going (بن عبد الله, Abdallah), a Tuareg ag joined to
     * a name of the table as going (Agtaher, Taher), the eastern Libyan Bu as joined to the name after it (Bu Khatwa),
     * the Yoruba Baba as going (Babatunde, Tunde) and دج as one ج (كودجو, Codjo). m14, m13, m12, m11, m10, m9, m8, m7,
     * m6, m5, m4 and m3: the same fields; their tokens and keys are from before m15's spaced "son of" before a name
     * outside the table kept joined to it (Ben Kirane as Benkirane, بن خيال as بنخيال) and m15's names (إسحق and هرون
     * written without their alef, عشة, Lemine, the Hausa Sule); m13 and older's from before m14's names (Momodou,
     * Isatou, Kaddour and Hisseine are Mohamed, Aisha, Abdelkader and Hussein; Fawzia and Fawzi are names of their own,
     * not Fathia and Fathi a letter apart; Serigne is a title) and keys (a given name of two words keys as the second
     * word it goes by does: Fatoumata Binta as Binta); m12 and older's are from before m13's names (Saliou, the Fula
     * and Wolof Salih, is no Aliou with a letter more, and Alhassane and Alhousseine, Hassan and Hussein as twins are
     * named, are names of the table); m11 and older's phones are from before m12 read a number that both Libya's plan
     * and the person's country's hold both ways (a Sudanese's 091…), their document keys from before an O among the
     * digits was a zero, and their tokens and keys from before m12's names (Mosammat and Elhag are titles, a title
     * alone in a field is the name there, وو is one و, Djeneba is Zainab and Fati Fatima; Saida, Mutaz, Jacques,
     * François and Georges are names of the table); m10 and older's phones are from before m11 read a number without a
     * country code that cannot be Libyan in the plan of the person's country (an Egyptian's 010…, a Chadian's 66…) and
     * undid Libya's country code typed twice (+218 218 91…), and their tokens and keys from before m11's names
     * (Hassanein, Rashad, Jamil, Kamil, Yassine, Saber, Najib, Monia, Rahima and other names one letter from another
     * are names of their own; فطيمة and Ftaima are Fatima; invisible format characters copied with a name, a byte order
     * mark or a zero-width non-joiner, are no part of it; the -ul of Nurul and Rezaul goes; a first half of a compound
     * takes the next field filled, Abdul | | | Karim, and a name of one word keys with its date of birth); m9 and
     * older's from before m10's names (Oluwaseun is Seun and Chukwuemeka Emeka, Mouhamadou is Mamadou, Issouf Youssouf,
     * Somali Xamza and Ciise are Hamza and Issa, Rabiatou, Habsatou and Hadizatou are رابعة, حفصة and خديجة, Om Kalsoum
     * is Umm Kulthum, and names one letter from another that twins are given, Amira, Sami, Yasser, Imad, Iyad, Hala,
     * Maya…, are names of their own; Urdu ں ھ ٹ ڈ ڑ are folded and چ is ش) and phones (the zero of +218 (0)91 is left
     * out); from before m9's names (Unknown, مجهول and the like are no name; عبده is Abdou and ضياء Zia; Aliou, Alemu
     * and other names that begin with al and a vowel keep it; the -ur of Habibur Rahman goes) and the Md. alone before
     * a father's name (Md | Rafiqul); from before m8's names (Mohamud is Mahmoud, Tidiane, John, Med, Qasim, Belgasem),
     * the article kept after a Latin Abu (Abou El Kacem), Latin letters (the k of Michael, the long u of Rasoul,
     * Tigrinya Wolde), keys without the sex and document keys without the zeros after the prefix; from before m7's
     * compounds split over two fields (صلاح | الدين), joined particles (Benali, Benamer), Maghrebi and Senegambian
     * names (Larbi, Lahcen, Ebrima, Modou, Jallow, Ceesay) and keys of compounds written as one word (Awad Elkarim as
     * Awadelkarim); their keys from before m6's dated keys of two-word names; and their tokens and keys from before
     * m5's names (Hanan, Rana, Rania and others: twins named Hana and Hanan in Latin were taken for one name) and m4's
     * names and letters (Achta, Hamouda, تش, ككلي…).
     */
    private static final Set<String> PREVIOUS_VERSIONS = Set.of(
            "m30", "m29", "m28", "m27", "m26", "m25", "m24", "m23", "m22", "m21", "m20", "m19", "m18", "m17", "m16",
            "m15", "m14", "m13", "m12", "m11", "m10", "m9", "m8", "m7", "m6", "m5", "m4", "m3");
    /** m2: before the baladiya was kept. */
    private static final String BEFORE_BALADIYA = "m2";

    /**
     * Name parts' tokens, and names as typed, nationalities, baladiya, document types and countries, shared by the
     * profiles decoded. The benchmark's million persons hold 29,245 different name parts and 45,606 different texts; a
     * real register's spellings vary more, and past 300,000 of either what is new is decoded unshared (a profile of
     * its own words takes some 1.4 KB, a shared one 0.3 KB).
     */
    private static final SharedDecodings<List<Token>> PARTS = new SharedDecodings<>(300_000, Profile::part);

    private static final SharedDecodings<String> TEXTS = new SharedDecodings<>(300_000, text -> text);

    /** A normalised document. */
    record Document(
            String type,
            String number,
            String core,
            @Nullable String country) {}

    final List<List<Token>> parts;
    final List<String> display;
    final char sex;
    /** 1 when a name was typed in Arabic script, 2 in Latin, 3 both. */
    final int scripts;

    final int dobEpochDay;
    final int estimatedAge;
    final int estimatedOnEpochDay;
    final @Nullable String nationality;
    final List<String> phones;
    final List<Document> documents;
    /** The baladiya (P-code) the person was registered in, or null. */
    final @Nullable String baladiya;

    private volatile BlockingKeys.@Nullable Keys keys;
    private volatile @Nullable EveryBucket everyBucket;

    Profile(
            List<List<Token>> parts,
            List<String> display,
            char sex,
            int scripts,
            int dobEpochDay,
            int estimatedAge,
            int estimatedOnEpochDay,
            @Nullable String nationality,
            List<String> phones,
            List<Document> documents,
            @Nullable String baladiya) {
        this.parts = parts;
        this.display = display;
        this.sex = sex;
        this.scripts = scripts;
        this.dobEpochDay = dobEpochDay;
        this.estimatedAge = estimatedAge;
        this.estimatedOnEpochDay = estimatedOnEpochDay;
        this.nationality = nationality;
        this.phones = phones;
        this.documents = documents;
        this.baladiya = baladiya;
    }

    /** A name part without the invisible characters copying brings along ({@link Names#visible}). */
    private static NameText visible(NameText part) {
        return new NameText(
                part.ar() == null ? null : Names.visible(part.ar()),
                part.lat() == null ? null : Names.visible(part.lat()));
    }

    static Profile of(MatchInput in) {
        List<List<Token>> parts = new ArrayList<>(NAME_PARTS);
        List<String> display = new ArrayList<>(NAME_PARTS);
        int scripts = 0;
        List<NameText> typed = new ArrayList<>(NAME_PARTS);
        for (NameText part : new NameText[] {in.given(), in.father(), in.grandfather(), in.family()}) {
            typed.add(part == null ? NameText.NONE : visible(part));
        }
        for (NameText p : typed) {
            scripts |= script(p.ar()) | script(p.lat());
            display.add(display(p));
        }
        String nat = in.nationality() == null || in.nationality().isBlank()
                ? null
                : clean(in.nationality()).toUpperCase(java.util.Locale.ROOT);
        if (DuplicateEngine.somali(nat)) {
            typed = typed.stream().map(Names::somaliLatin).toList();
        }
        List<NameText> rejoined = Names.rejoinSplitCompounds(typed, DuplicateEngine.southAsian(nat));
        for (int part = 0; part < rejoined.size(); part++) {
            parts.add(List.copyOf(Names.tokens(rejoined.get(part), part == 3)));
        }
        // a year of birth of 1900 or before is what a spreadsheet or an older system wrote for "not known"
        int dob = in.dateOfBirth() == null || in.dateOfBirth().getYear() <= 1900
                ? NO_DATE
                : (int) in.dateOfBirth().toEpochDay();
        int age = dob == NO_DATE && in.estimatedAge() != null ? in.estimatedAge() : -1;
        int on = age >= 0 && in.ageEstimatedOn() != null
                ? (int) in.ageEstimatedOn().toEpochDay()
                : NO_DATE;
        if (age >= 0 && on == NO_DATE) {
            on = (int) LocalDate.now().toEpochDay();
        }
        List<String> phones = new ArrayList<>();
        for (String p : in.phones()) {
            for (String n : PhoneNumbers.readings(p, nat)) {
                // the subscriber's seven digits one digit repeated (0910000000): no phone, typed where one was wanted
                if (n.length() >= 6
                        && !phones.contains(n)
                        && !Digits.noneOrOneRepeated(n, Math.max(0, n.length() - 7))) {
                    phones.add(n);
                }
            }
        }
        List<Document> docs = new ArrayList<>();
        for (DocumentInput d : in.documents()) {
            String n = DocumentNumbers.normalise(d.number());
            if (n.length() >= 3 && !Digits.noneOrOneRepeated(n, 0)) {
                String country =
                        d.issuingCountry() == null || d.issuingCountry().isBlank()
                                ? null
                                : clean(d.issuingCountry()).toUpperCase(java.util.Locale.ROOT);
                docs.add(new Document(clean(d.type()), n, DocumentNumbers.core(n), country));
            }
        }
        return new Profile(
                List.copyOf(parts),
                List.copyOf(display),
                Character.toUpperCase(in.sex()),
                scripts,
                dob,
                age,
                on,
                nat,
                List.copyOf(phones),
                List.copyOf(docs),
                in.baladiya() == null || in.baladiya().isBlank() ? null : clean(in.baladiya()));
    }

    private static int script(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        return Names.hasArabic(text) ? 1 : 2;
    }

    private static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= ' ' && c != FIELD && c != ITEM && c != SUB) {
                b.append(c);
            }
        }
        return b.toString().strip();
    }

    private static String display(NameText p) {
        String ar = p.ar() == null ? "" : clean(p.ar());
        String lat = p.lat() == null ? "" : clean(p.lat());
        if (ar.isEmpty()) {
            return lat;
        }
        return lat.isEmpty() ? ar : ar + " / " + lat;
    }

    // ---------------------------------------------------------------------------------------------- public face

    /**
     * The blocking keys: stored in people_match_keys and looked up with the same keys of a query. Triples of name words
     * (unordered, any three of the first five, with sex), pairs holding the given name with a four-year birth bucket,
     * phones and document numbers.
     */
    public Set<String> blockingKeys() {
        return keys().all();
    }

    /**
     * The keys a search for this profile looks up: its {@link #blockingKeys()} but those that only count ({@link
     * #countingKeys()}); for a profile without any birth information, the name keys of every birth bucket ({@link
     * BlockingKeys#everyBucket}); for one with a birth year, the keys its names have where no one knows the age
     * ({@link BlockingKeys#ageUnknownLookups}) and those of the birth buckets beside its own ({@link
     * BlockingKeys#nearAgeLookups}).
     */
    public Set<String> searchKeys() {
        return everyBucket().searchKeys();
    }

    /**
     * For a key of {@link KeyKind#EVERY_AGE_NAMES}, given how many stored persons hold each key: the holders of the
     * same names who all fit as well, those of every birth bucket and those of an age unknown for a profile without a
     * birth year, those of its own bucket and those of an age unknown for one with it.
     */
    public int everyAgeHolders(String key, ToIntFunction<String> holders) {
        int all = 0;
        for (String bucket : everyBucket().familyOf().getOrDefault(key, List.of(key))) {
            all += holders.applyAsInt(bucket);
        }
        return all;
    }

    /**
     * The namesakes of a candidate, from the fewest holders of each kind of key it shares with this profile's search
     * ({@code Integer.MAX_VALUE} for a kind it shares none of): those of a name key; else those of a key of compounds
     * written as one word; else, where it shares no phone or document either, those of the names in every birth
     * bucket; else 0, unknown. A phone or document is what a family shares, not every bearer of a name born over a
     * century, so beside one the holders of every bucket say nothing of who else would fit as well.
     */
    public static int namesakes(int fewestName, int fewestJoined, int fewestEveryAge, boolean sharesOther) {
        if (fewestName != Integer.MAX_VALUE) {
            return fewestName;
        }
        if (fewestJoined != Integer.MAX_VALUE) {
            return fewestJoined;
        }
        return fewestEveryAge != Integer.MAX_VALUE && !sharesOther ? fewestEveryAge : 0;
    }

    /**
     * The keys a search looks up beyond the profile's own, of every birth bucket (a profile without a birth year) or of
     * an age unknown (one with it), each with its family, and the search's keys with them.
     */
    private record EveryBucket(Map<String, List<String>> familyOf, Set<String> searchKeys) {}

    private EveryBucket everyBucket() {
        EveryBucket buckets = everyBucket;
        if (buckets == null) {
            Map<String, List<String>> familyOf = new LinkedHashMap<>();
            int thisYear = LocalDate.now().getYear();
            for (List<String> family :
                    BlockingKeys.everyBucket(this, blockingKeys(), thisYear).values()) {
                for (String key : family) {
                    familyOf.put(key, family);
                }
            }
            // with a birth year: the names of those whose age no one knows, counted with those of its own bucket
            familyOf.putAll(BlockingKeys.ageUnknownLookups(this, blockingKeys()));
            // and the names in the buckets a few years either side, counted with those of its own
            familyOf.putAll(BlockingKeys.nearAgeLookups(this, blockingKeys()));
            Set<String> search = blockingKeys();
            if (!familyOf.isEmpty() || !countingKeys().isEmpty()) {
                search = new LinkedHashSet<>(search);
                search.removeAll(countingKeys());
                search.addAll(familyOf.keySet());
                search = Collections.unmodifiableSet(search);
            }
            buckets = new EveryBucket(familyOf, search);
            everyBucket = buckets;
        }
        return buckets;
    }

    /**
     * The keys of this profile that count, never find ({@link BlockingKeys}: {@code c|S|NAT} and its words): stored
     * with its {@link #blockingKeys()}, never among its {@link #searchKeys()}. Empty without a nationality.
     */
    public Set<String> countingKeys() {
        return keys().counted();
    }

    /**
     * How many stored persons of this profile's sex and nationality there are and how many bear each of its words,
     * given how many hold each of its {@link #countingKeys()}; {@code stored} when this profile is one of them (a
     * stored person searched for), who is then left out. {@link WordBearers#UNKNOWN} without a nationality.
     */
    public WordBearers wordBearers(ToIntFunction<String> holders, boolean stored) {
        Set<String> counting = countingKeys();
        if (counting.isEmpty()) {
            return WordBearers.UNKNOWN;
        }
        int self = stored ? 1 : 0;
        String cohortKey = BlockingKeys.cohortKey(sex, Objects.requireNonNull(nationality));
        int cohort = holders.applyAsInt(cohortKey) - self;
        if (cohort <= 0) {
            return WordBearers.UNKNOWN;
        }
        Map<String, Integer> ofWord = new HashMap<>();
        for (String key : counting) {
            if (!key.equals(cohortKey)) {
                ofWord.put(key.substring(cohortKey.length() + 1), Math.max(0, holders.applyAsInt(key) - self));
            }
        }
        return new WordBearers(cohort, ofWord);
    }

    /** What the stored holders of one of this profile's keys say of how many bear its names. */
    public enum KeyKind {
        /** A phone or document number: its holders are no namesakes. */
        OTHER,
        /** Name words: its holders are the namesakes ({@link DuplicateEngine#compare(Profile, Profile, int)}). */
        NAMES,
        /**
         * Name words only a looser reading gives: this profile's compounds written as one word (Awad Elkarim keyed as
         * Awadelkarim), or its given name by its first letters, as a name cut short is ({@code ns}). Their holders
         * count as the namesakes only where no other name key is shared: a key of compounds few hold, one of first
         * letters holds names other than the query's.
         */
        JOINED_NAMES,
        /**
         * Name words in one birth bucket, looked up for a profile without a birth year, or of an age unknown, looked up
         * for one with it ({@link #searchKeys()}): the namesakes are the holders of its family together ({@link
         * #everyAgeHolders}).
         */
        EVERY_AGE_NAMES
    }

    /** The kind of one of this profile's {@link #searchKeys()}. */
    public KeyKind keyKind(String key) {
        if (!DuplicateEngine.isNameKey(key)) {
            return KeyKind.OTHER;
        }
        if (keys().joinedOnly().contains(key) || BlockingKeys.isCutShortKey(key)) {
            return KeyKind.JOINED_NAMES;
        }
        return everyBucket().familyOf().containsKey(key) ? KeyKind.EVERY_AGE_NAMES : KeyKind.NAMES;
    }

    private BlockingKeys.Keys keys() {
        BlockingKeys.Keys k = keys;
        if (k == null) {
            k = BlockingKeys.of(this);
            keys = k;
        }
        return k;
    }

    /** Script-independent skeleton of all name parts, space-separated tokens, for a pg_trgm index. */
    public String nameSkeleton() {
        StringBuilder b = new StringBuilder();
        for (List<Token> part : parts) {
            for (Token t : part) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                b.append(Names.searchForm(t));
            }
        }
        return b.toString();
    }

    /** Normalised phones (international digits). */
    public List<String> phones() {
        return phones;
    }

    /** Normalised document numbers. */
    public List<String> documentNumbers() {
        List<String> out = new ArrayList<>(documents.size());
        for (Document d : documents) {
            out.add(d.number());
        }
        return out;
    }

    /** The sex the profile was made with, 'M' or 'F'. */
    public char sex() {
        return sex;
    }

    /** The name parts as typed (both scripts joined with " / "), "" for a missing part; given, father, grandfather, family. */
    public List<String> displayNames() {
        return display;
    }

    /** Birth year, exact or estimated, or null when nothing is known. */
    public @Nullable Double birthYear() {
        if (dobEpochDay != NO_DATE) {
            LocalDate d = LocalDate.ofEpochDay(dobEpochDay);
            return d.getYear() + (d.getDayOfYear() - 1) / 365.25;
        }
        if (estimatedAge >= 0) {
            LocalDate on = LocalDate.ofEpochDay(estimatedOnEpochDay);
            return on.getYear() + (on.getDayOfYear() - 1) / 365.25 - estimatedAge - 0.5;
        }
        return null;
    }

    /**
     * Whether the other profile is this very record: every detail the same, the names as typed among them. Sex and
     * birth, plain fields, are compared first: it is asked of every candidate of every search.
     */
    public boolean sameRecordAs(Profile other) {
        return sex == other.sex
                && dobEpochDay == other.dobEpochDay
                && estimatedAge == other.estimatedAge
                && estimatedOnEpochDay == other.estimatedOnEpochDay
                && encode().equals(other.encode());
    }

    boolean hasDob() {
        return dobEpochDay != NO_DATE;
    }

    boolean hasEstimate() {
        return estimatedAge >= 0;
    }

    // ---------------------------------------------------------------------------------------------- encoding

    /** Compact text stored in people_person.match_features; {@link #decode(String)} reads it back. */
    public String encode() {
        StringBuilder b = new StringBuilder(160);
        b.append(VERSION).append(FIELD).append(sex).append(scripts).append(FIELD);
        if (dobEpochDay != NO_DATE) {
            b.append(dobEpochDay);
        }
        b.append(FIELD);
        if (estimatedAge >= 0) {
            b.append(estimatedAge).append(SUB).append(estimatedOnEpochDay);
        }
        b.append(FIELD);
        if (nationality != null) {
            b.append(nationality);
        }
        for (List<Token> part : parts) {
            b.append(FIELD);
            for (int i = 0; i < part.size(); i++) {
                if (i > 0) {
                    b.append(ITEM);
                }
                Token t = part.get(i);
                b.append(t.group() == null ? "" : t.group()).append(SUB).append(t.skeleton());
                b.append(SUB).append(t.text());
                if (t.skeleton2() != null) {
                    b.append(SUB).append(t.group2() == null ? "" : t.group2());
                    b.append(SUB).append(t.skeleton2());
                    b.append(SUB).append(t.text2() == null ? "" : t.text2());
                }
            }
        }
        for (String d : display) {
            b.append(FIELD).append(d);
        }
        b.append(FIELD);
        for (int i = 0; i < phones.size(); i++) {
            if (i > 0) {
                b.append(ITEM);
            }
            b.append(phones.get(i));
        }
        b.append(FIELD);
        for (int i = 0; i < documents.size(); i++) {
            if (i > 0) {
                b.append(ITEM);
            }
            Document d = documents.get(i);
            b.append(d.type()).append(SUB).append(d.number()).append(SUB);
            if (d.country() != null) {
                b.append(d.country());
            }
        }
        b.append(FIELD);
        if (baladiya != null) {
            b.append(baladiya);
        }
        return b.toString();
    }

    /**
     * Whether stored features are of the engine's current encoding. Older ones are still read (without what they
     * lack), but their tokens and keys may differ from what the engine derives today: the profile refresh rewrites
     * them.
     */
    public static boolean isCurrent(String encoded) {
        return encoded.startsWith(VERSION + FIELD);
    }

    /** The prefix every stored profile of the current encoding starts with (for SQL: {@code LIKE prefix || '%'}). */
    public static String currentPrefix() {
        return VERSION + FIELD;
    }

    /** Reads what {@link #encode()} wrote. */
    public static Profile decode(String encoded) {
        List<String> f = split(encoded, FIELD);
        // the previous versions are read as they are (the refresh re-derives their tokens and keys); m2 (before the
        // baladiya was kept) too, without a baladiya until re-registered
        boolean current = f.size() == 16 && (f.get(0).equals(VERSION) || PREVIOUS_VERSIONS.contains(f.get(0)));
        if (!current && !(f.size() == 15 && f.get(0).equals(BEFORE_BALADIYA))) {
            throw new IllegalArgumentException("Not an encoded match profile (version " + VERSION + ")");
        }
        char sex = f.get(1).isEmpty() ? '?' : f.get(1).charAt(0);
        int scripts = f.get(1).length() > 1 ? f.get(1).charAt(1) - '0' : 0;
        int dob = f.get(2).isEmpty() ? NO_DATE : Integer.parseInt(f.get(2));
        int age = -1;
        int on = NO_DATE;
        if (!f.get(3).isEmpty()) {
            int s = f.get(3).indexOf(SUB);
            age = Integer.parseInt(f.get(3), 0, s, 10);
            on = Integer.parseInt(f.get(3), s + 1, f.get(3).length(), 10);
        }
        String nat = f.get(4).isEmpty() ? null : TEXTS.of(f.get(4));
        List<List<Token>> parts =
                List.of(PARTS.of(f.get(5)), PARTS.of(f.get(6)), PARTS.of(f.get(7)), PARTS.of(f.get(8)));
        List<String> display =
                List.of(TEXTS.of(f.get(9)), TEXTS.of(f.get(10)), TEXTS.of(f.get(11)), TEXTS.of(f.get(12)));
        List<String> phones = f.get(13).isEmpty() ? List.of() : List.copyOf(split(f.get(13), ITEM));
        List<Document> docs = new ArrayList<>(1);
        if (!f.get(14).isEmpty()) {
            for (String d : split(f.get(14), ITEM)) {
                List<String> t = split(d, SUB);
                String number = t.get(1);
                docs.add(new Document(
                        TEXTS.of(t.get(0)),
                        number,
                        DocumentNumbers.core(number),
                        t.get(2).isEmpty() ? null : TEXTS.of(t.get(2))));
            }
        }
        String baladiya = current && !f.get(15).isEmpty() ? TEXTS.of(f.get(15)) : null;
        return new Profile(parts, display, sex, scripts, dob, age, on, nat, phones, List.copyOf(docs), baladiya);
    }

    /**
     * A name part's tokens as encoded: every word of the part, each its group, skeleton and normalised text (and those
     * of its other-script rendering).
     */
    private static List<Token> part(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> items = split(text, ITEM);
        Token[] tokens = new Token[items.size()];
        for (int i = 0; i < tokens.length; i++) {
            List<String> t = split(items.get(i), SUB);
            String g = t.get(0).isEmpty() ? null : t.get(0);
            if (t.size() >= 6) {
                tokens[i] = new Token(
                        g,
                        t.get(1),
                        t.get(2),
                        t.get(3).isEmpty() ? null : t.get(3),
                        t.get(4),
                        t.get(5).isEmpty() ? null : t.get(5));
            } else {
                tokens[i] = Token.of(g, t.get(1), t.get(2));
            }
        }
        return List.of(tokens);
    }

    private static List<String> split(String s, char sep) {
        List<String> out = new ArrayList<>(8);
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == sep) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    @Override
    public String toString() {
        return "Profile[" + nameSkeleton() + ", " + sex + "]";
    }
}
