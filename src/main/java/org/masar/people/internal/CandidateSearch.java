package org.masar.people.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.masar.people.IdentityDocument;
import org.masar.people.NamePart;
import org.masar.people.PersonDetails;
import org.masar.people.internal.matching.Comparison;
import org.masar.people.internal.matching.DocumentInput;
import org.masar.people.internal.matching.DuplicateEngine;
import org.masar.people.internal.matching.MatchInput;
import org.masar.people.internal.matching.NameText;
import org.masar.people.internal.matching.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the stored persons a person may be: the blocking keys the engine derives select candidates through one index
 * lookup ({@code people_match_key}), the engine scores each against the person, and the best are kept. Works on a whole
 * batch at once (one lookup for every key of the batch), and compares the persons of a batch with each other too.
 */
@Component
class CandidateSearch {

    /** How many candidates a caller is shown at most. */
    static final int SHOWN = 10;

    /** A stored person and how well they match. */
    record Found(UUID personId, Comparison comparison) {}

    private final JdbcClient jdbc;
    private final DuplicateEngine engine = DuplicateEngine.standard();

    CandidateSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the engine derives from a person's details. */
    Profile profileOf(PersonDetails details) {
        return engine.profile(new MatchInput(
                text(details.names().given()),
                text(details.names().father()),
                text(details.names().grandfather()),
                text(details.names().family()),
                details.sex() == null ? 'U' : details.sex().name().charAt(0),
                details.dateOfBirth(),
                details.estimatedAge(),
                details.ageEstimatedOn(),
                details.nationality(),
                details.phones(),
                details.documents().stream().map(CandidateSearch::document).toList(),
                details.baladiya()));
    }

    /** Scores shown as possible matches start here; below it a resemblance is noise, and showing it would be a leak. */
    double possibleFloor() {
        return engine.likelyThreshold() * 0.75;
    }

    /**
     * For each query, the stored persons (other than {@code excluded}) it may be, best first, at most {@link #SHOWN},
     * none below {@link #possibleFloor()}. Merged and deleted persons are never candidates.
     */
    List<List<Found>> candidatesFor(List<Profile> queries, Set<UUID> excluded) {
        Set<String> keys = queries.stream()
                .flatMap(profile -> profile.blockingKeys().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, List<UUID>> blocks = new HashMap<>();
        if (!keys.isEmpty()) {
            jdbc.sql("SELECT key, person_id FROM people_match_key WHERE key = ANY(:keys)")
                    .param("keys", keys.toArray(String[]::new))
                    .query((rs, row) -> {
                        blocks.computeIfAbsent(rs.getString(1), key -> new ArrayList<>())
                                .add(rs.getObject(2, UUID.class));
                        return null;
                    })
                    .list();
        }
        List<List<UUID>> chosen = new ArrayList<>();
        Set<UUID> all = new LinkedHashSet<>();
        for (Profile query : queries) {
            Map<UUID, Integer> shared = new HashMap<>();
            for (String key : query.blockingKeys()) {
                for (UUID person : blocks.getOrDefault(key, List.of())) {
                    if (!excluded.contains(person)) {
                        shared.merge(person, 1, Integer::sum);
                    }
                }
            }
            List<UUID> best = shared.entrySet().stream()
                    .sorted(Map.Entry.<UUID, Integer>comparingByValue().reversed())
                    .limit(DuplicateEngine.CANDIDATE_LIMIT)
                    .map(Map.Entry::getKey)
                    .toList();
            chosen.add(best);
            all.addAll(best);
        }
        Map<UUID, Profile> stored = new HashMap<>();
        if (!all.isEmpty()) {
            jdbc.sql("""
                            SELECT id, match_features FROM people_person
                             WHERE id = ANY(:ids) AND merged_into IS NULL AND deleted_at IS NULL
                            """)
                    .param("ids", all.toArray(UUID[]::new))
                    .query((rs, row) -> stored.put(rs.getObject(1, UUID.class), Profile.decode(rs.getString(2))))
                    .list();
        }
        // Scoring is pure computation on what was read (the engine is thread-safe), and most of a batch's time: the
        // persons of a batch are scored on every core.
        IntStream indexes = IntStream.range(0, queries.size());
        return (queries.size() > 1 ? indexes.parallel() : indexes)
                .mapToObj(i -> chosen.get(i).stream()
                        .filter(stored::containsKey)
                        .map(person -> new Found(person, engine.compare(queries.get(i), stored.get(person))))
                        .filter(found -> found.comparison().score() >= possibleFloor())
                        .sorted(Comparator.comparingDouble(
                                        (Found found) -> found.comparison().score())
                                .reversed())
                        .limit(SHOWN)
                        .toList())
                .toList();
    }

    /** How the engine compares two profiles (for persons of one batch). */
    Comparison compare(Profile query, Profile other) {
        return engine.compare(query, other);
    }

    private static NameText text(NamePart part) {
        return part.isEmpty() ? NameText.NONE : new NameText(part.ar(), part.lat());
    }

    private static DocumentInput document(IdentityDocument document) {
        return new DocumentInput(document.type().code(), document.number(), document.issuingCountry());
    }
}
