package org.masar.people.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the stored persons a person may be: the blocking keys the engine derives select candidates through one index
 * lookup ({@code people_match_key}, keys stored as hashes), the engine scores each against the person (their features
 * from {@link ProfileCache}, or read from the heap), and the best are kept. Works on a whole
 * batch at once (one lookup for every key of the batch), and compares the persons of a batch with each other too.
 */
@Component
class CandidateSearch {

    /** How many candidates a caller is shown at most. */
    static final int SHOWN = 10;

    /**
     * A stored person and how well they match; {@code namesakes} is what the engine was told: how many persons hold
     * the most selective name key the two share (0 when they share none).
     */
    record Found(UUID personId, Comparison comparison, int namesakes) {}

    private final JdbcClient jdbc;
    private final ProfileCache cache;
    private final DuplicateEngine engine = DuplicateEngine.standard();

    private final int limit;

    CandidateSearch(
            JdbcClient jdbc,
            ProfileCache cache,
            @Value("${masar.people.candidate-limit:" + DuplicateEngine.CANDIDATE_LIMIT + "}") int limit) {
        this.jdbc = jdbc;
        this.cache = cache;
        // The engine's limit, unless set lower (to measure what fewer comparisons would cost: bench/README.md).
        this.limit = Math.max(1, Math.min(limit, DuplicateEngine.CANDIDATE_LIMIT));
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
     * What a search of a batch found: each query's candidates, and how many stored persons hold each key the batch
     * looked up (every holder, none left out), from which the comparisons within a batch count namesakes too.
     */
    record Search(List<List<Found>> found, Map<String, Integer> storedHolders) {}

    /**
     * For each query, the stored persons (other than {@code excluded}) it may be, best first, at most {@link #SHOWN},
     * none below {@link #possibleFloor()}. Merged and deleted persons are never candidates.
     */
    List<List<Found>> candidatesFor(List<Profile> queries, Set<UUID> excluded) {
        return search(queries, excluded).found();
    }

    /** A stored person holding a key, at the version of their features the key was derived from. */
    private record Holder(UUID person, int version) {}

    /** {@link #candidatesFor}, with the number of stored holders of each key looked up. */
    Search search(List<Profile> queries, Set<UUID> excluded) {
        Set<String> keys = queries.stream()
                .flatMap(profile -> profile.blockingKeys().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, List<Holder>> blocks = new HashMap<>();
        if (!keys.isEmpty()) {
            // The keys are stored as PostgreSQL hashes of their text (see V28): an index-only scan per key. A row names
            // its key by its place in the array, so that the text does not travel back.
            String[] asked = keys.toArray(String[]::new);
            jdbc.sql("""
                            SELECT q.i, m.person_id, m.version
                              FROM unnest(CAST(:keys AS text[])) WITH ORDINALITY AS q (key, i)
                              JOIN people_match_key m ON m.hash = hashtextextended(q.key, 0)
                            """).param("keys", asked).query(rs -> {
                blocks.computeIfAbsent(asked[rs.getInt(1) - 1], key -> new ArrayList<>())
                        .add(new Holder(rs.getObject(2, UUID.class), rs.getInt(3)));
            });
        }
        Map<String, Integer> holders = new HashMap<>();
        blocks.forEach((key, persons) -> holders.put(key, persons.size()));
        List<List<UUID>> chosen = new ArrayList<>();
        List<Map<UUID, Integer>> namesakes = new ArrayList<>();
        Map<UUID, Integer> versions = new LinkedHashMap<>();
        for (Profile query : queries) {
            // Per stored person: keys shared, the fewest holders of a name key shared (the namesakes), the version,
            // and the fewest holders of any key shared.
            Map<UUID, int[]> shared = new HashMap<>();
            for (String key : query.blockingKeys()) {
                List<Holder> block = blocks.getOrDefault(key, List.of());
                int size = DuplicateEngine.isNameKey(key) ? block.size() : Integer.MAX_VALUE;
                for (Holder holder : block) {
                    if (!excluded.contains(holder.person())) {
                        int[] seen = shared.computeIfAbsent(
                                holder.person(), p -> new int[] {0, Integer.MAX_VALUE, 0, Integer.MAX_VALUE});
                        seen[0]++;
                        seen[1] = Math.min(seen[1], size);
                        seen[2] = holder.version();
                        seen[3] = Math.min(seen[3], block.size());
                    }
                }
            }
            Map<UUID, Integer> counts = new HashMap<>();
            // Most keys shared first; one unselective key alone is what namesakes share, not worth a comparison
            // (DuplicateEngine.worthComparing).
            List<UUID> best = shared.entrySet().stream()
                    .filter(e -> DuplicateEngine.worthComparing(e.getValue()[0], e.getValue()[3]))
                    .sorted(Comparator.comparingInt((Map.Entry<UUID, int[]> e) -> e.getValue()[0])
                            .reversed())
                    .limit(limit)
                    .map(e -> {
                        int fewest = e.getValue()[1];
                        counts.put(e.getKey(), fewest == Integer.MAX_VALUE ? 0 : fewest);
                        versions.put(e.getKey(), e.getValue()[2]);
                        return e.getKey();
                    })
                    .toList();
            chosen.add(best);
            namesakes.add(counts);
        }
        Map<UUID, Profile> stored = stored(versions);
        // Scoring is pure computation on what was read (the engine is thread-safe), and most of a batch's time: the
        // persons of a batch are scored on every core.
        IntStream indexes = IntStream.range(0, queries.size());
        List<List<Found>> found = (queries.size() > 1 ? indexes.parallel() : indexes)
                .mapToObj(i -> chosen.get(i).stream()
                        .filter(stored::containsKey)
                        .map(person -> {
                            int namesakesOf = namesakes.get(i).get(person);
                            return new Found(
                                    person,
                                    engine.compare(queries.get(i), stored.get(person), namesakesOf),
                                    namesakesOf);
                        })
                        .filter(candidate -> candidate.comparison().score() >= possibleFloor())
                        .sorted(Comparator.comparingDouble((Found candidate) ->
                                        candidate.comparison().score())
                                .reversed())
                        .limit(SHOWN)
                        .toList())
                .toList();
        return new Search(found, holders);
    }

    /**
     * The features of the candidates, at the versions their keys were written with: those the cache holds, and the
     * rest read from the heap (merged and deleted persons hold no keys, and are never read) and decoded on every core.
     */
    private Map<UUID, Profile> stored(Map<UUID, Integer> versions) {
        UUID[] ids = versions.keySet().toArray(UUID[]::new);
        int[] wanted = versions.values().stream().mapToInt(Integer::intValue).toArray();
        Profile[] cached = cache.getAll(ids, wanted);
        Map<UUID, Profile> stored = new HashMap<>(ids.length * 2);
        List<UUID> missing = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            if (cached[i] != null) {
                stored.put(ids[i], cached[i]);
            } else {
                missing.add(ids[i]);
            }
        }
        if (missing.isEmpty()) {
            return stored;
        }
        record Read(UUID id, int version, String features) {}
        List<Read> read = jdbc.sql("""
                        SELECT id, version, match_features FROM people_person
                         WHERE id = ANY(:ids) AND merged_into IS NULL AND deleted_at IS NULL
                        """)
                .param("ids", missing.toArray(UUID[]::new))
                .query((rs, row) -> new Read(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3)))
                .list();
        List<Profile> decoded = (read.size() > 50 ? read.parallelStream() : read.stream())
                .map(row -> Profile.decode(row.features()))
                .toList();
        for (int i = 0; i < read.size(); i++) {
            Read row = read.get(i);
            stored.put(row.id(), decoded.get(i));
            // Kept under the version read: a correction committed since the keys were read has its own version. Not
            // kept when of an older encoding: the profile refresh rewrites those without changing the version.
            if (Profile.isCurrent(row.features())) {
                cache.put(row.id(), row.version(), decoded.get(i));
            }
        }
        return stored;
    }

    /**
     * How the engine compares two profiles (for persons of one batch), {@code namesakes} being the holders of the most
     * selective name key they share (0 when they share none).
     */
    Comparison compare(Profile query, Profile other, int namesakes) {
        return engine.compare(query, other, namesakes);
    }

    private static NameText text(NamePart part) {
        return part.isEmpty() ? NameText.NONE : new NameText(part.ar(), part.lat());
    }

    private static DocumentInput document(IdentityDocument document) {
        return new DocumentInput(document.type().code(), document.number(), document.issuingCountry());
    }
}
