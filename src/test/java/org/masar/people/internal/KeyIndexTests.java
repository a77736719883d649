package org.masar.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.people.PeopleTestSupport;
import org.masar.people.internal.matching.DuplicateEngine;
import org.masar.people.internal.matching.MatchInput;
import org.masar.people.internal.matching.NameText;
import org.masar.people.internal.matching.Profile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The blocking keys kept in memory, as a second node sees what others write: every committed change of
 * {@code people_match_keys} is read at the next catch-up, whatever path wrote it and in whatever order transactions
 * commit.
 */
@MasarIntegrationTest
class KeyIndexTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    private PeopleTestSupport.@Nullable User caseworker;

    /** Another node's index: it knows only what it reads from the database. */
    private KeyIndex anotherNode() {
        return anotherNode(-1);
    }

    /** Another node's index, keeping the features of {@code featuresKept} persons at most. */
    private KeyIndex anotherNode(long featuresKept) {
        KeyIndex index = new KeyIndex(jdbc, transactions, featuresKept);
        index.catchUp();
        return index;
    }

    @Test
    void keysWrittenElsewhereAreSeenAtTheNextCatchUpAndACorrectionOrRemovalReplacesThem() {
        KeyIndex index = anotherNode();
        UUID person = UUID.randomUUID();
        long first = randomHash();
        long second = randomHash();
        writeKeys(person, 0, first, second);

        assertThat(holders(index, first, second)).isEmpty();
        index.catchUp();
        assertThat(holders(index, first, second)).containsExactlyInAnyOrder("0:" + person + "@0", "1:" + person + "@0");

        // a correction: the keys written anew at the next version, one of them gone
        jdbc.sql("DELETE FROM people_match_keys WHERE person_id = :person")
                .param("person", person)
                .update();
        writeKeys(person, 1, first);
        index.catchUp();
        assertThat(holders(index, first, second)).containsExactly("0:" + person + "@1");

        // merged or deleted: no key left
        jdbc.sql("DELETE FROM people_match_keys WHERE person_id = :person")
                .param("person", person)
                .update();
        index.catchUp();
        assertThat(holders(index, first, second)).isEmpty();
    }

    @Test
    void holdersAreCountedLiveACorrectedPersonOnceAndARemovedOneNotAtAll() {
        KeyIndex index = anotherNode();
        UUID one = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        long cohort = randomHash();
        long word = randomHash();
        writeKeys(one, 0, cohort, word);
        writeKeys(other, 0, cohort);
        index.catchUp();
        assertThat(index.holderCounts(new long[] {cohort, word, randomHash()})).containsExactly(2, 1, 0);

        // a correction numbers the person anew and leaves the old number behind, retired: counted once still
        jdbc.sql("DELETE FROM people_match_keys WHERE person_id = :person")
                .param("person", one)
                .update();
        writeKeys(one, 1, cohort, word);
        index.catchUp();
        assertThat(index.holderCounts(new long[] {cohort, word})).containsExactly(2, 1);

        jdbc.sql("DELETE FROM people_match_keys WHERE person_id = :person")
                .param("person", one)
                .update();
        index.catchUp();
        assertThat(index.holderCounts(new long[] {cohort, word})).containsExactly(1, 0);
    }

    @Test
    void featuresAreKeptUnderANumberThatStandsForOneVersionAndTheTableThatNumberedIt() {
        KeyIndex index = anotherNode();
        UUID person = UUID.randomUUID();
        long key = randomHash();
        writeKeys(person, 0, key);
        index.catchUp();
        KeyIndex.Reading first = numbersOf(index, person);
        Profile amina = profile("Amina");
        Profile stale = profile("Aminata");

        // read at a version the number does not stand for (a correction committed since the keys were read): not kept
        index.keep(first.table(), first.numbers(), new int[] {1}, new Profile[] {stale});
        assertThat(index.kept(first.table(), first.numbers())).containsOnlyNulls();
        index.keep(first.table(), first.numbers(), new int[] {0}, new Profile[] {amina});
        assertThat(index.kept(first.table(), first.numbers())).containsExactly(amina);

        // the correction: new keys at version 1, so a new number, and the old number's features are gone with it
        jdbc.sql("DELETE FROM people_match_keys WHERE person_id = :person")
                .param("person", person)
                .update();
        writeKeys(person, 1, key);
        index.catchUp();
        KeyIndex.Reading corrected = numbersOf(index, person);
        assertThat(corrected.numbers()).doesNotContain(first.numbers()[0]);
        assertThat(index.kept(first.table(), first.numbers())).containsOnlyNulls();
        assertThat(index.kept(corrected.table(), corrected.numbers())).containsOnlyNulls();
        index.keep(corrected.table(), corrected.numbers(), new int[] {1}, new Profile[] {stale});

        // the index read whole again numbers everyone anew: the features go along, and the old numbers find nothing
        jdbc.sql("INSERT INTO people_match_key_change (person_id) VALUES (NULL)")
                .update();
        index.catchUp();
        KeyIndex.Reading anew = numbersOf(index, person);
        assertThat(anew.table()).isNotEqualTo(corrected.table());
        assertThat(index.kept(anew.table(), anew.numbers())).containsExactly(stale);
        assertThat(index.kept(corrected.table(), corrected.numbers())).containsOnlyNulls();
        index.keep(corrected.table(), corrected.numbers(), new int[] {1}, new Profile[] {amina});
        assertThat(index.kept(anew.table(), anew.numbers())).containsExactly(stale);

        jdbc.sql("DELETE FROM people_match_keys WHERE person_id = :person")
                .param("person", person)
                .update();
    }

    @Test
    void whenAsManyFeaturesAreKeptAsMayBeThoseAskedForLatelyStay() {
        KeyIndex index = anotherNode(2);
        UUID asked = UUID.randomUUID();
        UUID unasked = UUID.randomUUID();
        UUID newcomer = UUID.randomUUID();
        writeKeys(asked, 0, randomHash());
        writeKeys(unasked, 0, randomHash());
        writeKeys(newcomer, 0, randomHash());
        index.catchUp();
        KeyIndex.Reading all = numbersOf(index, asked, unasked, newcomer);
        int[] numbers = all.numbers();
        Profile a = profile("Amina");
        Profile b = profile("Bilal");
        Profile c = profile("Chaker");

        index.keep(all.table(), new int[] {numbers[0], numbers[1]}, new int[] {0, 0}, new Profile[] {a, b});
        index.kept(all.table(), new int[] {numbers[0]});
        index.keep(all.table(), new int[] {numbers[2]}, new int[] {0}, new Profile[] {c});

        assertThat(index.kept(all.table(), numbers)).containsExactly(a, null, c);

        jdbc.sql("DELETE FROM people_match_keys WHERE person_id IN (:persons)")
                .param("persons", List.of(asked, unasked, newcomer))
                .update();
    }

    @Test
    void aTransactionCommittedAfterALaterOneIsNotMissed() throws SQLException {
        KeyIndex index = anotherNode();
        UUID early = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        long earlyKey = randomHash();
        long lateKey = randomHash();
        try (Connection slow = dataSource.getConnection();
                Connection quick = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            quick.setAutoCommit(false);
            // the slow transaction writes first (its xid is the older), and commits last
            insertKey(slow, early, earlyKey);
            insertKey(quick, late, lateKey);
            quick.commit();

            index.catchUp();
            assertThat(holders(index, earlyKey, lateKey)).containsExactly("1:" + late + "@0");

            slow.commit();
            index.catchUp();
            assertThat(holders(index, earlyKey, lateKey))
                    .containsExactlyInAnyOrder("0:" + early + "@0", "1:" + late + "@0");
        } finally {
            jdbc.sql("DELETE FROM people_match_keys WHERE person_id IN (:early, :late)")
                    .param("early", early)
                    .param("late", late)
                    .update();
        }
    }

    @Test
    void aTruncatedTableIsReadWholeAgain() {
        KeyIndex index = anotherNode();
        UUID person = UUID.randomUUID();
        long key = randomHash();
        writeKeys(person, 0, key);
        // the list forgets this person (as if it had been pruned), and then says the table was emptied, as TRUNCATE's
        // trigger does: only reading the table whole finds the person
        jdbc.sql("DELETE FROM people_match_key_change WHERE person_id = :person")
                .param("person", person)
                .update();
        index.catchUp();
        assertThat(holders(index, key)).isEmpty();

        jdbc.sql("INSERT INTO people_match_key_change (person_id) VALUES (NULL)")
                .update();
        index.catchUp();
        assertThat(holders(index, key)).containsExactly("0:" + person + "@0");

        jdbc.sql("DELETE FROM people_match_keys WHERE person_id = :person")
                .param("person", person)
                .update();
    }

    @Test
    void changesAreListedForADayThenPruned() {
        KeyIndex index = anotherNode();
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        Instant now = Instant.now();
        jdbc.sql("INSERT INTO people_match_key_change (person_id, changed_at) VALUES (:person, :at)")
                .param("person", old)
                .param("at", Timestamp.from(now.minus(KeyIndex.CHANGES_KEPT).minus(Duration.ofMinutes(1))))
                .update();
        jdbc.sql("INSERT INTO people_match_key_change (person_id, changed_at) VALUES (:person, :at)")
                .param("person", recent)
                .param("at", Timestamp.from(now.minus(KeyIndex.CHANGES_KEPT).plus(Duration.ofMinutes(1))))
                .update();

        assertThat(index.prune(now)).isPositive();

        assertThat(jdbc.sql("SELECT person_id FROM people_match_key_change WHERE person_id IN (:old, :recent)")
                        .param("old", old)
                        .param("recent", recent)
                        .query(UUID.class)
                        .list())
                .containsExactly(recent);
    }

    @Test
    void personsJoinedByOpenPairsThatCountAsOneShareAGroupUntilAPairIsClosed() {
        KeyIndex index = anotherNode();
        long key = randomHash();
        UUID one = person(key);
        UUID two = person(key);
        UUID three = person(key);
        UUID namesake = person(key);
        // one and two, two and three recorded as likely one person; the namesake found likely only because they
        // counted as one, which joins no one
        openPair(one, two, true);
        openPair(two, three, true);
        openPair(three, namesake, false);
        index.catchUp();
        Map<UUID, Integer> groups = groups(index, key);
        assertThat(groups.get(one)).isNotZero().isEqualTo(groups.get(two)).isEqualTo(groups.get(three));
        assertThat(groups.get(namesake)).isZero();
        // a node that reads the index whole sees the same
        Map<UUID, Integer> whole = groups(anotherNode(), key);
        assertThat(whole.get(one)).isNotZero().isEqualTo(whole.get(two)).isEqualTo(whole.get(three));
        assertThat(whole.get(namesake)).isZero();

        // A supervisor decides two is another person, on another node: one and three are no longer joined; then a
        // correction of three's keys keeps three in the group it is in.
        jdbc.sql("""
                        UPDATE people_duplicate_pair SET status = 'not_same', decided_at = now(), decided_by = 'test'
                         WHERE person_a = LEAST(CAST(:one AS uuid), CAST(:two AS uuid))
                           AND person_b = GREATEST(CAST(:one AS uuid), CAST(:two AS uuid))
                        """).param("one", one).param("two", two).update();
        index.catchUp();
        groups = groups(index, key);
        assertThat(groups.get(one)).isZero();
        assertThat(groups.get(two)).isNotZero().isEqualTo(groups.get(three));
        jdbc.sql("UPDATE people_match_keys SET version = 1 WHERE person_id = :person")
                .param("person", three)
                .update();
        index.catchUp();
        groups = groups(index, key);
        assertThat(groups.get(two)).isNotZero().isEqualTo(groups.get(three));
        // every member's keys corrected at once, as a new version of the engine re-keys them: the group is kept
        jdbc.sql("UPDATE people_match_keys SET version = 2 WHERE person_id IN (:two, :three)")
                .param("two", two)
                .param("three", three)
                .update();
        index.catchUp();
        groups = groups(index, key);
        assertThat(groups.get(two)).isNotZero().isEqualTo(groups.get(three));

        // merged away, or deleted: three holds no keys, and two is joined to no one left
        jdbc.sql("DELETE FROM people_match_keys WHERE person_id = :person")
                .param("person", three)
                .update();
        index.catchUp();
        assertThat(groups(index, key))
                .containsOnlyKeys(one, two, namesake)
                .allSatisfy((person, group) -> assertThat(group).isZero());
    }

    /** A person registered through the API, of names no one else bears, holding {@code key} besides their own. */
    private UUID person(long key) {
        PeopleTestSupport people = new PeopleTestSupport(jdbc, encoder, mvc, json);
        if (caseworker == null) {
            caseworker = people.user("CASEWORKER", "LY021104");
        }
        String name = ThreadLocalRandom.current()
                .ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        UUID id = UUID.fromString(people.register(caseworker, """
                        {"givenName": {"lat": "%s"}, "familyName": {"lat": "%s"}, "sex": "F", "baladiya": "LY021104"}
                        """.formatted(name, new StringBuilder(name).reverse()))
                .get("id")
                .asString());
        // a name of two short words and no age holds no name key (Awa Keita): its row is then written here
        jdbc.sql("""
                        INSERT INTO people_match_keys (person_id, version, hashes) VALUES (:person, 0, ARRAY[:key])
                        ON CONFLICT (person_id) DO UPDATE SET hashes = array_append(people_match_keys.hashes, :key)
                        """).param("key", key).param("person", id).update();
        return id;
    }

    private void openPair(UUID one, UUID other, boolean countsAsOne) {
        jdbc.sql("""
                        INSERT INTO people_duplicate_pair (person_a, person_b, score, reasons, found_at, found_by,
                                                           counts_as_one)
                        VALUES (LEAST(CAST(:one AS uuid), CAST(:other AS uuid)),
                                GREATEST(CAST(:one AS uuid), CAST(:other AS uuid)), 0.9, '[]', now(), 'scan',
                                :countsAsOne)
                        """)
                .param("one", one)
                .param("other", other)
                .param("countsAsOne", countsAsOne)
                .update();
    }

    /** The group of each live holder of the key. */
    private static Map<UUID, Integer> groups(KeyIndex index, long key) {
        Map<UUID, Integer> groups = new HashMap<>();
        index.read(
                new long[] {key},
                List.of(),
                (k, number, high, low, version, group) -> groups.put(new UUID(high, low), group));
        return groups;
    }

    /** The index's numbers of these persons, and the table that numbered them. */
    private static KeyIndex.Reading numbersOf(KeyIndex index, UUID... persons) {
        return index.read(new long[0], List.of(persons), (key, number, high, low, version, group) -> {});
    }

    private static Profile profile(String given) {
        return DuplicateEngine.standard()
                .profile(new MatchInput(
                        new NameText(null, given),
                        NameText.NONE,
                        NameText.NONE,
                        NameText.NONE,
                        'F',
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        null));
    }

    /** Each live holder of the keys as "place of the key asked:person@version". */
    private static List<String> holders(KeyIndex index, long... hashes) {
        List<String> seen = new ArrayList<>();
        index.read(
                hashes,
                List.of(),
                (key, number, high, low, version, group) -> seen.add(key + ":" + new UUID(high, low) + "@" + version));
        return seen;
    }

    private void writeKeys(UUID person, int version, long... hashes) {
        jdbc.sql("INSERT INTO people_match_keys (person_id, version, hashes) VALUES (:person, :version, :hashes)")
                .param("person", person)
                .param("version", version)
                .param("hashes", Arrays.stream(hashes).boxed().toArray(Long[]::new))
                .update();
    }

    private static void insertKey(Connection connection, UUID person, long hash) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO people_match_keys (person_id, version, hashes) VALUES (?, 0, ARRAY[?])")) {
            insert.setObject(1, person);
            insert.setLong(2, hash);
            insert.executeUpdate();
        }
    }

    private static long randomHash() {
        return ThreadLocalRandom.current().nextLong();
    }
}
