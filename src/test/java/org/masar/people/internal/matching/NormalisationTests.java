package org.masar.people.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Phones, document numbers, the stored encoding, search skeletons and keys. */
class NormalisationTests {

    @ParameterizedTest
    @CsvSource(delimiter = '¦', textBlock = """
            +218 91 234 5678 ¦ 218912345678
            00218912345678 ¦ 218912345678
            091-234-5678 ¦ 218912345678
            0912345678 ¦ 218912345678
            91 234 5678 ¦ 218912345678
            (091) 234.5678 ¦ 218912345678
            ٠٩١٢٣٤٥٦٧٨ ¦ 218912345678
            ۰۹۱۲۳۴۵۶۷۸ ¦ 218912345678
            +٢١٨ ٩١ ٢٣٤ ٥٦٧٨ ¦ 218912345678
            218912345678 ¦ 218912345678
            +249 912 345 678 ¦ 249912345678
            00227 96 12 34 56 ¦ 22796123456
            +218 (0)91 234 5678 ¦ 218912345678
            00218 (0) 91-234-5678 ¦ 218912345678
            2180912345678 ¦ 218912345678
            +218 218 91 234 5678 ¦ 218912345678
            00218218912345678 ¦ 218912345678
            """)
    void phonesBecomeInternationalDigits(String asGiven, String expected) {
        assertThat(PhoneNumbers.normalise(asGiven)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '¦', textBlock = """
            010 1234 5678 ¦ EGY ¦ 201012345678
            1012345678 ¦ EGY ¦ 201012345678
            201012345678 ¦ EGY ¦ 201012345678
            +20 10 1234 5678 ¦ EGY ¦ 201012345678
            66 12 34 56 ¦ TCD ¦ 23566123456
            96 12 34 56 ¦ NER ¦ 22796123456
            0803 123 4567 ¦ NGA ¦ 2348031234567
            01712-345678 ¦ BGD ¦ 8801712345678
            099 123 4567 ¦ SDN ¦ 249991234567
            091 234 5678 ¦ SDN ¦ 218912345678
            091 234 5678 ¦ EGY ¦ 218912345678
            010 1234 5678 ¦ LBY ¦ 2181012345678
            0123 ¦ EGY ¦ 218123
            """)
    void aNumberThatCannotBeLibyanIsReadInThePlanOfThePersonsCountry(
            String asGiven, String nationality, String expected) {
        assertThat(PhoneNumbers.normalise(asGiven, nationality)).isEqualTo(expected);
    }

    @Test
    void aSearchedNumberThatCannotBeLibyanStandsForEveryCountrysNumberItCanBe() {
        assertThat(PhoneNumbers.readings("0912345678")).containsExactly("218912345678");
        assertThat(PhoneNumbers.readings("+20 10 1234 5678")).containsExactly("201012345678");
        assertThat(PhoneNumbers.readings("010 1234 5678"))
                .startsWith("2181012345678")
                .contains("201012345678");
        assertThat(PhoneNumbers.readings("66 12 34 56")).contains("66123456", "23566123456", "22366123456");
        assertThat(PhoneNumbers.readings("none")).isEmpty();
        // a foreign number whose digits after the country code are a Libyan number, as a Sudanese's may be stored
        assertThat(PhoneNumbers.readings("+249 91 234 5678")).containsExactly("249912345678", "218912345678");
        assertThat(PhoneNumbers.readings("00963 944 123 456")).containsExactly("963944123456", "218944123456");
        assertThat(PhoneNumbers.readings("+20 10 1234 5678")).containsExactly("201012345678");
    }

    @Test
    void aNumberThatBothLibyasPlanAndThePersonsCountrysHoldIsBoth() {
        assertThat(PhoneNumbers.readings("091 234 5678", "SDN")).containsExactly("218912345678", "249912345678");
        assertThat(PhoneNumbers.readings("0944 123 456", "SYR")).containsExactly("218944123456", "963944123456");
        assertThat(PhoneNumbers.readings("091 234 5678", "EGY")).containsExactly("218912345678");
        assertThat(PhoneNumbers.readings("091 234 5678", "LBY")).containsExactly("218912345678");
        assertThat(PhoneNumbers.readings("091 234 5678", null)).containsExactly("218912345678");
        assertThat(PhoneNumbers.readings("+249 91 234 5678", "SDN")).containsExactly("249912345678");
        assertThat(PhoneNumbers.readings("010 1234 5678", "EGY")).containsExactly("201012345678");
    }

    @Test
    void aNumberTellsTheCountryItIsALineOf() {
        assertThat(PhoneNumbers.callingCode(PhoneNumbers.normalise("091 234 5678")))
                .isEqualTo(218);
        assertThat(PhoneNumbers.callingCode(PhoneNumbers.normalise("+227 96 12 34 56")))
                .isEqualTo(227);
        assertThat(PhoneNumbers.callingCode(PhoneNumbers.normalise("+880 1712-345678")))
                .isEqualTo(880);
        assertThat(PhoneNumbers.callingCode(PhoneNumbers.normalise("010 1234 5678", "EGY")))
                .isEqualTo(20);
        assertThat(PhoneNumbers.callingCode(PhoneNumbers.normalise("+1 202 555 0123")))
                .isEqualTo(1);
    }

    @Test
    void aSearchIsTheSameWithoutTheInvisibleCharactersCopiedWithIt() {
        assertThat(SearchText.skeleton("\uFEFFMohamed Zawi")).isEqualTo(SearchText.skeleton("Mohamed Zawi"));
        assertThat(SearchText.skeleton("محمد\u200Cرضا")).isEqualTo(SearchText.skeleton("محمدرضا"));
    }

    @Test
    void aPhoneWithoutDigitsIsEmpty() {
        assertThat(PhoneNumbers.normalise("none")).isEmpty();
        assertThat(PhoneNumbers.normalise("")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '¦', textBlock = """
            P 0234-5678 ¦ P02345678
            p02345678 ¦ P02345678
            ١١٩٨-٨٠١٢ ¦ 11988012
            ab.12/34 ¦ AB1234
            """)
    void documentNumbersLoseSpacesDashesAndCase(String asGiven, String expected) {
        assertThat(DocumentNumbers.normalise(asGiven)).isEqualTo(expected);
    }

    @Test
    void aLostPrefixLeavesTheSameCore() {
        assertThat(DocumentNumbers.core("P02345678")).isEqualTo(DocumentNumbers.core("02345678"));
        assertThat(DocumentNumbers.core("AB12")).isEqualTo("AB12");
        // the letter O typed for the zero after the prefix
        assertThat(DocumentNumbers.core("PO2345678")).isEqualTo(DocumentNumbers.core("P02345678"));
        // a number too short to stand alone once its zeros go keeps them; too short even with them, its prefix too
        assertThat(DocumentNumbers.core("P00001234")).isEqualTo(DocumentNumbers.core("00001234"));
        assertThat(DocumentNumbers.core("A00123")).isEqualTo("A00123");
        // among the digits, the letters typed for a zero or a one
        assertThat(DocumentNumbers.core("P0123O567")).isEqualTo(DocumentNumbers.core("P01230567"));
        assertThat(DocumentNumbers.core("A1234I67")).isEqualTo(DocumentNumbers.core("A1234167"));
        assertThat(DocumentNumbers.core("24C00123")).isEqualTo("24C00123");
        // a refugee's number without its office, and with it; but two offices' serials of one year are two cards
        assertThat(DocumentNumbers.core("19924C46350")).isEqualTo("24C46350");
        assertThat(DocumentNumbers.core("LBY24C46350")).isEqualTo("24C46350");
        assertThat(DocumentNumbers.officesDiffer("48023C51472", "19923C51472")).isTrue();
        assertThat(DocumentNumbers.officesDiffer("48023C51472", "23C51472")).isFalse();
        assertThat(DocumentNumbers.officesDiffer("48023C51472", "48023C51472")).isFalse();
        // a number of digits alone keeps them all
        assertThat(DocumentNumbers.core("19924146350")).isEqualTo("19924146350");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '¦', textBlock = """
            Ben Ali ¦ ali
            Benali ¦ ali
            Benamer ¦ amer
            Binomran ¦ imran
            بن عامر ¦ amer
            بنعامر ¦ amer
            Benson ¦ benson
            Bineta ¦ bineta
            Benghazi ¦ benghazi
            بنغازي ¦ بنغازي
            بنيامين ¦ binyamin
            Benyamin ¦ binyamin
            """)
    void sonOfJoinedToAGivenNameGoesAsItDoesSpacedButOtherNamesStayWhole(String asTyped, String expected) {
        List<Token> tokens =
                Names.tokens(Names.hasArabic(asTyped) ? new NameText(asTyped, null) : new NameText(null, asTyped));
        assertThat(tokens).hasSize(1);
        String group = tokens.get(0).group();
        assertThat(group != null ? group : tokens.get(0).text()).isEqualTo(expected);
    }

    @Test
    void encodeRoundTrips() {
        for (String spec : List.of(
                "محمد / Mohamed|عبد السلام / Abdelsalam|Ali Hassan|المصراتي;M;1993-09-21;LBY;0912345678,+218925556677;passport:P 123:LBY,other:77-88:",
                "Aïssatou|||;F;~30@2025-01-01;;;",
                "|Omar||;M;;;;",
                "Jean-Pierre O'Brien (2)|||;F;;;;")) {
            Profile p = DuplicateEngine.standard().profile(People.parse(spec));
            Profile d = Profile.decode(p.encode());
            assertThat(d.encode()).isEqualTo(p.encode());
            assertThat(d.blockingKeys()).isEqualTo(p.blockingKeys());
            assertThat(d.nameSkeleton()).isEqualTo(p.nameSkeleton());
            assertThat(d.phones()).isEqualTo(p.phones());
            assertThat(d.documentNumbers()).isEqualTo(p.documentNumbers());
        }
        Profile full =
                DuplicateEngine.standard().profile(People.parse("محمد / Mohamed|عبد السلام||المصراتي;M;1993-09-21;;;"));
        assertThat(DuplicateEngine.standard()
                        .compare(full, Profile.decode(full.encode()))
                        .likely())
                .isTrue();
    }

    @Test
    void separatorsTypedIntoAnyFieldDoNotBreakTheEncoding() {
        MatchInput in = new MatchInput(
                new NameText("محمد\u001F", "Mo\u001Ehamed\u001D"),
                NameText.NONE,
                NameText.NONE,
                new NameText(null, "Zawi"),
                'M',
                null,
                30,
                java.time.LocalDate.of(2025, 1, 1),
                "LB\u001FY",
                List.of("0912\u001E345678"),
                List.of(new DocumentInput("pass\u001Fport", "P12\u001D3456", "LB\u001DY")),
                "LY02\u001E1104");
        Profile p = DuplicateEngine.standard().profile(in);
        Profile d = Profile.decode(p.encode());
        assertThat(d.encode()).isEqualTo(p.encode());
        assertThat(d.phones()).containsExactly("218912345678");
        assertThat(d.documentNumbers()).containsExactly("P123456");
    }

    @Test
    void profileExposesNormalisedPhonesAndDocuments() {
        Profile p = DuplicateEngine.standard()
                .profile(People.parse("Mohamed|Ali||;M;;;091 234 5678,00218912345678;passport:p-0123 4567:LBY"));
        assertThat(p.phones()).containsExactly("218912345678");
        assertThat(p.documentNumbers()).containsExactly("P01234567");
        assertThat(p.blockingKeys()).contains("p|218912345678", "d|1234567");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '¦', textBlock = """
            Rafiqul ¦ rafiq
            Shahidul ¦ shahid
            Rasoul ¦ rasoul
            Fadoul ¦ fadoul
            Woldemichael ¦ michael
            Weldegebriel ¦ gebriel
            Wolde Michael ¦ michael
            Woldu ¦ woldu
            """)
    void theBengaliArticleAndTheTigrinyaSonOfGoButALongUStays(String asTyped, String expected) {
        assertThat(Names.latinTokens(asTyped)).containsExactly(expected);
    }

    @Test
    void theGreekChOfMichaelIsAK() {
        assertThat(Skeletons.of("michael")).isEqualTo(Skeletons.of("mikael")).isEqualTo("MKL");
        assertThat(Skeletons.of("christopher")).isEqualTo("KRSTFR");
        assertThat(Skeletons.of("michel")).isEqualTo("MXL"); // French ch is ش (ميشيل, شريف)
        assertThat(Skeletons.of("chrif")).isEqualTo("XRF");
        assertThat(Skeletons.of("chukwuemeka")).startsWith("X");
    }

    @Test
    void aNameOfTwoWordsIsLookedUpAFewYearsAway() {
        DuplicateEngine engine = DuplicateEngine.standard();
        // born in 1996 on his passport, "about 24" to the clerk of a community centre in 2024: four years apart, in
        // two four-year birth buckets of either partition, they share no key
        Profile passport = engine.profile(People.parse("Yacouba|||Sangaré;M;1996-06-07;CIV"));
        Profile guessed = engine.profile(People.parse("Yacouba|||Sangare;M;~24@2024-10-19;CIV"));
        assertThat(passport.blockingKeys())
                .filteredOn(DuplicateEngine::isNameKey)
                .doesNotContainAnyElementsOf(guessed.blockingKeys());
        // the search of each looks up the names a bucket either side, and meets the other
        assertThat(guessed.searchKeys()).containsAnyElementsOf(passport.blockingKeys());
        assertThat(passport.searchKeys()).containsAnyElementsOf(guessed.blockingKeys());
        String met = guessed.searchKeys().stream()
                .filter(passport.blockingKeys()::contains)
                .findFirst()
                .orElseThrow();
        assertThat(guessed.keyKind(met)).isEqualTo(Profile.KeyKind.EVERY_AGE_NAMES);
        // whoever bears the names in its own bucket or either one beside it fits as well: counted together
        Profile sameAge = engine.profile(People.parse("Yacouba|||Sangare;M;2000-03-01;CIV"));
        assertThat(guessed.everyAgeHolders(
                        met,
                        k -> (passport.blockingKeys().contains(k) ? 1 : 0)
                                + (sameAge.blockingKeys().contains(k) ? 1 : 0)))
                .isEqualTo(2);
        // twenty years apart, not met
        Profile father = engine.profile(People.parse("Yacouba|||Sangare;M;1976-06-07;CIV"));
        assertThat(guessed.searchKeys()).doesNotContainAnyElementsOf(father.blockingKeys());
        // three words key a triple that holds no bucket: met at any age, no other bucket to look up (only the names
        // of an age unknown)
        Profile threeWords = engine.profile(People.parse("Yacouba|Issa||Sangare;M;1996-06-07;CIV"));
        assertThat(threeWords.searchKeys())
                .filteredOn(k -> !threeWords.blockingKeys().contains(k))
                .isNotEmpty()
                .allMatch(k -> k.endsWith("|u"));
    }

    @Test
    void aNameOfTwoWordsWithoutAnAgeIsLookedUpInEveryBirthBucket() {
        DuplicateEngine engine = DuplicateEngine.standard();
        Profile ageless = engine.profile(People.parse("Mohamed|||Keita;M;;MLI"));
        Profile born1990 = engine.profile(People.parse("Mohamed|||Keita;M;1990-05-01;MLI"));
        Profile born1950 = engine.profile(People.parse("Mahamadou|||Keïta;M;1950-05-01;MLI"));
        // Mohamed is a very common name: with Keita it keys only with a birth bucket, which an ageless record lacks,
        // and so with the age unknown
        assertThat(ageless.blockingKeys())
                .filteredOn(DuplicateEngine::isNameKey)
                .containsExactly("n2|M|KT+mohamed|u");

        List<String> everyBucket = ageless.searchKeys().stream()
                .filter(key -> !ageless.blockingKeys().contains(key))
                .toList();
        assertThat(everyBucket)
                .hasSize(BlockingKeys.AGES_LOOKED_IN / 4 + 1)
                .allMatch(key -> ageless.keyKind(key) == Profile.KeyKind.EVERY_AGE_NAMES);
        assertThat(ageless.keyKind("n2|M|KT+mohamed|u")).isEqualTo(Profile.KeyKind.EVERY_AGE_NAMES);
        assertThat(everyBucket).containsAnyElementsOf(born1990.blockingKeys());
        assertThat(everyBucket).containsAnyElementsOf(born1950.blockingKeys());
        // of an age unknown, the bearers of every bucket and those of none are the namesakes
        String key = everyBucket.stream()
                .filter(born1990.blockingKeys()::contains)
                .findFirst()
                .orElseThrow();
        assertThat(ageless.everyAgeHolders(
                        key,
                        k -> born1990.blockingKeys().contains(k)
                                        || born1950.blockingKeys().contains(k)
                                        || ageless.blockingKeys().contains(k)
                                ? 1
                                : 0))
                .isEqualTo(3);

        // a record with an age looks up its names of an age unknown too: their namesakes, those of none and those of
        // its own bucket; and those of the buckets either side of its own (aNameOfTwoWordsIsLookedUpAFewYearsAway)
        Set<String> lookedUpToo = new LinkedHashSet<>(born1990.searchKeys());
        lookedUpToo.removeAll(born1990.blockingKeys());
        assertThat(lookedUpToo).containsExactly("n2|M|KT+mohamed|u", "n2|M|KT+mohamed|a496", "n2|M|KT+mohamed|a498");
        assertThat(born1990.keyKind("n2|M|KT+mohamed|u")).isEqualTo(Profile.KeyKind.EVERY_AGE_NAMES);
        assertThat(born1990.everyAgeHolders(
                        "n2|M|KT+mohamed|u",
                        k -> ageless.blockingKeys().contains(k)
                                        || born1990.blockingKeys().contains(k)
                                ? 1
                                : 0))
                .isEqualTo(2);

        // as does one of three words with an age, for the two words a record may hold of them (Mohamed Keita, not
        // the two-year buckets of two very common names: Mohamed Ali)
        Profile threeWords = engine.profile(People.parse("Mohamed|Ali||Keita;M;~30@2025-01-01;MLI"));
        Set<String> threeLookedUpToo = new LinkedHashSet<>(threeWords.searchKeys());
        threeLookedUpToo.removeAll(threeWords.blockingKeys());
        assertThat(threeLookedUpToo).containsExactly("n2|M|KT+mohamed|u");

        // without an age, three words key a triple without a bucket: nothing more to look up; and the keys that only
        // count, of Malian men and their words, never looked up
        Profile p = engine.profile(People.parse("Mohamed|Ali||Keita;M;;MLI"));
        assertThat(p.countingKeys()).contains("c|M|MLI", "c|M|MLI|mohamed");
        Set<String> stored = new LinkedHashSet<>(p.blockingKeys());
        stored.removeAll(p.countingKeys());
        assertThat(p.searchKeys()).isEqualTo(stored);
    }

    @Test
    void aSexEnteredWrongStillLeavesAKeyOfTheNamesAndTheDay() {
        DuplicateEngine engine = DuplicateEngine.standard();
        Profile woman = engine.profile(People.parse("Ousseini|Hama||Issoufou;F;1992-05-01;NER"));
        Profile man = engine.profile(People.parse("Ousseini|Hama||Issoufou;M;1992-05-01;NER"));
        assertThat(woman.blockingKeys())
                .filteredOn(DuplicateEngine::isNameKey)
                .doesNotContainAnyElementsOf(man.blockingKeys());
        assertThat(woman.blockingKeys())
                .filteredOn(key -> key.startsWith("y|"))
                .hasSize(1)
                .containsAnyElementsOf(man.blockingKeys());
        // a 1 January is a year, not a day: no such key
        assertThat(engine.profile(People.parse("Ousseini|Hama||Issoufou;F;1992-01-01;NER"))
                        .blockingKeys())
                .noneMatch(key -> key.startsWith("y|"));
    }

    @Test
    void searchSkeletonsMeetAcrossScripts() {
        Profile arabic = DuplicateEngine.standard().profile(People.parse("محمد|عبد الرحمن||الورفلي;M;;;;"));
        assertThat(arabic.nameSkeleton()).isEqualTo(SearchText.skeleton("Mohammed Abdurrahman Warfalli"));
        assertThat(SearchText.skeleton("مُحَمَّد")).isEqualTo(SearchText.skeleton("Muhammad"));
        assertThat(SearchText.skeleton("Mohamed Warfalli")).isEqualTo("mohamed wrfl");
        assertThat(SearchText.skeleton("محمد Warfalli")).isEqualTo("mohamed wrfl");
        assertThat(SearchText.skeleton("  ")).isEmpty();
    }

    @Test
    void keysOfOneNameInTwoScriptsMeet() {
        Profile a = DuplicateEngine.standard().profile(People.parse("حمد|مفتاح|امبارك|الورفلي;M;1983-12-01;LBY"));
        Profile b = DuplicateEngine.standard().profile(People.parse("Hamad|Muftah|Embarek|Warfalli;M;1983-12-01;LBY"));
        // a key of the names: every two Libyan men share the keys that only count (c|M|LBY)
        assertThat(a.blockingKeys()).filteredOn(DuplicateEngine::isNameKey).containsAnyElementsOf(b.blockingKeys());
        // بوبا, as a clerk writes the Cameroonian Bouba, is Boubacar as Bouba is (two very common names: whether they
        // are one person is then the namesakes' to say)
        Profile bouba = DuplicateEngine.standard().profile(People.parse("Hadidja|||Bouba;F;~33@2023-07-13;CMR"));
        Profile arabic = DuplicateEngine.standard().profile(People.parse("خديجة|||بوبا;F;~34@2024-01-29;CMR"));
        assertThat(bouba.blockingKeys())
                .filteredOn(DuplicateEngine::isNameKey)
                .containsAnyElementsOf(arabic.blockingKeys());
    }

    @Test
    void aNameOfThreeConsonantsTwoOfThemAlikeIsNoSlipOfAVeryCommonName() {
        DuplicateEngine engine = DuplicateEngine.standard();
        // Mohmamed is Mohamed typed with an m twice; Maimouna and Mamoun, a consonant fewer, are names of their own,
        // not Amina, a very common name: keyed so, they met every Amina of their family name
        assertThat(engine.profile(People.parse("Mohmamed|||Sissoko;M;~25@2024-03-03;MLI"))
                        .blockingKeys())
                .anyMatch(key -> key.contains("mohamed"));
        for (String person : List.of("Maimouna|||Coulibaly;F;;MLI", "Mamoun|||Tarhouni;M;;LBY")) {
            assertThat(engine.profile(People.parse(person)).blockingKeys())
                    .as(person)
                    .noneMatch(key -> key.contains("amina"));
        }
    }

    @Test
    void aSlipInATwoWordNameStillMeetsTheNameBornTheSameDay() {
        DuplicateEngine engine = DuplicateEngine.standard();
        Profile typed = engine.profile(People.parse("Tidiami|||Seyni;M;1964-04-07;NER"));
        Profile meant = engine.profile(People.parse("Tidiani|||Seyni;M;1964-04-07;NER;0942398456"));
        Profile slipInTheFamilyName = engine.profile(People.parse("Adama|||Nwoau;M;1987-01-25;NGA"));
        Profile familyName = engine.profile(People.parse("Adama|||Nwosu;M;1987-01-25;NGA"));

        assertThat(typed.blockingKeys()).containsAnyElementsOf(meant.blockingKeys());
        assertThat(slipInTheFamilyName.blockingKeys()).containsAnyElementsOf(familyName.blockingKeys());
        assertThat(engine.compare(typed, meant, 1, 1).likely()).isTrue();
        // a 1 January stands for a year: it keys nothing by the day; a name of three words, which keeps a key through
        // a slip in any one word, keys its given and last words so, which a record of two of them holds
        assertThat(engine.profile(People.parse("Tidiami|||Seyni;M;1964-01-01;NER"))
                        .blockingKeys())
                .noneMatch(key -> key.startsWith("b|"));
        assertThat(engine.profile(People.parse("Tidiani|Hamani||Seyni;M;1964-04-07;NER"))
                        .blockingKeys())
                .filteredOn(key -> key.startsWith("b|"))
                .hasSize(2)
                .isSubsetOf(meant.blockingKeys());
        assertThat(meant.blockingKeys())
                .filteredOn(key -> key.startsWith("b|"))
                .isNotEmpty()
                .noneMatch(DuplicateEngine::isNameKey);
    }

    @Test
    void profilesCanBeMadeFromManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> DuplicateEngine.standard()
                        .profile(People.parse("عبد الرحمن|عثمان|آدم|الزغاوي;M;;;;"))
                        .nameSkeleton()));
            }
            for (Future<String> r : results) {
                assertThat(r.get()).isEqualTo("abdelrahman othman adam zg");
            }
        } finally {
            pool.shutdown();
        }
    }
}
