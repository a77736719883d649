package org.masar.people.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.masar.people.PersonDetails;
import org.masar.people.internal.matching.PhoneNumbers;
import org.masar.people.internal.matching.Profile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the match features and blocking keys of stored persons to the engine's current encoding, after an upgrade
 * that changed how names become words and keys (a person registered before it would otherwise be missed by the
 * keys a new registration of them derives). Works from the person rows, a batch a transaction, skipping rows another
 * node holds; the person's version does not change (the features are derived, not data anyone typed).
 */
@Component
class ProfileRefresh {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileRefresh.class);
    static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final PersonQueries queries;
    private final CandidateSearch candidates;
    private final PersonStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ProfileRefresh(
            JdbcClient jdbc,
            PersonQueries queries,
            CandidateSearch candidates,
            PersonStore store,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.candidates = candidates;
        this.store = store;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Refreshes batches until none is left or the budget is spent; how many persons were refreshed. */
    int run(Duration budget) {
        Instant until = clock.instant().plus(budget);
        int total = 0;
        // Each batch starts after the last person the one before looked at, so that a run over a million persons does
        // not walk again past all those it has refreshed; a person skipped (another node held its row) waits for the
        // next run, which starts from the first.
        Batch batch = new Batch(0, FIRST);
        do {
            batch = refreshAfter(batch.last());
            total += batch.refreshed();
        } while (batch.refreshed() > 0 && clock.instant().isBefore(until));
        if (total > 0) {
            LOG.info("Profile refresh: {} persons brought to the current encoding", total);
        }
        return total;
    }

    /** One batch from the first person of an older encoding: how many persons it refreshed (0 when none is left). */
    int refreshBatch() {
        return refreshAfter(FIRST).refreshed();
    }

    /** Before every person: PostgreSQL orders uuids by their bytes, unsigned. */
    private static final UUID FIRST = new UUID(0, 0);

    /** What a batch did: how many persons it refreshed, and the last of them. */
    private record Batch(int refreshed, UUID last) {}

    /** One batch in one transaction, of the persons of an older encoding after {@code after}. */
    private Batch refreshAfter(UUID after) {
        Batch done = transactions.execute(status -> {
            record Stale(UUID id, int version, boolean live) {}
            List<Stale> stale = jdbc.sql("""
                            SELECT id, version, merged_into IS NULL AND deleted_at IS NULL AS live
                              FROM people_person
                             WHERE id > :after AND match_features NOT LIKE :current
                             ORDER BY id
                             LIMIT :batch
                               FOR UPDATE SKIP LOCKED
                            """)
                    .param("after", after)
                    .param("current", Profile.currentPrefix() + "%")
                    .param("batch", BATCH)
                    .query((rs, n) ->
                            new Stale(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getBoolean("live")))
                    .list();
            if (stale.isEmpty()) {
                return new Batch(0, after);
            }
            Map<UUID, PersonDetails> details =
                    queries.details(stale.stream().map(Stale::id).toList(), LocalDate.now(clock));
            List<UUID> ids = new ArrayList<>();
            List<String> features = new ArrayList<>();
            List<String> skeletons = new ArrayList<>();
            List<UUID> liveIds = new ArrayList<>();
            List<PersonStore.Parts> live = new ArrayList<>();
            List<UUID> phoneOwners = new ArrayList<>();
            List<Integer> phonePositions = new ArrayList<>();
            List<String> phonesNormalised = new ArrayList<>();
            for (Stale person : stale) {
                PersonDetails stored = details.get(person.id());
                Profile profile = candidates.profileOf(stored);
                ids.add(person.id());
                features.add(profile.encode());
                skeletons.add(profile.nameSkeleton());
                for (int i = 0; i < stored.phones().size(); i++) {
                    phoneOwners.add(person.id());
                    phonePositions.add(i);
                    phonesNormalised.add(PhoneNumbers.normalise(stored.phones().get(i), stored.nationality()));
                }
                if (person.live()) {
                    // merged and deleted persons have no keys: they are never candidates
                    liveIds.add(person.id());
                    live.add(new PersonStore.Parts(person.id(), person.version(), stored, profile));
                }
            }
            jdbc.sql("""
                            UPDATE people_person p SET match_features = u.features, name_skeleton = u.skeleton
                              FROM unnest(CAST(:ids AS uuid[]), CAST(:features AS text[]), CAST(:skeletons AS text[]))
                                   AS u (id, features, skeleton)
                             WHERE p.id = u.id
                            """)
                    .param("ids", ids.toArray(UUID[]::new))
                    .param("features", features.toArray(String[]::new))
                    .param("skeletons", skeletons.toArray(String[]::new))
                    .update();
            jdbc.sql("DELETE FROM people_match_keys WHERE person_id = ANY(:ids)")
                    .param("ids", liveIds.toArray(UUID[]::new))
                    .update();
            store.writeKeys(live);
            // how a phone reads may have changed with the encoding too (m11: a foreign number in its country's plan),
            // and a search by phone looks for the stored reading
            jdbc.sql("""
                            UPDATE people_phone ph SET normalised = u.normalised
                              FROM unnest(CAST(:ids AS uuid[]), CAST(:positions AS int[]), CAST(:normalised AS text[]))
                                   AS u (id, position, normalised)
                             WHERE ph.person_id = u.id AND ph.position = u.position AND ph.normalised <> u.normalised
                            """)
                    .param("ids", phoneOwners.toArray(UUID[]::new))
                    .param("positions", phonePositions.toArray(Integer[]::new))
                    .param("normalised", phonesNormalised.toArray(String[]::new))
                    .update();
            return new Batch(stale.size(), stale.getLast().id());
        });
        return done == null ? new Batch(0, after) : done;
    }
}
