package org.masar.people.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The blocking keys of every stored person ({@code people_match_key}), kept in this node's memory: which persons hold
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

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

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

    KeyIndex(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
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
         */
        void holds(int key, int number, long high, long low, int version);
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
                                   c.xid, c.person_id
                              FROM (SELECT) AS this_look
                              LEFT JOIN (SELECT DISTINCT xid::text::bigint AS xid, person_id
                                           FROM people_match_key_change
                                          WHERE xid >= CAST(CAST(:from AS text) AS xid8)
                                            AND NOT xid = ANY(CAST(CAST(:seen AS text[]) AS xid8[]))) AS c ON true
                            """)
                    .param("from", from)
                    .param("seen", seen.stream().map(String::valueOf).toArray(String[]::new))
                    .query((rs, n) -> new Listed(
                            new Look(rs.getLong(1), rs.getTimestamp(2).toInstant()),
                            rs.getObject(3) == null ? null : new Change(rs.getLong(3), rs.getObject(4, UUID.class))))
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
            Set<UUID> changed = new HashSet<>();
            Set<Long> read = new HashSet<>();
            for (Change change : changes) {
                read.add(change.xid());
                if (change.person() == null) {
                    // the keys were emptied by TRUNCATE: nothing listed before says what is left
                    readWhole(look());
                    return;
                }
                changed.add(change.person());
            }
            if (!changed.isEmpty()) {
                reread(changed);
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

    private record Change(long xid, @Nullable UUID person) {}

    private record KeyRow(UUID person, int version, long hash) {}

    /** Reads these persons' keys again: each is retired and, if it still holds keys, numbered anew with them. */
    private void reread(Set<UUID> persons) {
        List<KeyRow> rows = jdbc.sql("""
                        SELECT person_id, version, hash FROM people_match_key
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

    /** Reads every stored key into a new table, then puts it in place of the one in use. */
    private void readWhole(Look look) {
        Table whole = new Table();
        transactions.executeWithoutResult(status -> jdbc.sql("SELECT person_id, version, hash FROM people_match_key")
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
        lock.writeLock().lock();
        try {
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
     * Tells {@code reader} every live holder of each of these key hashes, in the order they were numbered; returns the
     * numbers of {@code persons} as they were then (-1 for one holding no key).
     */
    int[] read(long[] hashes, List<UUID> persons, Holders reader) {
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
                        reader.holds(k, number, t.highs[number], t.lows[number], version);
                    }
                }
            }
            return numbers;
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
        read(hashes, List.of(), (k, number, high, low, version) -> holders.add(new UUID(high, low)));
        return holders;
    }

    /** Removes the changes listed longer than {@link #CHANGES_KEPT}; returns how many. */
    int prune(Instant now) {
        return jdbc.sql("DELETE FROM people_match_key_change WHERE changed_at < :before")
                .param("before", Timestamp.from(now.minus(CHANGES_KEPT)))
                .update();
    }

    /**
     * The index's arrays: persons by number (the id's two halves and the version, -1 once retired), the number of each
     * person's live entry, and the holders of each key hash; both tables open-addressed and probed linearly. Changed
     * under the write lock only.
     */
    private static final class Table {
        long[] highs = new long[1024];
        long[] lows = new long[1024];
        int[] versions = new int[1024];
        int persons;
        int retired;

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
            }
            int number = persons++;
            highs[number] = high;
            lows[number] = low;
            versions[number] = version;
            if (2 * live() > byPerson.length) {
                growByPerson();
            }
            place(byPerson, number);
            return number;
        }

        /** Retires the person's live entry, if any: its keys are left behind, skipped by readers. */
        void retire(long high, long low) {
            int mask = byPerson.length - 1;
            for (int slot = personSlot(high, low, mask); byPerson[slot] != 0; slot = (slot + 1) & mask) {
                int number = byPerson[slot] - 1;
                if (highs[number] == high && lows[number] == low) {
                    versions[number] = -1;
                    retired++;
                    removeAt(slot);
                    return;
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
