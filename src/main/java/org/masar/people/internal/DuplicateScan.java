package org.masar.people.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.SystemIdentity;
import org.masar.people.internal.matching.Profile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds likely duplicate pairs among the persons already stored, which registration cannot have caught (persons
 * registered before the engine knew a variation, or whose details were corrected since). It walks the current
 * persons in id order, a slice at a time, each slice in its own transaction: the cursor in
 * {@code people_duplicate_scan} moves with the slice's pairs, so a run stopped anywhere (a node dying, the time budget
 * spent) resumes where it stood, on any node. Each person's candidates are found through the same blocking keys and
 * engine as at registration, and the likely ones recorded as pairs found by {@code scan}; a pair already known, open
 * or decided, is left as it is, so a pair found not to be the same person is never proposed again.
 *
 * <p>The scheduled task ({@link DuplicateScanTask}) calls {@link #run(Duration)}; tests call it directly.
 */
@Component
class DuplicateScan {

    private static final Logger LOG = LoggerFactory.getLogger(DuplicateScan.class);

    /**
     * What a run did.
     *
     * @param pairs the likely pairs seen, those already known included
     */
    record Outcome(int persons, int pairs, boolean passFinished) {}

    /** What one slice did. */
    private record Slice(int persons, int pairs, boolean passFinished) {}

    private final JdbcClient jdbc;
    private final CandidateSearch candidates;
    private final PersonStore store;
    private final SystemIdentity system;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int sliceSize;

    DuplicateScan(
            JdbcClient jdbc,
            CandidateSearch candidates,
            PersonStore store,
            SystemIdentity system,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${masar.people.duplicate-scan.slice:500}") int sliceSize) {
        this.jdbc = jdbc;
        this.candidates = candidates;
        this.store = store;
        this.system = system;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
        this.sliceSize = Math.max(1, sliceSize);
    }

    /**
     * Scans slices, as the system identity, until the pass reaches the last person or the budget is spent (the slice
     * under way is finished first).
     */
    Outcome run(Duration budget) {
        return system.run("people.duplicate-scan", () -> {
            Instant until = clock.instant().plus(budget);
            int persons = 0;
            int pairs = 0;
            while (true) {
                Slice slice = Objects.requireNonNull(transactions.execute(status -> slice()));
                persons += slice.persons();
                pairs += slice.pairs();
                if (slice.passFinished() || !clock.instant().isBefore(until)) {
                    if (pairs > 0 || slice.passFinished()) {
                        LOG.info(
                                "Duplicate scan: {} persons scanned, {} likely pairs seen{}",
                                persons,
                                pairs,
                                slice.passFinished() ? ", pass finished" : "");
                    }
                    return new Outcome(persons, pairs, slice.passFinished());
                }
            }
        });
    }

    /** One slice after the cursor; the cursor's row lock keeps two nodes from scanning the same slice. */
    private Slice slice() {
        @Nullable
        UUID after = jdbc.sql("SELECT after_person FROM people_duplicate_scan FOR UPDATE")
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class)))
                .single()
                .orElse(null);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<UUID> ids = new ArrayList<>();
        List<Profile> profiles = new ArrayList<>();
        jdbc.sql("SELECT id, match_features FROM people_person WHERE merged_into IS NULL AND deleted_at IS NULL"
                        + (after == null ? "" : " AND id > :after")
                        + " ORDER BY id LIMIT :slice")
                .params(after == null ? Map.of("slice", sliceSize) : Map.of("slice", sliceSize, "after", after))
                .query((rs, n) -> {
                    ids.add(rs.getObject("id", UUID.class));
                    profiles.add(Profile.decode(rs.getString("match_features")));
                    return null;
                })
                .list();
        List<List<CandidateSearch.Found>> found =
                profiles.isEmpty() ? List.of() : candidates.candidatesForStored(ids, profiles);
        List<PersonStore.PairRow> pairs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID person = ids.get(i);
            for (CandidateSearch.Found candidate : found.get(i)) {
                // A pair found from both sides is stored once.
                UUID other = candidate.personId();
                String pair = DuplicateService.inOrder(person, other) ? person + "/" + other : other + "/" + person;
                if (candidate.comparison().likely() && seen.add(pair)) {
                    pairs.add(new PersonStore.PairRow(
                            person,
                            candidate.personId(),
                            candidate.comparison().score(),
                            candidate.comparison().reasons().stream()
                                    .map(reason -> Map.<String, Object>of("code", reason.code(), "args", reason.args()))
                                    .toList(),
                            "scan",
                            now,
                            candidate.likelyAlone()));
                }
            }
        }
        store.recordPairs(pairs);
        boolean finished = ids.size() < sliceSize;
        jdbc.sql("""
                        UPDATE people_duplicate_scan
                           SET after_person = :after,
                               pass_started_at = CASE WHEN :starting THEN :at ELSE pass_started_at END,
                               passes_finished = passes_finished + CASE WHEN :finished THEN 1 ELSE 0 END,
                               last_slice_at = :at
                        """)
                .param("after", finished ? null : ids.getLast(), java.sql.Types.OTHER)
                .param("starting", after == null)
                .param("finished", finished)
                .param("at", Timestamp.from(now))
                .update();
        return new Slice(ids.size(), pairs.size(), finished);
    }
}
