package org.masar.people.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.masar.people.internal.matching.Profile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Decoded match features of stored persons, by person and version, those least likely to be asked for again dropped
 * first. The candidate search reads a hundred or so candidates a person, most of them bearers of common names met
 * again and again; reading and decoding each from the heap every time was most of a batch's time at a million persons.
 *
 * <p>A person's features at a version never change (a correction writes a new version, and the blocking keys that
 * lead to the person carry it), so an entry is never stale and needs no invalidation: every node of a cluster may keep
 * its own.
 *
 * <p>About half a kilobyte an entry, the words of names being shared between profiles ({@code SharedDecodings}): by
 * default as many entries as a quarter of the heap holds, so that a register of a million persons is kept whole in a
 * heap of 2 GB. A cache that keeps everyone never evicts, and eviction was costly: each profile read and dropped again
 * went through the old generation and kept G1 marking (bench/README.md, "Every stored person's features kept").
 * {@code masar.people.profile-cache.size} sets the number of entries instead, 0 to keep none.
 */
@Component
class ProfileCache {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileCache.class);

    private record Kept(int version, Profile profile) {}

    /**
     * Caffeine's bounded cache: concurrent (the batch is scored on every core), and its admission policy keeps the
     * bearers of common names met again and again rather than whoever was read last.
     */
    private final Cache<UUID, Kept> entries;

    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    /**
     * About what an entry takes on the heap: a decoded profile took 313–331 bytes on the benchmark's register
     * ({@code bench/run.sh people-profile-size}), and the cache's own entry, its key and version add some 150.
     */
    private static final int ENTRY_BYTES = 500;

    ProfileCache(@Value("${masar.people.profile-cache.size:-1}") long capacity) {
        long entriesKept = capacity >= 0 ? capacity : Runtime.getRuntime().maxMemory() / 4 / ENTRY_BYTES;
        LOG.info("Profile cache: up to {} entries", entriesKept);
        this.entries = Caffeine.newBuilder().maximumSize(entriesKept).build();
    }

    /**
     * The features kept of each of these persons at these versions ({@code versions[i]} of {@code persons[i]}): an
     * array of the same length, null where not kept.
     */
    @Nullable
    Profile[] getAll(UUID[] persons, int[] versions) {
        Profile[] found = new Profile[persons.length];
        int hit = 0;
        for (int i = 0; i < persons.length; i++) {
            Kept entry = entries.getIfPresent(persons[i]);
            if (entry != null && entry.version() == versions[i]) {
                found[i] = entry.profile();
                hit++;
            }
        }
        count(hit, persons.length - hit);
        return found;
    }

    /** Keeps the person's features at that version (replacing an older version's, never a newer one's). */
    void put(UUID person, int version, Profile profile) {
        entries.asMap()
                .merge(
                        person,
                        new Kept(version, profile),
                        (kept, offered) -> kept.version() > offered.version() ? kept : offered);
    }

    private void count(int hit, int missed) {
        long before = misses.get();
        long hitsNow = hits.addAndGet(hit);
        long now = misses.addAndGet(missed);
        if (now / 1_000_000 != before / 1_000_000) {
            LOG.info("Profile cache: {} entries, {} hits, {} misses", entries.estimatedSize(), hitsNow, now);
        }
    }
}
