package org.masar.people.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.masar.people.PersonDetails;
import org.masar.people.PersonId;
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
        int done;
        do {
            done = refreshBatch();
            total += done;
        } while (done > 0 && clock.instant().isBefore(until));
        if (total > 0) {
            LOG.info("Profile refresh: {} persons brought to the current encoding", total);
        }
        return total;
    }

    /** One batch in one transaction: how many persons it refreshed (0 when none is left). */
    int refreshBatch() {
        Integer done = transactions.execute(status -> {
            record Stale(UUID id, int version, boolean live) {}
            List<Stale> stale = jdbc.sql("""
                            SELECT id, version, merged_into IS NULL AND deleted_at IS NULL AS live
                              FROM people_person
                             WHERE match_features NOT LIKE :current
                             ORDER BY id
                             LIMIT :batch
                               FOR UPDATE SKIP LOCKED
                            """)
                    .param("current", Profile.currentPrefix() + "%")
                    .param("batch", BATCH)
                    .query((rs, n) ->
                            new Stale(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getBoolean("live")))
                    .list();
            LocalDate today = LocalDate.now(clock);
            List<PersonStore.Parts> live = new ArrayList<>();
            for (Stale person : stale) {
                PersonDetails details = queries.find(new PersonId(person.id()), today)
                        .orElseThrow()
                        .record()
                        .details();
                Profile profile = candidates.profileOf(details);
                jdbc.sql(
                                "UPDATE people_person SET match_features = :features, name_skeleton = :skeleton WHERE id = :id")
                        .param("features", profile.encode())
                        .param("skeleton", profile.nameSkeleton())
                        .param("id", person.id())
                        .update();
                if (person.live()) {
                    // merged and deleted persons have no keys: they are never candidates
                    jdbc.sql("DELETE FROM people_match_key WHERE person_id = :id")
                            .param("id", person.id())
                            .update();
                    live.add(new PersonStore.Parts(person.id(), person.version(), details, profile));
                }
            }
            store.writeKeys(live);
            return stale.size();
        });
        return done == null ? 0 : done;
    }
}
