package org.masar.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.people.PeopleTestSupport;
import org.masar.people.PeopleTestSupport.User;
import org.masar.people.internal.matching.DuplicateEngine;
import org.masar.people.internal.matching.MatchInput;
import org.masar.people.internal.matching.NameText;
import org.masar.people.internal.matching.Profile;
import org.masar.people.internal.matching.WordBearers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The candidate search against the stored keys (hashed by PostgreSQL): it finds the holders of a query's keys, counts
 * every holder of each key, and tells the engine how many namesakes a candidate has.
 */
@MasarIntegrationTest
class CandidateSearchTests {

    static final String MISRATA = "LY021401";

    private static final AtomicInteger BIRTHDAYS = new AtomicInteger();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    CandidateSearch candidates;

    PeopleTestSupport people;

    @BeforeEach
    void setUp() {
        people = new PeopleTestSupport(jdbc, encoder, mvc, json);
    }

    /**
     * Every pair of these persons their registrations recorded decided to be two people, as a supervisor would: the
     * tests here count holders each a person of their own (persons recorded as likely one count once:
     * DuplicateDetectionTests).
     */
    private void decidedNotTheSame(List<UUID> persons) {
        jdbc.sql("""
                        UPDATE people_duplicate_pair SET status = 'not_same', decided_at = now(), decided_by = 'test'
                         WHERE status = 'open' AND person_a = ANY(:persons) AND person_b = ANY(:persons)
                        """).param("persons", persons.toArray(UUID[]::new)).update();
    }

    @Test
    void namesakesAreEveryStoredHolderOfTheMostSelectiveNameKeySharedButACopyOfTheQuery() {
        User caseworker = people.user("CASEWORKER", MISRATA);
        String family = uniqueFamilyName();
        List<UUID> ids = List.of(
                register(caseworker, family, null),
                register(caseworker, family, null),
                register(caseworker, family, null));
        decidedNotTheSame(ids);
        Profile query = features(ids.getFirst());

        CandidateSearch.Search search = candidates.search(List.of(query), Set.of());

        List<String> nameKeys =
                query.blockingKeys().stream().filter(DuplicateEngine::isNameKey).toList();
        assertThat(nameKeys).isNotEmpty();
        for (String key : nameKeys) {
            assertThat(search.storedHolders()).containsEntry(key, 3);
        }
        assertThat(search.found().getFirst())
                .extracting(CandidateSearch.Found::personId)
                .containsExactlyInAnyOrderElementsOf(ids);
        // The query is the first person's very record: that stored copy is the query's own, the only bearer of the
        // names as far as it goes, and no namesake of the others; each of them is one of two other stored holders.
        assertThat(search.found().getFirst())
                .extracting(CandidateSearch.Found::personId, CandidateSearch.Found::namesakes)
                .extracting(Object::toString)
                .containsExactlyInAnyOrder(
                        "(" + ids.get(0) + ", 1)", "(" + ids.get(1) + ", 2)", "(" + ids.get(2) + ", 2)");
        // An excluded person is no candidate, but still one of the namesakes.
        assertThat(candidates.search(List.of(query), Set.of(ids.get(1))).found().getFirst())
                .extracting(CandidateSearch.Found::personId, CandidateSearch.Found::namesakes)
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("(" + ids.get(0) + ", 1)", "(" + ids.get(2) + ", 2)");
        // Searched for as the stored person it is (the duplicate scan): neither its own candidate nor its own namesake.
        assertThat(candidates
                        .candidatesForStored(List.of(ids.getFirst()), List.of(query))
                        .getFirst())
                .extracting(CandidateSearch.Found::personId, CandidateSearch.Found::namesakes)
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("(" + ids.get(1) + ", 2)", "(" + ids.get(2) + ", 2)");
    }

    @Test
    void recordsAwaitingReviewAsOnePersonCountOnceOnlyWhereTheRegisterShowsTheNamesRare() {
        // A police list's record of a Cameroonian woman against one of three stored records of her name, two of them
        // recorded as likely the third: the three are one person, or three bearers, as the register says of the names.
        Profile police = nadege("ناديج", "إيسومبا", null);
        Profile stored = nadege(null, null, "Nadège|Essomba");
        UUID id = UUID.randomUUID();

        // Few of the register's Cameroonian women bear either name: counted as one, the group is the names' only
        // bearer, and the record is likely hers; but only so, and the pair joins no one (likelyAlone).
        CandidateSearch.Found rare = candidates.judge(id, police, stored, 1, 1, 3, 3, bearing(police, 2_000, 1));
        assertThat(rare.comparison().likely()).isTrue();
        assertThat(rare.likelyAlone()).isFalse();
        assertThat(rare.namesakes()).isEqualTo(1);

        // Where many bear them, a new record of the names is as likely another namesake: each record counts.
        CandidateSearch.Found common = candidates.judge(id, police, stored, 1, 1, 3, 3, bearing(police, 2_000, 900));
        assertThat(common.comparison().likely()).isFalse();
        assertThat(common.namesakes()).isEqualTo(3);

        // No group among the holders: the one count is the other.
        CandidateSearch.Found alone = candidates.judge(id, police, stored, 1, 1, 1, 1, bearing(police, 2_000, 1));
        assertThat(alone.comparison().likely()).isTrue();
        assertThat(alone.likelyAlone()).isTrue();
    }

    /** A woman of Cameroon, her names guessed at 21 in Tripoli, in Arabic or in Latin ("given|family"). */
    private static Profile nadege(@Nullable String givenAr, @Nullable String familyAr, @Nullable String latin) {
        String[] words = latin == null ? new String[] {null, null} : latin.split("\\|");
        return DuplicateEngine.standard()
                .profile(new MatchInput(
                        new NameText(givenAr, words[0]),
                        NameText.NONE,
                        NameText.NONE,
                        new NameText(familyAr, words[1]),
                        'F',
                        null,
                        21,
                        LocalDate.of(2023, 10, 2),
                        "CMR",
                        List.of(),
                        List.of(),
                        "LY021104"));
    }

    /** The bearers of a profile's name words in a register of {@code cohort} of its sex and nationality. */
    private static WordBearers bearing(Profile profile, int cohort, int ofEachWord) {
        // the cohort's key is sex and nationality (c|F|CMR), a word's key the same with the word after it
        return profile.wordBearers(key -> key.chars().filter(c -> c == '|').count() == 2 ? cohort : ofEachWord, false);
    }

    @Test
    void theBearersOfTheNamesAreTheirHoldersOfEveryAge() {
        User caseworker = people.user("CASEWORKER", MISRATA);
        String family = uniqueFamilyName();
        // Rubel and the family name: neither a very common name, so they key without a birth bucket too
        UUID born1988 = registerNamed(caseworker, "Rubel", "BGD", family, "\"dateOfBirth\": \"1988-03-03\"");
        UUID born1948 = registerNamed(caseworker, "Rubel", "BGD", family, "\"dateOfBirth\": \"1948-05-05\"");
        UUID asked = registerNamed(
                caseworker, "Rubel", "BGD", family, "\"estimatedAge\": 38, \"ageEstimatedOn\": \"2026-06-01\"");
        decidedNotTheSame(List.of(born1988, born1948, asked));

        // The born-1988 are the namesakes (one birth bucket); everyone of the names, born 1948 too, the bearers. The
        // one asked for is left out as a candidate, but holds the keys; the one born 1948 is too old to be shown.
        assertThat(candidates
                        .search(List.of(features(asked)), Set.of(asked))
                        .found()
                        .getFirst())
                .extracting(
                        CandidateSearch.Found::personId,
                        CandidateSearch.Found::namesakes,
                        CandidateSearch.Found::bearers)
                .extracting(Object::toString)
                .containsExactly("(" + born1988 + ", 2, 3)");
    }

    @Test
    void aCandidateSharingNoNameKeyHasNoNamesakes() {
        User caseworker = people.user("CASEWORKER", MISRATA);
        String passport = "P" + random();
        UUID one = register(caseworker, uniqueFamilyName(), passport);
        UUID other = register(caseworker, uniqueFamilyName(), passport);

        List<CandidateSearch.Found> found =
                candidates.search(List.of(features(one)), Set.of(one)).found().getFirst();

        assertThat(found).singleElement().satisfies(candidate -> {
            assertThat(candidate.personId()).isEqualTo(other);
            assertThat(candidate.namesakes()).isZero();
        });
    }

    @Test
    void oneKeySharedWithMoreThanTenOthersIsNotWorthAComparison() {
        User caseworker = people.user("CASEWORKER", MISRATA);
        String passport = "P" + random();
        List<UUID> holders = new java.util.ArrayList<>();
        for (int i = 0; i < DuplicateEngine.SINGLE_KEY_BLOCK_LIMIT; i++) {
            holders.add(register(caseworker, uniqueFamilyName(), passport));
        }
        decidedNotTheSame(holders);
        UUID one = holders.getFirst();

        // Ten holders of the one key shared: each is compared (and, with the same passport, found).
        assertThat(candidates
                        .search(List.of(features(one)), Set.of(one))
                        .found()
                        .getFirst())
                .extracting(CandidateSearch.Found::personId)
                .containsExactlyInAnyOrderElementsOf(holders.subList(1, holders.size()));

        // Eleven: a key that many share, and nothing else in common, is what namesakes (here: one number typed for
        // many) share; none is compared.
        holders.add(register(caseworker, uniqueFamilyName(), passport));
        decidedNotTheSame(holders);
        assertThat(candidates
                        .search(List.of(features(one)), Set.of(one))
                        .found()
                        .getFirst())
                .isEmpty();
    }

    @Test
    void aPersonWithoutAnAgeIsComparedWithTheSameNamesOfEveryAgeAndAllOfThemAreTheNamesakes() {
        User caseworker = people.user("CASEWORKER", MISRATA);
        // Mohamed is a very common name: Mohamed and another word key only with a birth bucket
        String family = uniqueFamilyName();
        UUID young = registerMohamed(caseworker, family, "\"dateOfBirth\": \"2001-03-14\"");
        String query = """
                {"givenName": {"lat": "Mohamed"}, "familyName": {"lat": "%s"}, "sex": "M", "nationality": "NER",
                 "baladiya": "%s"}
                """.formatted(family, MISRATA);

        // Registered again without any age: still compared, and, the only bearer of the names in the same baladiya,
        // a likely duplicate.
        assertTheOneLikelyCandidate(caseworker, query, young);

        // A namesake forty years older is one of those the ageless query may be, as much as the younger one.
        UUID old = registerMohamed(caseworker, family, "\"estimatedAge\": 65");
        UUID ageless =
                UUID.fromString(people.register(caseworker, query).get("id").asString());
        assertThat(features(ageless).birthYear()).isNull();
        assertThat(candidatesWithTheirNamesakes(ageless))
                .containsExactlyInAnyOrder("(" + young + ", 2)", "(" + old + ", 2)");
    }

    @Test
    void aPersonRegisteredWithoutAnAgeIsFoundLaterWithOrWithoutOneAndCountedAmongTheNamesakes() {
        User caseworker = people.user("CASEWORKER", MISRATA);
        // Mohamed and another word key only with a birth bucket, or, without any age, with the age unknown
        String family = uniqueFamilyName();
        String ageless = """
                {"givenName": {"lat": "Mohamed"}, "familyName": {"lat": "%s"}, "sex": "M", "nationality": "NER",
                 "baladiya": "%s"}
                """.formatted(family, MISRATA);
        UUID first =
                UUID.fromString(people.register(caseworker, ageless).get("id").asString());
        assertThat(features(first).birthYear()).isNull();

        // Registered again, without an age or with one: compared, and, the only bearer of the names in the baladiya,
        // a likely duplicate.
        String aged = ageless.replace("\"sex\": \"M\",", "\"sex\": \"M\", \"estimatedAge\": 40,");
        for (String again : List.of(ageless, aged)) {
            assertTheOneLikelyCandidate(caseworker, again, first);
        }

        // Searched for with an age, the namesakes of the one whose age no one knows are the bearers of that age and
        // those of none; of one of that age, the bearers of that age.
        // (a phone of its own: the very same record as the query would be its copy, no namesake)
        UUID sameAge = registerMohamed(
                caseworker, family, "\"estimatedAge\": 40, \"phones\": [\"0913%06d\"]".formatted(random() % 1_000_000));
        UUID older = registerMohamed(caseworker, family, "\"estimatedAge\": 70");
        UUID query = UUID.fromString(people.register(caseworker, aged).get("id").asString());
        decidedNotTheSame(List.of(first, sameAge, older, query));
        assertThat(candidatesWithTheirNamesakes(query))
                .containsExactlyInAnyOrder("(" + first + ", 2)", "(" + sameAge + ", 1)");
        // Searched for without one, of another family: those of every age and those of none.
        String other = uniqueFamilyName();
        UUID unknown = UUID.fromString(people.register(caseworker, ageless.replace(family, other))
                .get("id")
                .asString());
        UUID known = registerMohamed(caseworker, other, "\"estimatedAge\": 30");
        UUID searched = UUID.fromString(people.register(
                        caseworker,
                        ageless.replace(family, other)
                                .replace(
                                        "\"sex\": \"M\",",
                                        "\"sex\": \"M\", \"phones\": [\"0925%06d\"],".formatted(random() % 1_000_000)))
                .get("id")
                .asString());
        decidedNotTheSame(List.of(unknown, known, searched));
        assertThat(candidatesWithTheirNamesakes(searched))
                .containsExactlyInAnyOrder("(" + unknown + ", 2)", "(" + known + ", 2)");
    }

    @Test
    void aGivenNameCutShortIsFoundByItsFirstLettersAndLikelyOnlyWhereNoOneElseFitsThem() {
        User caseworker = people.user("CASEWORKER", MISRATA);
        String family = uniqueFamilyName();
        String adaeze = """
                {"givenName": {"lat": "Adaeze"}, "familyName": {"lat": "%s"}, "sex": "F", "dateOfBirth": "1998-03-27",
                 "nationality": "NGA", "baladiya": "%s"}
                """.formatted(family, MISRATA);
        UUID first =
                UUID.fromString(people.register(caseworker, adaeze).get("id").asString());
        // Ada, as she gives her name at a clinic: no word in common but the family name, found by Ada's letters
        String ada = """
                {"givenName": {"lat": "Ada"}, "familyName": {"lat": "%s"}, "sex": "F", "estimatedAge": 26,
                 "ageEstimatedOn": "2024-10-10", "nationality": "NGA", "baladiya": "%s"}
                """.formatted(family, MISRATA);
        assertTheOneLikelyCandidate(caseworker, ada, first);

        // Her sister Adaora, of an age near hers, is an Ada too: then Ada is likely neither of them
        people.register(caseworker, adaeze.replace("Adaeze", "Adaora").replace("1998-03-27", "1999-06-02"));
        var again = people.post(caseworker, "/api/v1/people/duplicate-candidates", ada);
        assertThat(again)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.candidates[*].likely")
                .asArray()
                .doesNotContain(true);
    }

    @Test
    void inOneBatchTooAPersonWithoutAnAgeMeetsTheSameNamesWithOne() {
        User caseworker = people.user("CASEWORKER", MISRATA);
        String family = uniqueFamilyName();
        JsonNode batch = people.json(people.post(caseworker, "/api/v1/people/batch", """
                {"people": [
                  {"givenName": {"lat": "Mohamed"}, "familyName": {"lat": "%1$s"}, "sex": "M", "estimatedAge": 40,
                   "nationality": "NER", "baladiya": "%2$s"},
                  {"givenName": {"lat": "Mohamed"}, "familyName": {"lat": "%1$s"}, "sex": "M", "nationality": "NER",
                   "baladiya": "%2$s"}]}
                """.formatted(family, MISRATA)));

        assertThat(batch.get("registered").asInt()).isEqualTo(2);
        assertThat(batch.at("/results/1/duplicateCandidates/0/personId").asString())
                .isEqualTo(batch.at("/results/0/id").asString());

        // and the other way round: the one without an age first
        String other = uniqueFamilyName();
        JsonNode reversed = people.json(people.post(caseworker, "/api/v1/people/batch", """
                {"people": [
                  {"givenName": {"lat": "Mohamed"}, "familyName": {"lat": "%1$s"}, "sex": "M", "nationality": "NER",
                   "baladiya": "%2$s"},
                  {"givenName": {"lat": "Mohamed"}, "familyName": {"lat": "%1$s"}, "sex": "M", "estimatedAge": 40,
                   "nationality": "NER", "baladiya": "%2$s"}]}
                """.formatted(other, MISRATA)));
        assertThat(reversed.get("registered").asInt()).isEqualTo(2);
        assertThat(reversed.at("/results/1/duplicateCandidates/0/personId").asString())
                .isEqualTo(reversed.at("/results/0/id").asString());
    }

    @Test
    void theKeysAreStoredAsPostgresHashesWithTheVersionOfTheFeatures() {
        User caseworker = people.user("CASEWORKER", MISRATA);
        UUID one = register(caseworker, uniqueFamilyName(), "P" + random());
        Profile profile = features(one);

        List<Long> stored = jdbc.sql(
                        "SELECT unnest(hashes) FROM people_match_keys WHERE person_id = :id AND version = 0")
                .param("id", one)
                .query(Long.class)
                .list();
        List<Long> expected = jdbc.sql("SELECT hashtextextended(k, 0) FROM unnest(CAST(:keys AS text[])) AS k")
                .param("keys", profile.blockingKeys().toArray(String[]::new))
                .query(Long.class)
                .list();
        assertThat(stored).containsExactlyInAnyOrderElementsOf(expected);
    }

    /**
     * Registers Idriss and the family name, born in 1988 (one birth bucket for all), each on a day of their own: persons
     * born the same day would share a key of their given name and that day.
     */
    private UUID register(User user, String family, @Nullable String passport) {
        String details = """
                {"givenName": {"lat": "Idriss"}, "familyName": {"lat": "%s"}, "sex": "M", "dateOfBirth": "%s",
                 "nationality": "NER", "baladiya": "%s"%s}
                """.formatted(
                        family,
                        LocalDate.of(1988, 1, 2).plusDays(BIRTHDAYS.getAndIncrement() % 360),
                        MISRATA,
                        passport == null
                                ? ""
                                : ", \"documents\": [{\"type\": \"passport\", \"number\": \"%s\", \"issuingCountry\": \"NER\"}]"
                                        .formatted(passport));
        return UUID.fromString(people.register(user, details).get("id").asString());
    }

    private UUID registerMohamed(User user, String family, String birth) {
        return registerNamed(user, "Mohamed", "NER", family, birth);
    }

    /** Registers the given name and family name, of that nationality and birth (a JSON fragment), in Misrata. */
    private UUID registerNamed(User user, String given, String nationality, String family, String birth) {
        return UUID.fromString(people.register(user, """
                        {"givenName": {"lat": "%s"}, "familyName": {"lat": "%s"}, "sex": "M", %s,
                         "nationality": "%s", "baladiya": "%s"}
                        """.formatted(given, family, birth, nationality, MISRATA))
                .get("id")
                .asString());
    }

    /** The candidates a search for a stored person finds, each as "(id, namesakes)". */
    private List<String> candidatesWithTheirNamesakes(UUID stored) {
        return candidates.candidatesForStored(List.of(stored), List.of(features(stored))).getFirst().stream()
                .map(found -> "(" + found.personId() + ", " + found.namesakes() + ")")
                .toList();
    }

    private Profile features(UUID person) {
        return Profile.decode(jdbc.sql("SELECT match_features FROM people_person WHERE id = :id")
                .param("id", person)
                .query(String.class)
                .single());
    }

    private static long random() {
        return Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100_000_000L);
    }

    /** Checked through the API, the person is the one candidate, and a likely one. */
    private void assertTheOneLikelyCandidate(User user, String person, UUID expected) {
        var checked = people.post(user, "/api/v1/people/duplicate-candidates", person);
        assertThat(checked)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.candidates[*].personId")
                .asArray()
                .containsExactly(expected.toString());
        assertThat(checked).bodyJson().extractingPath("$.candidates[0].likely").isEqualTo(true);
    }

    /**
     * A family name nobody else in the database has, even as the engine keys it: name keys keep only coarse consonant
     * classes (b/f/p, d/s/t/z, g/j/k/q, l, m, n, r; vowels and h dropped, a letter repeated counts once), so random
     * letters would collide often. Twelve consonants of seven classes, never one twice in a row: 7 × 6^11 names.
     */
    private static String uniqueFamilyName() {
        String classes = "bklmnrt";
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        // the first two consonants differ from those of the names made before (42 of them), as a name of two words is
        // also keyed by the first letters of its last word (nf): unrelated persons hold no key of their names in common
        int n = NAMES_MADE.getAndIncrement() % 42;
        char first = classes.charAt(n / 6);
        char second = classes.replace(String.valueOf(first), "").charAt(n % 6);
        StringBuilder family = new StringBuilder()
                .append(Character.toUpperCase(first))
                .append('a')
                .append(second);
        char previous = second;
        for (int i = 0; i < 11; i++) {
            family.append('a');
            char next;
            do {
                next = classes.charAt(random.nextInt(classes.length()));
            } while (next == previous);
            family.append(next);
            previous = next;
        }
        return family.append('a').toString();
    }

    private static final java.util.concurrent.atomic.AtomicInteger NAMES_MADE =
            new java.util.concurrent.atomic.AtomicInteger();
}
