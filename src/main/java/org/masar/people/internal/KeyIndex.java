package org.masar.people.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jspecify.annotations.Nullable;
import org.masar.people.internal.matching.Profile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The blocking keys of every stored person ({@code people_match_keys}), kept in this node's memory: which persons hold
 * each key (by its 64-bit hash), and each holder's version. The candidate search reads them here rather than from
 * PostgreSQL, where at a million persons a batch read some 230 key rows a person, the largest part of the database's
 * work a registration (bench/README.md, "The blocking keys kept in memory").
 *
 * <p>PostgreSQL stays the truth. The index is read whole when the application has started, then, before each search,
 * {@link #catchUp()} reads which persons' keys changed since ({@code people_match_key_change}, written by triggers for
 * every change: see V55) and reads those persons' keys again. A search therefore sees every person committed before it
 * began, on any node, as a lookup in PostgreSQL did; a transaction does not see keys it wrote itself and has not
 * committed (no search follows a write of keys in one transaction).
 *
 * <p>Not {@code shared.ChangeStamp}, which empties a cache whenever anything it stands for changes: keys change at
 * every registration, and this index must learn which persons changed, not that something did.
 *
 * <p>About 300 bytes a person at a million (twelve keys each, four million keys in all; bench/README.md). A person
 * whose keys change gets a new number; the old one is left behind as retired, skipped by readers, and the whole index
 * is read again once retired numbers are as many as half the live ones (after the profile refresh re-keys everyone, for
 * one).
 *
 * <p>Beside each number, the index keeps the holder's decoded match features once a search has read them ({@link
 * #kept}, {@link #keep}): the candidate search compares a hundred or so candidates a person, most of them bearers of
 * common names met again and again, and reading and decoding each from the heap every time was most of a batch's time
 * at a million persons. A number stands for one version of a person (a correction writes a new version and new keys,
 * so a new number), so what is kept under it never goes stale and needs no invalidation: every node keeps its own. Kept
 * by number, they cost a reference a person besides the features themselves (a cache by person id cost some 150 bytes
 * an entry more: bench/README.md, "Features kept by the key index").
 *
 * <p>Beside each number, too, the group of persons the review queue's open pairs join (V58): the candidate search counts
 * them as one bearer of their names where the names are rare ({@link CandidateSearch#judge}). The pairs' changes come
 * through the same list, marked as such, and only regroup: a person's keys are not read again for them.
 */
@Component
class KeyIndex {

    private static final Logger LOG = LoggerFactory.getLogger(KeyIndex.class);

    /**
     * How long changes are listed ({@link #prune(Instant)}); a node that has not looked for nearly as long reads the
     * index whole again, as what it missed may be gone from the list.
     */
    static final Duration CHANGES_KEPT = Duration.ofDays(1);

    private static final Duration LOOK_AGAIN_WITHIN = CHANGES_KEPT.minusHours(1);

    /** How many rows are fetched at a time when the index is read whole. */
    private static final int FETCH_SIZE = 10_000;

    /**
     * About what a kept profile takes on the heap: a decoded profile took 313–331 bytes on the benchmark's register
     * ({@code bench/run.sh people-profile-size}), and its number's reference and mark a few more.
     */
    private static final int FEATURES_BYTES = 340;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    /** How many persons' features are kept at most: beyond it, those not asked for lately make room. */
    private final long featuresKept;

    /** Features asked for and found kept, and not (read from the heap instead). */
    private final AtomicLong featuresFound = new AtomicLong();

    private final AtomicLong featuresMissed = new AtomicLong();

    /** One catch-up at a time; a search waits for the one under way, then makes its own. */
    private final ReentrantLock catchingUp = new ReentrantLock();

    /** Readers share the table; a catch-up changes it alone. */
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    private Table table = new Table();

    /** The oldest transaction that may have changed keys unseen: null until the index is first read. */
    private @Nullable Long horizon;

    /** The transactions at or after the horizon already read, whose changes are not read twice. */
    private final Set<Long> seen = new HashSet<>();

    private Instant lastLook = Instant.EPOCH;

    /**
     * {@code masar.people.profile-cache.size} is how many persons' features are kept: by default as many as a quarter
     * of the heap holds, so that a register of a million persons is kept whole in a heap of 2 GB; 0 keeps none.
     */
    KeyIndex(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            @Value("${masar.people.profile-cache.size:-1}") long featuresKept) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.featuresKept =
                featuresKept >= 0 ? featuresKept : Runtime.getRuntime().maxMemory() / 4 / FEATURES_BYTES;
        LOG.info("Match features kept of up to {} persons", this.featuresKept);
    }

    /**
     * Reads the index when the application has started, in the background, so that the first search after a start
     * does not wait the seconds a million persons' keys take to read (it still waits if it comes sooner).
     */
    @EventListener(ApplicationReadyEvent.class)
    void readAtStart() {
        Thread.ofPlatform().daemon().name("people-key-index").start(() -> {
            try {
                catchUp();
            } catch (RuntimeException e) {
                // the first search reads it then
                LOG.warn("Blocking keys not read at start: {}", e.toString());
            }
        });
    }

    /** What a reader is told of each live holder of each key asked for. */
    @FunctionalInterface
    interface Holders {
        /**
         * The holder numbered {@code number} (the index's number: the same person keeps it until their keys change)
         * holds the key at {@code key} in the array asked for; {@code high} and {@code low} are the person's id.
         * {@code group} is the same for holders recorded as likely one person (joined by open pairs of the review
         * queue), 0 for a holder in no such group.
         */
        void holds(int key, int number, long high, long low, int version, int group);
    }

    /**
     * Brings the index up to every change committed before this call: the persons listed as changed since the last
     * look have their keys read again; the whole index is read when it has never been, when a list was emptied, or
     * when the last look is too old for the list to be whole.
     */
    void catchUp() {
        catchingUp.lock();
        try {
            Long from = horizon;
            if (from == null || table.retired > table.live() / 2) {
                readWhole(look());
                return;
            }
            // One statement, so one snapshot: its xmin is the next look's horizon, as any transaction still running
            // then has an xid at least that old. A transaction's changes become visible all at once, when it commits:
            // one read already is not read again (a transaction that writes for long holds the horizon back
            // meanwhile, and every other since is seen).
            Look look = null;
            List<Change> changes = new ArrayList<>();
            for (Listed row : jdbc.sql("""
                            SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint, clock_timestamp(),
                                   c.xid, c.person_id, c.keys_changed, c.pairs_changed
                              FROM (SELECT) AS this_look
                              LEFT JOIN (SELECT xid::text::bigint AS xid, person_id,
                                                bool_or(keys_changed) AS keys_changed,
                                                bool_or(NOT keys_changed) AS pairs_changed
                                           FROM people_match_key_change
                                          WHERE xid >= CAST(CAST(:from AS text) AS xid8)
                                            AND NOT xid = ANY(CAST(CAST(:seen AS text[]) AS xid8[]))
                                          GROUP BY 1, 2) AS c ON true
                            """)
                    .param("from", from)
                    .param("seen", seen.stream().map(String::valueOf).toArray(String[]::new))
                    .query((rs, n) -> new Listed(
                            new Look(rs.getLong(1), rs.getTimestamp(2).toInstant()),
                            rs.getObject(3) == null
                                    ? null
                                    : new Change(
                                            rs.getLong(3),
                                            rs.getObject(4, UUID.class),
                                            rs.getBoolean(5),
                                            rs.getBoolean(6))))
                    .list()) {
                look = row.look();
                if (row.change() != null) {
                    changes.add(row.change());
                }
            }
            Look now = Objects.requireNonNull(look);
            if (now.at().isAfter(lastLook.plus(LOOK_AGAIN_WITHIN))) {
                readWhole(look());
                return;
            }
            Set<UUID> keysChanged = new HashSet<>();
            Set<UUID> pairsChanged = new HashSet<>();
            Set<Long> read = new HashSet<>();
            for (Change change : changes) {
                read.add(change.xid());
                if (change.person() == null) {
                    // the keys or the pairs were emptied by TRUNCATE: nothing listed before says what is left
                    readWhole(look());
                    return;
                }
                if (change.keys()) {
                    keysChanged.add(change.person());
                }
                if (change.pairs()) {
                    pairsChanged.add(change.person());
                }
            }
            // Those whose open pairs changed are grouped again, with every member of the groups the listed persons
            // were in, found before their keys are read again: a person numbered anew starts in no group, and a group
            // whose members all had new keys would be lost. A person numbered anew for new keys, in no group and no
            // changed pair, stays in none, without a look at the pairs.
            Set<UUID> regrouped = new HashSet<>(pairsChanged);
            Set<UUID> listed = new HashSet<>(keysChanged);
            listed.addAll(pairsChanged);
            regrouped.addAll(membersOfGroupsOf(listed));
            if (!keysChanged.isEmpty()) {
                reread(keysChanged);
            }
            if (!regrouped.isEmpty()) {
                regroup(regrouped);
            }
            seen.addAll(read);
            seen.removeIf(xid -> xid < now.horizon());
            horizon = now.horizon();
            lastLook = now.at();
        } finally {
            catchingUp.unlock();
        }
    }

    /** The horizon and the time, before the index is read whole. */
    private Look look() {
        return jdbc.sql("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint, clock_timestamp()")
                .query((rs, n) -> new Look(rs.getLong(1), rs.getTimestamp(2).toInstant()))
                .single();
    }

    private record Listed(Look look, @Nullable Change change) {}

    private record Look(long horizon, Instant at) {}

    /** A person listed as changed: their keys ({@code keys}), the pairs they are in ({@code pairs}), or both. */
    private record Change(long xid, @Nullable UUID person, boolean keys, boolean pairs) {}

    private record KeyRow(UUID person, int version, long hash) {}

    /** Reads these persons' keys again: each is retired and, if it still holds keys, numbered anew with them. */
    private void reread(Set<UUID> persons) {
        List<KeyRow> rows = jdbc.sql("""
                        SELECT person_id, version, unnest(hashes) FROM people_match_keys
                         WHERE person_id = ANY(:persons) ORDER BY person_id
                        """)
                .param("persons", persons.toArray(UUID[]::new))
                .query((rs, n) -> new KeyRow(rs.getObject(1, UUID.class), rs.getInt(2), rs.getLong(3)))
                .list();
        lock.writeLock().lock();
        try {
            for (UUID person : persons) {
                table.retire(person.getMostSignificantBits(), person.getLeastSignificantBits());
            }
            int number = -1;
            UUID current = null;
            for (KeyRow row : rows) {
                if (!row.person().equals(current)) {
                    current = row.person();
                    number = table.add(
                            current.getMostSignificantBits(), current.getLeastSignificantBits(), row.version());
                }
                table.hold(row.hash(), number);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Every live member of the groups these persons are in (none for persons in none). */
    private Set<UUID> membersOfGroupsOf(Set<UUID> persons) {
        Table t = table;
        Set<Integer> groups = new HashSet<>();
        for (UUID person : persons) {
            int number = t.numberOf(person.getMostSignificantBits(), person.getLeastSignificantBits());
            if (number >= 0 && t.groups[number] != 0) {
                groups.add(t.groups[number]);
            }
        }
        Set<UUID> members = new HashSet<>();
        if (!groups.isEmpty()) {
            for (int number = 0; number < t.persons; number++) {
                if (t.groups[number] != 0 && t.versions[number] >= 0 && groups.contains(t.groups[number])) {
                    members.add(new UUID(t.highs[number], t.lows[number]));
                }
            }
        }
        return members;
    }

    /**
     * Groups these persons again by the open pairs that join them now. They are those whose pairs changed and every
     * member of the groups any listed person was in: a pair opened joins two persons who are both listed, a pair
     * closed parts two who are both listed, and no one else's group changes.
     */
    private void regroup(Set<UUID> persons) {
        Table t = table;
        List<UUID[]> pairs = jdbc.sql("""
                        SELECT person_a, person_b FROM people_duplicate_pair
                         WHERE status = 'open' AND counts_as_one
                           AND (person_a = ANY(:persons) OR person_b = ANY(:persons))
                        """)
                .param("persons", persons.toArray(UUID[]::new))
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .list();
        lock.writeLock().lock();
        try {
            for (UUID person : persons) {
                int number = t.numberOf(person.getMostSignificantBits(), person.getLeastSignificantBits());
                if (number >= 0) {
                    t.groups[number] = 0;
                }
            }
            t.group(pairs);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Reads every stored key into a new table, then puts it in place of the one in use. */
    private void readWhole(Look look) {
        Table whole = new Table();
        transactions.executeWithoutResult(status -> jdbc.sql(
                        "SELECT person_id, version, unnest(hashes) FROM people_match_keys")
                .withFetchSize(FETCH_SIZE)
                .query(rs -> {
                    UUID person = rs.getObject(1, UUID.class);
                    long high = person.getMostSignificantBits();
                    long low = person.getLeastSignificantBits();
                    int number = whole.numberOf(high, low);
                    if (number < 0) {
                        number = whole.add(high, low, rs.getInt(2));
                    }
                    whole.hold(rs.getLong(3), number);
                }));
        List<UUID[]> pairs = jdbc.sql(
                        "SELECT person_a, person_b FROM people_duplicate_pair WHERE status = 'open' AND counts_as_one")
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .list();
        whole.group(pairs);
        lock.writeLock().lock();
        try {
            whole.keepFeaturesOf(table);
            table = whole;
        } finally {
            lock.writeLock().unlock();
        }
        seen.clear();
        horizon = look.horizon();
        lastLook = look.at();
        LOG.info("Blocking keys read whole: {} persons, {} keys", whole.live(), whole.keys);
    }

    /**
     * What {@link #read} returns: the numbers of the persons asked for as they were then (-1 for one holding no key),
     * and which table numbered them. The index's numbers hold within one table: the whole index read again numbers
     * everyone anew, and features asked for, or offered, under an older table's numbers are neither found nor kept.
     */
    record Reading(int[] numbers, long table) {}

    /**
     * Tells {@code reader} every live holder of each of these key hashes, in the order they were numbered; returns the
     * numbers of {@code persons} as they were then.
     */
    Reading read(long[] hashes, List<UUID> persons, Holders reader) {
        lock.readLock().lock();
        try {
            Table t = table;
            int[] numbers = new int[persons.size()];
            for (int p = 0; p < numbers.length; p++) {
                UUID person = persons.get(p);
                numbers[p] = t.numberOf(person.getMostSignificantBits(), person.getLeastSignificantBits());
            }
            for (int k = 0; k < hashes.length; k++) {
                int slot = t.slotOf(hashes[k]);
                if (slot < 0) {
                    continue;
                }
                int size = t.sizes[slot];
                for (int h = 0; h < size; h++) {
                    int number = t.holder(slot, h);
                    int version = t.versions[number];
                    if (version >= 0) {
                        reader.holds(k, number, t.highs[number], t.lows[number], version, t.groups[number]);
                    }
                }
            }
            return new Reading(numbers, t.generation);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * How many live holders each of these key hashes has: for the keys that only count ({@link
     * Profile#countingKeys()}), whose holders no search reads one by one.
     */
    int[] holderCounts(long[] hashes) {
        lock.readLock().lock();
        try {
            Table t = table;
            int[] counts = new int[hashes.length];
            for (int k = 0; k < hashes.length; k++) {
                int slot = t.slotOf(hashes[k]);
                int size = slot < 0 ? 0 : t.sizes[slot];
                int live = 0;
                for (int h = 0; h < size; h++) {
                    live += t.versions[t.holder(slot, h)] >= 0 ? 1 : 0;
                }
                counts[k] = live;
            }
            return counts;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The features kept of the holders numbered {@code numbers} by the table {@code numberedBy} ({@link
     * Reading#table()}): an array of the same length, null where none are kept (or the number has been retired since,
     * or the table replaced).
     */
    @Nullable
    Profile[] kept(long numberedBy, int[] numbers) {
        Profile[] found = new Profile[numbers.length];
        int hits = 0;
        int keptNow;
        lock.readLock().lock();
        try {
            Table t = table;
            for (int i = 0; i < numbers.length && t.generation == numberedBy; i++) {
                found[i] = t.features(numbers[i]);
                hits += found[i] == null ? 0 : 1;
            }
            keptNow = t.kept;
        } finally {
            lock.readLock().unlock();
        }
        long foundNow = featuresFound.addAndGet(hits);
        long missed = featuresMissed.addAndGet(numbers.length - hits);
        if (missed / 1_000_000 != (missed - (numbers.length - hits)) / 1_000_000) {
            LOG.info("Match features kept of {} persons; asked for, {} found kept, {} not", keptNow, foundNow, missed);
        }
        return found;
    }

    /**
     * Keeps the features read of the holders numbered {@code numbers} by the table {@code numberedBy}, each read at
     * {@code versions[i]}: only where that table is still in use and the number still stands for that version (a
     * correction committed since the keys were read has a number of its own).
     */
    void keep(long numberedBy, int[] numbers, int[] versions, Profile[] features) {
        lock.readLock().lock();
        try {
            Table t = table;
            if (featuresKept == 0 || t.generation != numberedBy) {
                return;
            }
            // numbers are not added or retired under the read lock; searches keeping at once take turns
            synchronized (t) {
                for (int i = 0; i < numbers.length; i++) {
                    t.keep(numbers[i], versions[i], features[i], featuresKept);
                }
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The keys as stored: PostgreSQL's hash of each (see V28), so that the application never reproduces the function,
     * asked {@link CandidateSearch#KEYS_A_STATEMENT} at a time.
     */
    long[] hashesOf(String[] keys) {
        long[] hashes = new long[keys.length];
        for (int from = 0; from < keys.length; from += CandidateSearch.KEYS_A_STATEMENT) {
            int offset = from;
            String[] slice =
                    Arrays.copyOfRange(keys, from, Math.min(keys.length, from + CandidateSearch.KEYS_A_STATEMENT));
            jdbc.sql("""
                            SELECT q.i, hashtextextended(q.key, 0)
                              FROM unnest(CAST(:keys AS text[])) WITH ORDINALITY AS q (key, i)
                            """).param("keys", slice).query(rs -> {
                hashes[offset + rs.getInt(1) - 1] = rs.getLong(2);
            });
        }
        return hashes;
    }

    /** The persons holding this key now, caught up first. */
    List<UUID> holdersOf(String key) {
        long[] hashes = hashesOf(new String[] {key});
        catchUp();
        List<UUID> holders = new ArrayList<>();
        read(hashes, List.of(), (k, number, high, low, version, group) -> holders.add(new UUID(high, low)));
        return holders;
    }

    /** Removes the changes listed longer than {@link #CHANGES_KEPT}; returns how many. */
    int prune(Instant now) {
        return jdbc.sql("DELETE FROM people_match_key_change WHERE changed_at < :before")
                .param("before", Timestamp.from(now.minus(CHANGES_KEPT)))
                .update();
    }

    /**
     * The index's arrays: persons by number (the id's two halves and the version, -1 once retired, and the features
     * kept), the number of each person's live entry, and the holders of each key hash; both tables open-addressed and
     * probed linearly. Changed under the write lock only, but for the features, kept under the read lock and the
     * table's monitor.
     */
    private static final class Table {
        private static final AtomicLong TABLES = new AtomicLong();

        /** Which table this is: numbers hold within one. */
        final long generation = TABLES.incrementAndGet();

        long[] highs = new long[1024];
        long[] lows = new long[1024];
        int[] versions = new int[1024];
        int persons;
        int retired;

        /**
         * The group of each live entry: persons joined by open pairs, directly or through others, share one; 0 for a
         * person in no open pair. A group is numbered afresh whenever it is formed again.
         */
        int[] groups = new int[1024];

        int lastGroup;

        /** The decoded features kept by number, and whether they were asked for since the clock last passed them. */
        Profile[] profiles = new Profile[1024];

        boolean[] asked = new boolean[1024];
        int kept;

        /** Where the clock looks next for features to drop, when as many are kept as may be. */
        int hand;

        /** Number + 1 of each person's live entry (0: an empty slot). */
        int[] byPerson = new int[2048];

        /**
         * The key hashes; a slot is taken where {@code sizes} is not 0. A key held by one person (most are: a phone,
         * a document, three names together) keeps it in {@code firsts}; one held by more keeps them all in {@code
         * holders}. At most three quarters full.
         */
        long[] hashes = new long[4096];

        int[] sizes = new int[4096];
        int[] firsts = new int[4096];
        int[][] holders = new int[4096][];
        int keys;

        int live() {
            return persons - retired;
        }

        int add(long high, long low, int version) {
            if (persons == versions.length) {
                int grown = persons * 2;
                highs = Arrays.copyOf(highs, grown);
                lows = Arrays.copyOf(lows, grown);
                versions = Arrays.copyOf(versions, grown);
                groups = Arrays.copyOf(groups, grown);
                profiles = Arrays.copyOf(profiles, grown);
                asked = Arrays.copyOf(asked, grown);
            }
            int number = persons++;
            highs[number] = high;
            lows[number] = low;
            versions[number] = version;
            groups[number] = 0;
            if (2 * live() > byPerson.length) {
                growByPerson();
            }
            place(byPerson, number);
            return number;
        }

        /**
         * Groups the live persons these pairs join, directly or through others; a pair of which a person holds no keys
         * (merged or deleted since) joins no one.
         */
        void group(List<UUID[]> pairs) {
            Map<Integer, Integer> parents = new HashMap<>();
            for (UUID[] pair : pairs) {
                int one = numberOf(pair[0].getMostSignificantBits(), pair[0].getLeastSignificantBits());
                int other = numberOf(pair[1].getMostSignificantBits(), pair[1].getLeastSignificantBits());
                if (one >= 0 && other >= 0) {
                    parents.putIfAbsent(one, one);
                    parents.putIfAbsent(other, other);
                    parents.put(root(parents, one), root(parents, other));
                }
            }
            Map<Integer, Integer> groupOfRoot = new HashMap<>();
            for (int number : parents.keySet()) {
                groups[number] = groupOfRoot.computeIfAbsent(root(parents, number), root -> ++lastGroup);
            }
        }

        /** The person standing for the group of {@code number} so far (union–find, halving the path as it goes). */
        private static int root(Map<Integer, Integer> parents, int number) {
            int at = number;
            for (int parent = parents.get(at); parent != at; parent = parents.get(at)) {
                int grand = parents.get(parent);
                parents.put(at, grand);
                at = grand;
            }
            return at;
        }

        /** Retires the person's live entry, if any: its keys are left behind, skipped by readers. */
        void retire(long high, long low) {
            int mask = byPerson.length - 1;
            for (int slot = personSlot(high, low, mask); byPerson[slot] != 0; slot = (slot + 1) & mask) {
                int number = byPerson[slot] - 1;
                if (highs[number] == high && lows[number] == low) {
                    versions[number] = -1;
                    retired++;
                    if (profiles[number] != null) {
                        profiles[number] = null;
                        kept--;
                    }
                    removeAt(slot);
                    return;
                }
            }
        }

        @Nullable
        Profile features(int number) {
            Profile features = profiles[number];
            if (features != null) {
                // a race with the clock at worst keeps them one more round
                asked[number] = true;
            }
            return features;
        }

        /**
         * Keeps a holder's features read at that version, if the number still stands for it; when {@code most} are
         * kept already, a clock passes over the numbers and drops the first features not asked for since it last
         * passed (second chance: the bearers of common names, asked for batch after batch, stay).
         */
        void keep(int number, int version, Profile features, long most) {
            if (versions[number] != version || profiles[number] != null) {
                return;
            }
            while (kept >= most) {
                int at = hand;
                hand = (hand + 1) % persons;
                if (profiles[at] != null) {
                    if (asked[at]) {
                        asked[at] = false;
                    } else {
                        profiles[at] = null;
                        kept--;
                    }
                }
            }
            profiles[number] = features;
            asked[number] = false;
            kept++;
        }

        /** Takes on the features {@code old} kept of persons whose number here stands for the same version. */
        void keepFeaturesOf(Table old) {
            for (int number = 0; number < persons; number++) {
                int was = old.numberOf(highs[number], lows[number]);
                if (was >= 0 && old.versions[was] == versions[number] && old.profiles[was] != null) {
                    profiles[number] = old.profiles[was];
                    kept++;
                }
            }
        }

        int numberOf(long high, long low) {
            int mask = byPerson.length - 1;
            for (int slot = personSlot(high, low, mask); byPerson[slot] != 0; slot = (slot + 1) & mask) {
                int number = byPerson[slot] - 1;
                if (highs[number] == high && lows[number] == low) {
                    return number;
                }
            }
            return -1;
        }

        void hold(long hash, int number) {
            int slot = slotOf(hash);
            if (slot < 0) {
                if (4 * (keys + 1) > 3 * hashes.length) {
                    growKeys();
                }
                int mask = hashes.length - 1;
                slot = keySlot(hash, mask);
                while (sizes[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = hash;
                firsts[slot] = number;
                sizes[slot] = 1;
                keys++;
                return;
            }
            int size = sizes[slot];
            if (size == 1) {
                holders[slot] = new int[] {firsts[slot], number, 0, 0};
            } else {
                if (size == holders[slot].length) {
                    holders[slot] = Arrays.copyOf(holders[slot], size * 2);
                }
                holders[slot][size] = number;
            }
            sizes[slot] = size + 1;
        }

        /** The holder at {@code index} of the key at {@code slot}. */
        int holder(int slot, int index) {
            return sizes[slot] == 1 ? firsts[slot] : holders[slot][index];
        }

        int slotOf(long hash) {
            int mask = hashes.length - 1;
            for (int slot = keySlot(hash, mask); sizes[slot] != 0; slot = (slot + 1) & mask) {
                if (hashes[slot] == hash) {
                    return slot;
                }
            }
            return -1;
        }

        private void place(int[] table, int number) {
            int mask = table.length - 1;
            int slot = personSlot(highs[number], lows[number], mask);
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = number + 1;
        }

        /** Empties a slot of {@link #byPerson}, moving back the entries after it that probed past it. */
        private void removeAt(int emptied) {
            int mask = byPerson.length - 1;
            byPerson[emptied] = 0;
            for (int slot = (emptied + 1) & mask; byPerson[slot] != 0; slot = (slot + 1) & mask) {
                int number = byPerson[slot] - 1;
                byPerson[slot] = 0;
                place(byPerson, number);
            }
        }

        private void growByPerson() {
            int[] old = byPerson;
            byPerson = new int[old.length * 2];
            for (int entry : old) {
                if (entry != 0) {
                    place(byPerson, entry - 1);
                }
            }
        }

        private void growKeys() {
            long[] oldHashes = hashes;
            int[] oldSizes = sizes;
            int[] oldFirsts = firsts;
            int[][] oldHolders = holders;
            hashes = new long[oldHashes.length * 2];
            sizes = new int[hashes.length];
            firsts = new int[hashes.length];
            holders = new int[hashes.length][];
            int mask = hashes.length - 1;
            for (int old = 0; old < oldHashes.length; old++) {
                if (oldSizes[old] != 0) {
                    int slot = keySlot(oldHashes[old], mask);
                    while (sizes[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    hashes[slot] = oldHashes[old];
                    sizes[slot] = oldSizes[old];
                    firsts[slot] = oldFirsts[old];
                    holders[slot] = oldHolders[old];
                }
            }
        }

        private static int keySlot(long hash, int mask) {
            // PostgreSQL's hashes are well mixed already; both halves are folded in
            return (int) (hash ^ (hash >>> 32)) & mask;
        }

        private static int personSlot(long high, long low, int mask) {
            long mixed = (high ^ low) * 0x9E3779B97F4A7C15L;
            return (int) (mixed >>> 32) & mask;
        }
    }
}
