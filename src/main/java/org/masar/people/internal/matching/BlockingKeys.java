package org.masar.people.internal.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The blocking keys of a profile. A key is shared by two profiles when they are worth comparing; each must be
 * selective (a few hundred persons at most at 1,000,000) and survive script, spelling and missing parts.
 *
 * <ul>
 *   <li>{@code n3|S|a+b+c}: sex and any three of the first five name words, unordered (so a missing or shifted part,
 *       or parts in another order, still leaves one shared triple among four parts); when all three are very common
 *       names, only with a four-year birth bucket;
 *   <li>{@code n2|S|a+b|aY}/{@code |bY}: sex, the first given word and one other word, and a four-year birth bucket
 *       in two partitions offset by two years (birth years two apart always share one; two-year buckets for two very
 *       common names) — for records with only two name parts; without a bucket too when neither name is very common;
 *   <li>{@code n2|S|a+b|u}: for a record of two name words and no birth information, the {@code n2} keys it would
 *       hold only with a bucket, with {@code u} instead ({@link #ageUnknown});
 *   <li>{@code n2f|S|b+z|aY}: the second and last words with the bucket — a slip in the given name of a three-word name;
 *   <li>{@code nf|S|a|zz|aY}: of a name of two words, the given word and the first letters of the last — a slip in the
 *       family name ({@link #familyByItsStart});
 *   <li>for a given name of two words, the {@code n2} keys of its second word and the last word, as a record of the
 *       name the person goes by holds them (Fatoumata Binta Baldé, Binta Baldé);
 *   <li>{@code b|S|a|D}: for a name of one or two words, each word with the exact date of birth (not a 1 January
 *       or 1 July placeholder) — a slip in either word leaves the other (Tidiani Seyni, Tidiami Seyni, born on one
 *       day); for a longer name, its given and its last word, which a record of two of its words holds; not a name
 *       key: persons born on the same day are no namesakes;
 *   <li>{@code y|a+b+c|D}: the first three name words with the exact date of birth (not a placeholder), but not the
 *       sex, which a clerk can get wrong; not a name key either;
 *   <li>{@code p|phone} and {@code d|number} (the number without a letter prefix, or a refugee's without its office);
 *   <li>the name keys again with two words of one part written as one, where a record spaces a compound the other
 *       joins (Awad Elkarim, Awadelkarim; Mohamed Salah, Mohamedsalah);
 *   <li>{@code c|S|NAT} and {@code c|S|NAT|w}: keys that only count, never looked up to find anyone ({@link
 *       #counted}).
 * </ul>
 *
 * A word's key form is its group for the very common names (mohamed for Mohamed, محمد, Mahamat, Md., Mohmaed), the
 * coarse skeleton of its group's canonical name or of itself for the others. See docs/people-duplicate-engine.md.
 */
final class BlockingKeys {
    private BlockingKeys() {}

    static final int MAX_WORDS = 5;

    /**
     * A profile's keys; of them, those only its compounds written as one word give ({@link #compoundsJoined}): they
     * find the person, but few hold them, so their holders count as the namesakes only where no other name key is
     * shared ({@link Profile.KeyKind}).
     */
    record Keys(Set<String> all, Set<String> joinedOnly, Set<String> counted) {}

    /**
     * The name words a profile keys by, in order, at most {@link #MAX_WORDS}: {@code chain} in each word's key form,
     * {@code chain2} in its second form where it has one ({@code differs} when any has), each word's token and name
     * part.
     */
    private record Chains(
            List<String> chain, List<String> chain2, boolean differs, List<Token> words, List<Integer> partOf) {}

    private static Chains chains(Profile p) {
        List<String> chain = new ArrayList<>(MAX_WORDS);
        List<String> chain2 = new ArrayList<>(MAX_WORDS);
        List<Token> chainWords = new ArrayList<>(MAX_WORDS);
        List<Integer> partOf = new ArrayList<>(MAX_WORDS);
        boolean differs = false;
        // a South Asian Md. is no word of the chain; but a Mohammad alone in the given name whose father's name is the
        // only other word (Mohammad | Asif) may be his given name, and keys as one, or two words would key none
        int wordCount = 0;
        for (List<Token> partWords : p.parts) {
            wordCount += partWords.size();
        }
        boolean skipPrefix = wordCount > 2 || !DuplicateEngine.givenAfterSouthAsianPrefix(p);
        boolean bengali = DuplicateEngine.bengali(p.nationality);
        for (int part = 0; part < p.parts.size(); part++) {
            List<Token> partWords = p.parts.get(part);
            for (int i = 0; i < partWords.size(); i++) {
                Token t = partWords.get(i);
                String k = t.keyForm();
                if (k.isEmpty()
                        || chain.size() >= MAX_WORDS
                        || skipPrefix && DuplicateEngine.isSouthAsianPrefix(p, part, i)) {
                    continue;
                }
                chain.add(k);
                chainWords.add(t);
                partOf.add(part);
                String k2 = t.keyForm2();
                if (k2 == null && bengali) {
                    // a Bangladeshi's sh and z, read as s and j, as the other spelling of the name may write them
                    k2 = t.bengaliKeyForm();
                }
                if (k2 != null && !k2.equals(k)) {
                    chain2.add(k2);
                    differs = true;
                } else {
                    chain2.add(k);
                }
            }
        }
        return new Chains(chain, chain2, differs, chainWords, partOf);
    }

    static Keys of(Profile p) {
        Set<String> keys = new LinkedHashSet<>();
        Chains chains = chains(p);
        List<String> chain = chains.chain();
        List<String> chain2 = chains.chain2();
        boolean differs = chains.differs();
        List<Token> chainWords = chains.words();
        List<Integer> partOf = chains.partOf();
        Double year = p.birthYear();
        names(keys, p.sex, chain, year);
        goneBy(keys, p.sex, chain, partOf, year);
        if (differs) {
            names(keys, p.sex, chain2, year);
            goneBy(keys, p.sex, chain2, partOf, year);
        }
        if (year == null) {
            ageUnknown(keys, p.sex, differs ? List.of(chain, chain2) : List.of(chain));
        }
        cutShort(keys, p.sex, chains, year);
        familyByItsStart(keys, p.sex, chain, year);
        if (differs) {
            familyByItsStart(keys, p.sex, chain2, year);
        }
        if (chain.size() >= 3
                && partOf.get(0) == 0
                && partOf.get(1) != 0
                && Names.isTitle(chainWords.getFirst().text())) {
            // a title typed alone into the given field (Alhaji | Musa | Danladi): the names after it key as a record
            // of them alone does (Musa | Danladi)
            names(keys, p.sex, chain.subList(1, chain.size()), year);
        }
        Set<String> joinedOnly = new LinkedHashSet<>();
        for (List<String> joined : compoundsJoined(chain, chainWords, partOf)) {
            names(joinedOnly, p.sex, joined, year);
        }
        joinedOnly.removeAll(keys);
        // each word with the day of birth; a name of one word (Abdul Karim, a compound the form split over the given
        // and the family field, joined again) keys so too: without it, it would have no name key at all
        if (!chain.isEmpty() && p.hasDob() && !DuplicateEngine.isPlaceholder(LocalDate.ofEpochDay(p.dobEpochDay))) {
            for (List<String> words : differs ? List.of(chain, chain2) : List.of(chain)) {
                // of a longer name, its given and last words, which a record of two words holds (Imran | Muhammad
                // Aslam, Muhammad Imran; Bih | Mirabel | | Ngwa, Mirabel | | | Ngwa)
                for (String word : words.size() <= 2 ? words : List.of(words.getFirst(), words.getLast())) {
                    keys.add("b|" + p.sex + "|" + word + "|" + p.dobEpochDay);
                }
            }
        }
        if (chain.size() >= 3 && p.hasDob() && !DuplicateEngine.isPlaceholder(LocalDate.ofEpochDay(p.dobEpochDay))) {
            // without the sex, which a clerk gets wrong for a name they do not know (Kadidiatou, Ousseini)
            List<String> three = new ArrayList<>(chain.subList(0, 3));
            Collections.sort(three);
            keys.add("y|" + String.join("+", three) + "|" + p.dobEpochDay);
        }
        for (String phone : p.phones) {
            if (phone.length() >= 8) {
                keys.add("p|" + phone);
            }
        }
        for (Profile.Document d : p.documents) {
            String key = DocumentNumbers.key(d.core());
            if (key != null) {
                keys.add(key);
            }
        }
        keys.addAll(joinedOnly);
        Set<String> counted = counted(p, differs ? List.of(chain, chain2) : List.of(chain));
        keys.addAll(counted);
        return new Keys(
                Collections.unmodifiableSet(keys),
                Collections.unmodifiableSet(joinedOnly),
                Collections.unmodifiableSet(counted));
    }

    /**
     * The keys that count, never find: {@code c|S|NAT}, held by every person of one sex and nationality, and {@code
     * c|S|NAT|w}, by those of them whose name holds the word {@code w} (in its key form). Their holders are how many
     * persons of the cohort are stored, and how many bear each word ({@link WordBearers}); a search never looks them
     * up, as each is held by thousands. None without a nationality.
     */
    private static Set<String> counted(Profile p, List<List<String>> chains) {
        if (p.nationality == null || chains.getFirst().isEmpty()) {
            return Set.of();
        }
        Set<String> counted = new LinkedHashSet<>();
        String cohort = cohortKey(p.sex, p.nationality);
        counted.add(cohort);
        for (List<String> chain : chains) {
            for (String word : chain) {
                counted.add(wordKey(cohort, word));
            }
        }
        return counted;
    }

    static String cohortKey(char sex, String nationality) {
        return "c|" + sex + "|" + nationality;
    }

    static String wordKey(String cohort, String word) {
        return cohort + "|" + word;
    }

    /** How far back the birth buckets a profile without a birth year looks in go: a hundred years of ages. */
    static final int AGES_LOOKED_IN = 100;

    /**
     * For a profile of one or two name words without any birth information, the name keys its names hold in every
     * four-year birth bucket of the last {@link #AGES_LOOKED_IN} years (one partition), by the key they stand for
     * without the bucket, each family with the key of an age unknown ({@link #ageUnknown}) too. Such a profile keys a
     * name held only with a bucket (two words of which one is a very common name: Mohamed Keita) with {@code u} alone,
     * so its search looks in every bucket as well: a person registered once with an age and once without is still
     * compared. Search only: stored, they would make the person a namesake in every bucket. Empty for a profile with a
     * birth year.
     */
    static Map<String, List<String>> everyBucket(Profile p, Set<String> own, int thisYear) {
        if (p.birthYear() != null) {
            return Map.of();
        }
        Chains chains = chains(p);
        if (chains.chain().size() > 2) {
            // three words or more key a triple without a bucket unless all three are very common names, borne by
            // too many of every age to tell a person without one
            return Map.of();
        }
        Map<String, List<String>> families = new LinkedHashMap<>();
        Set<String> inYear = new LinkedHashSet<>();
        for (int year = thisYear - AGES_LOOKED_IN; year <= thisYear; year++) {
            inYear.clear();
            names(inYear, p.sex, chains.chain(), (double) year);
            if (chains.differs()) {
                names(inYear, p.sex, chains.chain2(), (double) year);
            }
            for (String key : inYear) {
                int bar = key.lastIndexOf('|');
                // one partition of the four-year buckets; not the two-year buckets of two very common names
                // (Mohamed Ahmed), whose holders of every age are thousands, never worth a comparison alone
                if (firstFourYearPartition(key, bar) && !own.contains(key)) {
                    List<String> family = families.computeIfAbsent(key.substring(0, bar), base -> {
                        // and those of an age unknown too, who fit as well (ageUnknown)
                        List<String> keys = new ArrayList<>();
                        keys.add(base + "|" + AGE_UNKNOWN);
                        return keys;
                    });
                    if (!family.contains(key)) {
                        family.add(key);
                    }
                }
            }
        }
        return families;
    }

    /** The "birth bucket" of a profile without any birth information ({@link #ageUnknown}). */
    private static final String AGE_UNKNOWN = "u";

    /**
     * For a profile of two name words without any birth information, the {@code n2} keys its names would hold only
     * with a four-year birth bucket (Awa Keita, Mohamed Keita: a very common name, or a word of a short key form),
     * with the bucket {@code u} instead: without them such a profile holds no name key, and a second record of the
     * person, with an age or without, would never be compared with it. A search with a birth year looks them up as
     * well ({@link #ageUnknownLookups}), one without looks up every bucket and them ({@link #everyBucket}).
     */
    private static void ageUnknown(Set<String> keys, char sex, List<List<String>> chains) {
        if (chains.getFirst().size() != 2) {
            return;
        }
        Set<String> inYear = new LinkedHashSet<>();
        for (List<String> chain : chains) {
            // any year: which keys hold a four-year bucket does not depend on it
            names(inYear, sex, chain, 2000.0);
        }
        for (String key : inYear) {
            String unknown = ageUnknownKey(key);
            if (unknown != null && !inYear.contains(withoutBucket(unknown))) {
                keys.add(unknown);
            }
        }
    }

    /**
     * The key of an age unknown ({@link #ageUnknown}) standing for a {@code n2} key of the first four-year birth
     * partition; null for any other key.
     */
    private static @Nullable String ageUnknownKey(String key) {
        if (!key.startsWith("n2|")) {
            return null;
        }
        int bar = key.lastIndexOf('|');
        return firstFourYearPartition(key, bar) ? key.substring(0, bar + 1) + AGE_UNKNOWN : null;
    }

    /** A bucketed key without its bucket: the key its names hold where they need none. */
    private static String withoutBucket(String key) {
        return key.substring(0, key.lastIndexOf('|'));
    }

    /**
     * Whether the part after {@code bar} is a bucket of the first four-year birth partition, not of the second nor of
     * the two-year buckets of two very common names ({@link #bucketed}).
     */
    private static boolean firstFourYearPartition(String key, int bar) {
        if (bar + 2 >= key.length()) {
            return false;
        }
        char next = key.charAt(bar + 2);
        return key.charAt(bar + 1) == 'a' && (Character.isDigit(next) || next == '-');
    }

    /**
     * For a profile with a birth year, the keys of an age unknown ({@link #ageUnknown}) a search for it looks up too,
     * each with its family: itself and the key of the profile's own bucket it stands for, whose holders together are
     * those who fit as well as a person of the names whose age no one knows. Empty for a profile without a birth year.
     */
    static Map<String, List<String>> ageUnknownLookups(Profile p, Set<String> own) {
        if (p.birthYear() == null) {
            return Map.of();
        }
        Map<String, List<String>> families = new LinkedHashMap<>();
        for (String key : own) {
            String unknown = ageUnknownKey(key);
            // a name held without a bucket too is held so by a record of an age unknown as well
            if (unknown != null && !own.contains(withoutBucket(unknown))) {
                families.put(unknown, List.of(unknown, key));
            }
        }
        return families;
    }

    /**
     * How far either side of a profile's birth year its search looks for its names in the neighbouring four-year birth
     * buckets ({@link #nearAgeLookups}).
     */
    static final double NEAR_AGE_YEARS = 4;

    /**
     * For a profile with a birth year, the name keys of the four-year buckets (one partition) that hold the years
     * {@link #NEAR_AGE_YEARS} either side of it, where they are not its own, each with its family: those keys and the
     * profile's own key of the same names, whose holders together are those who fit as well. Two clerks' guesses of an
     * adult's age, or a guess against a date, are four years apart as often as not (Yacouba Sangare born in 1996 and
     * "about 24" in 2024); the four-year buckets alone meet only ages two years apart for certain. Search only, as
     * {@link #everyBucket} is. Empty for a profile without a birth year.
     */
    static Map<String, List<String>> nearAgeLookups(Profile p, Set<String> own) {
        Double year = p.birthYear();
        if (year == null) {
            return Map.of();
        }
        Chains chains = chains(p);
        if (chains.chain().size() > 2) {
            // three words or more key a triple without a bucket, met at any age
            return Map.of();
        }
        Map<String, List<String>> familyOfBase = new LinkedHashMap<>();
        for (String key : own) {
            int bar = key.lastIndexOf('|');
            if (firstFourYearPartition(key, bar)) {
                familyOfBase
                        .computeIfAbsent(key.substring(0, bar), base -> new ArrayList<>())
                        .add(key);
            }
        }
        Map<String, List<String>> families = new LinkedHashMap<>();
        Set<String> inYear = new LinkedHashSet<>();
        for (double near : new double[] {year - NEAR_AGE_YEARS, year + NEAR_AGE_YEARS}) {
            inYear.clear();
            names(inYear, p.sex, chains.chain(), near);
            if (chains.differs()) {
                names(inYear, p.sex, chains.chain2(), near);
            }
            for (String key : inYear) {
                int bar = key.lastIndexOf('|');
                List<String> family = familyOfBase.get(key.substring(0, bar));
                if (family != null && firstFourYearPartition(key, bar) && !own.contains(key)) {
                    if (!family.contains(key)) {
                        family.add(key);
                    }
                    families.put(key, family);
                }
            }
        }
        return families;
    }

    /**
     * The chain again with two words of one name part written as one, for each such pair: a compound spaced in one
     * record and joined in the other (Awad Elkarim, Awadelkarim; Mohamed Salah, Mohamedsalah; Gul Mohammad) keys as
     * the joined word does — its skeleton is theirs end to end, with or without the article's l between them — so that
     * the two are compared at all ({@code NameMatch.joinCompounds} then reads them as one word).
     */
    private static List<List<String>> compoundsJoined(List<String> chain, List<Token> words, List<Integer> partOf) {
        List<List<String>> out = new ArrayList<>();
        int pairs = 0;
        for (int i = 0; i + 1 < chain.size(); i++) {
            if (!partOf.get(i).equals(partOf.get(i + 1))) {
                continue;
            }
            pairs++;
            String first = words.get(i).skeleton();
            String second = words.get(i + 1).skeleton();
            for (String joined :
                    second.startsWith("L") ? List.of(first + second) : List.of(first + second, first + "L" + second)) {
                List<String> variant = new ArrayList<>(chain);
                variant.set(i, Skeletons.keyCode(joined));
                variant.remove(i + 1);
                out.add(variant);
            }
        }
        if (pairs > 1) {
            // two compounds in one name (Haile Selassie Wolde Michael, Hailesilassie Woldemichael): every part as one
            List<String> variant = new ArrayList<>();
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < chain.size(); i++) {
                word.append(words.get(i).skeleton());
                if (i + 1 == chain.size() || !partOf.get(i).equals(partOf.get(i + 1))) {
                    variant.add(Skeletons.keyCode(word.toString()));
                    word.setLength(0);
                }
            }
            out.add(variant);
        }
        return out;
    }

    /**
     * Key forms of the names so common that a key of them alone would hold thousands of persons at a million: the
     * engine's very common names (Mohamed, Ahmed, Ali, Abdallah, Ibrahim, Fatima, Aisha…).
     */
    static final Set<String> COMMON = DuplicateEngine.COMMON;

    private static void names(Set<String> keys, char sex, List<String> chain, @Nullable Double year) {
        int n = chain.size();
        String buckets = fourYearBuckets(year);
        String narrow = twoYearBuckets(year);
        String[] three = new String[3];
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                for (int c = b + 1; c < n; c++) {
                    three[0] = chain.get(a);
                    three[1] = chain.get(b);
                    three[2] = chain.get(c);
                    Arrays.sort(three);
                    String key = "n3|" + sex + "|" + three[0] + "+" + three[1] + "+" + three[2];
                    if (COMMON.contains(three[0]) && COMMON.contains(three[1]) && COMMON.contains(three[2])) {
                        // Mohamed Ahmed Mohamed: thousands of men; only with the birth bucket, and not at all without
                        bucketed(keys, key, buckets);
                    } else {
                        keys.add(key);
                    }
                }
            }
        }
        if (n >= 2) {
            String first = chain.get(0);
            for (int b = 1; b < n; b++) {
                givenAndOther(keys, sex, first, chain.get(b), buckets, narrow);
            }
        }
        if (n >= 3) {
            // a slip in the given name of a three-word name: the father's and the last word, with the birth bucket
            String second = chain.get(1);
            String last = chain.get(n - 1);
            String pair = second.compareTo(last) <= 0 ? second + "+" + last : last + "+" + second;
            boolean common = COMMON.contains(second) && COMMON.contains(last);
            bucketed(keys, "n2f|" + sex + "|" + pair, common ? narrow : buckets);
        }
    }

    /**
     * A Latin given name outside the table by its first three letters, with the last word of the name and the birth
     * bucket ({@code ns}): a name cut short as people call each other (Ada, Adaeze; Osas, Osasere; Bukky, Bukola;
     * {@link Token#cutShort}) shares no other name key with the name it was cut from. Not without a birth year: the
     * comparison needs ages that agree.
     */
    private static void cutShort(Set<String> keys, char sex, Chains chains, @Nullable Double year) {
        List<String> chain = chains.chain();
        if (year == null || chain.size() < 2 || chains.partOf().getFirst() != 0) {
            return;
        }
        Token given = chains.words().getFirst();
        String latin = given.latin();
        if (given.group() != null || latin == null || latin.length() < 3) {
            return;
        }
        bucketed(keys, "ns|" + sex + "|" + latin.substring(0, 3) + "|" + chain.getLast(), fourYearBuckets(year));
    }

    /**
     * The given word of a name of two words with the first two letters of the last word's key form, and the birth
     * bucket ({@code nf}): a slip in the family name (Agyemang, Agyeman; Boateng, Boatend; Edokpolo, Edokpolor) leaves
     * the two records no other name key, where a name of three words keeps a triple or a pair of its others. Not
     * without a birth year, nor where the last word's key form is a very common name's group or two letters at most:
     * its own keys find it as well.
     */
    private static void familyByItsStart(Set<String> keys, char sex, List<String> chain, @Nullable Double year) {
        if (year == null || chain.size() != 2) {
            return;
        }
        String last = chain.getLast();
        if (last.length() <= 2 || !Character.isUpperCase(last.charAt(0))) {
            return;
        }
        bucketed(keys, "nf|" + sex + "|" + chain.getFirst() + "|" + last.substring(0, 2), fourYearBuckets(year));
    }

    /**
     * Whether a key is one of a word by its first letters ({@link #cutShort}, {@link #familyByItsStart}): its holders
     * bear names other than the query's too.
     */
    static boolean isCutShortKey(String key) {
        return key.startsWith("ns|") || key.startsWith("nf|");
    }

    /** The {@code n2} keys of the given word {@code first} and another word of the name. */
    private static void givenAndOther(
            Set<String> keys, char sex, String first, String other, @Nullable String buckets, @Nullable String narrow) {
        String pair = first.compareTo(other) <= 0 ? first + "+" + other : other + "+" + first;
        // two very common names (Mohamed Ahmed): two-year buckets, birth years one apart still meet
        boolean common = COMMON.contains(first) && COMMON.contains(other);
        bucketed(keys, "n2|" + sex + "|" + pair, common ? narrow : buckets);
        if (!COMMON.contains(first) && !COMMON.contains(other) && first.length() >= 3 && other.length() >= 3) {
            // two names neither of which is very common (nor a short code many names share) hold few people even
            // without a birth year
            keys.add("n2|" + sex + "|" + pair);
        }
    }

    /**
     * A given name of two words or more is often written with its second word only, the name the person goes by
     * (Fatoumata Binta, Ndeye Coumba, Mohamed Lamine: Binta, Coumba, Lamine): the name keys too as that second word
     * and the last word do, which is all a record of the two words holds ({@code n2}); with more words on both sides a
     * triple of them is shared anyway.
     */
    private static void goneBy(
            Set<String> keys, char sex, List<String> chain, List<Integer> partOf, @Nullable Double year) {
        if (chain.size() >= 3 && partOf.get(0) == 0 && partOf.get(1) == 0) {
            givenAndOther(
                    keys, sex, chain.get(1), chain.get(chain.size() - 1), fourYearBuckets(year), twoYearBuckets(year));
        }
    }

    /** The four-year birth buckets of a birth year, in two partitions offset by two years ({@link #bucketed}). */
    private static @Nullable String fourYearBuckets(@Nullable Double year) {
        if (year == null) {
            return null;
        }
        int y = (int) Math.floor(year);
        return Math.floorDiv(y, 4) + "|" + Math.floorDiv(y + 2, 4);
    }

    /** The two-year birth buckets of a birth year, for two very common names. */
    private static @Nullable String twoYearBuckets(@Nullable Double year) {
        if (year == null) {
            return null;
        }
        int y = (int) Math.floor(year);
        return "y" + Math.floorDiv(y, 2) + "|z" + Math.floorDiv(y + 1, 2);
    }

    /** The key in both four-year birth partitions (offset by two years, so birth years two apart share one). */
    private static void bucketed(Set<String> keys, String key, @Nullable String buckets) {
        if (buckets == null) {
            return;
        }
        int bar = buckets.indexOf('|');
        String a = buckets.substring(0, bar);
        String b = buckets.substring(bar + 1);
        keys.add(key + "|" + (Character.isDigit(a.charAt(0)) || a.charAt(0) == '-' ? "a" + a : a));
        keys.add(key + "|" + (Character.isDigit(b.charAt(0)) || b.charAt(0) == '-' ? "b" + b : b));
    }
}
