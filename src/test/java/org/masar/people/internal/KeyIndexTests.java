package org.masar.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The blocking keys kept in memory, as a second node sees what others write: every committed change of
 * {@code people_match_key} is read at the next catch-up, whatever path wrote it and in whatever order transactions
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

    /** Another node's index: it knows only what it reads from the database. */
    private KeyIndex anotherNode() {
        KeyIndex index = new KeyIndex(jdbc, transactions);
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
        jdbc.sql("DELETE FROM people_match_key WHERE person_id = :person")
                .param("person", person)
                .update();
        writeKeys(person, 1, first);
        index.catchUp();
        assertThat(holders(index, first, second)).containsExactly("0:" + person + "@1");

        // merged or deleted: no key left
        jdbc.sql("DELETE FROM people_match_key WHERE person_id = :person")
                .param("person", person)
                .update();
        index.catchUp();
        assertThat(holders(index, first, second)).isEmpty();
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
            jdbc.sql("DELETE FROM people_match_key WHERE person_id IN (:early, :late)")
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

        jdbc.sql("DELETE FROM people_match_key WHERE person_id = :person")
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

    /** Each live holder of the keys as "place of the key asked:person@version". */
    private static List<String> holders(KeyIndex index, long... hashes) {
        List<String> seen = new ArrayList<>();
        index.read(
                hashes,
                List.of(),
                (key, number, high, low, version) -> seen.add(key + ":" + new UUID(high, low) + "@" + version));
        return seen;
    }

    private void writeKeys(UUID person, int version, long... hashes) {
        for (long hash : hashes) {
            jdbc.sql("INSERT INTO people_match_key (hash, person_id, version) VALUES (:hash, :person, :version)")
                    .param("hash", hash)
                    .param("person", person)
                    .param("version", version)
                    .update();
        }
    }

    private static void insertKey(Connection connection, UUID person, long hash) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO people_match_key (hash, person_id, version) VALUES (?, ?, 0)")) {
            insert.setLong(1, hash);
            insert.setObject(2, person);
            insert.executeUpdate();
        }
    }

    private static long randomHash() {
        return ThreadLocalRandom.current().nextLong();
    }
}
