package org.masar.people.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.masar.people.internal.matching.Profile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Decoded match features of stored persons, by person and version, the least recently used dropped first. The
 * candidate search reads a hundred or so candidates a person, most of them bearers of common names met again and
 * again; reading and decoding each from the heap every time was most of a batch's time at a million persons.
 *
 * <p>A person's features at a version never change (a correction writes a new version, and the blocking keys that
 * lead to the person carry it), so an entry is never stale and needs no invalidation: every node of a cluster may keep
 * its own. About 1.4 KB an entry: the default 200,000 take some 280 MB of heap
 * ({@code masar.people.profile-cache.size}, 0 to keep none).
 */
@Component
class ProfileCache {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileCache.class);

    private record Kept(int version, Profile profile) {}

    private final int capacity;
    private final Map<UUID, Kept> entries;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    ProfileCache(@Value("${masar.people.profile-cache.size:200000}") int capacity) {
        this.capacity = Math.max(0, capacity);
        this.entries = new LinkedHashMap<>(Math.min(this.capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Kept> eldest) {
                return size() > ProfileCache.this.capacity;
            }
        };
    }

    /** The person's features at that version, when kept. */
    synchronized @Nullable Profile get(UUID person, int version) {
        Kept entry = entries.get(person);
        if (entry != null && entry.version() == version) {
            hits.incrementAndGet();
            return entry.profile();
        }
        if (misses.incrementAndGet() % 1_000_000 == 0) {
            LOG.info("Profile cache: {} entries, {} hits, {} misses", entries.size(), hits.get(), misses.get());
        }
        return null;
    }

    /**
     * The features kept of each of these persons at these versions ({@code versions[i]} of {@code persons[i]}): an
     * array of the same length, null where not kept.
     */
    synchronized @Nullable Profile[] getAll(UUID[] persons, int[] versions) {
        Profile[] found = new Profile[persons.length];
        int hit = 0;
        for (int i = 0; i < persons.length; i++) {
            Kept entry = entries.get(persons[i]);
            if (entry != null && entry.version() == versions[i]) {
                found[i] = entry.profile();
                hit++;
            }
        }
        long before = misses.get();
        hits.addAndGet(hit);
        long now = misses.addAndGet(persons.length - hit);
        if (now / 1_000_000 != before / 1_000_000) {
            LOG.info("Profile cache: {} entries, {} hits, {} misses", entries.size(), hits.get(), now);
        }
        return found;
    }

    /** Keeps the person's features at that version (replacing an older version's). */
    synchronized void put(UUID person, int version, Profile profile) {
        if (capacity == 0) {
            return;
        }
        Kept kept = entries.get(person);
        if (kept == null || kept.version() <= version) {
            entries.put(person, new Kept(version, profile));
        }
    }
}
