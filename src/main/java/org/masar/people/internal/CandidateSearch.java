package org.masar.people.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.masar.people.IdentityDocument;
import org.masar.people.NamePart;
import org.masar.people.PersonDetails;
import org.masar.people.internal.matching.Comparison;
import org.masar.people.internal.matching.DocumentInput;
import org.masar.people.internal.matching.DuplicateEngine;
import org.masar.people.internal.matching.MatchInput;
import org.masar.people.internal.matching.NameText;
import org.masar.people.internal.matching.Profile;
import org.masar.people.internal.matching.WordBearers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the stored persons a person may be: the blocking keys the engine derives select candidates among their holders
 * ({@link KeyIndex}: {@code people_match_keys} kept in memory, keys as hashes), the engine scores each against the
 * person (their features as {@link KeyIndex} keeps them, or read from the heap), and the best are kept. Works on a
 * whole batch at once, and compares the persons of a batch with each other too.
 */
@Component
class CandidateSearch {

    /** How many candidates a caller is shown at most. */
    static final int SHOWN = 10;

    /**
     * A stored person and how well they match, with what the engine was told: {@code namesakes}, how many persons hold
     * the most selective name key the two share, and {@code bearers}, how many hold the least selective one (0 when
     * they share none; {@link DuplicateEngine#compare}), as the comparison was told them ({@link #judge}).
     * {@code likelyAlone}: likely with every stored record counted as a bearer of its own. Only such a pair joins the
     * two into one bearer (V58): one likely only because a group counted once would, joined to it, make the next
     * namesake likely in turn.
     */
    record Found(UUID personId, Comparison comparison, int namesakes, int bearers, boolean likelyAlone) {}

    private final JdbcClient jdbc;
    private final KeyIndex index;
    private final DuplicateEngine engine = DuplicateEngine.standard();

    private final int limit;

    /** The workspaces of searches done, one for each search running at once at most. */
    private final Queue<Workspace> workspaces = new ConcurrentLinkedQueue<>();

    /**
     * How many blocking keys one statement sends at most (to look them up, or to write them): the driver spells an
     * array parameter out as text, and a batch's 11,000 keys made a megabyte of it, humongous objects to G1 (half a
     * region or more: 512 KB in a 2 GB heap), several times over in every batch, each starting a concurrent marking
     * cycle.
     */
    static final int KEYS_A_STATEMENT = 2_000;

    /** How many candidates' features one statement reads at most (see {@link #readFeatures}). */
    private static final int IDS_A_STATEMENT = 10_000;

    CandidateSearch(
            JdbcClient jdbc,
            KeyIndex index,
            @Value("${masar.people.candidate-limit:" + DuplicateEngine.CANDIDATE_LIMIT + "}") int limit) {
        this.jdbc = jdbc;
        this.index = index;
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
     * looked up (every holder, none left out; those recorded as likely one person once), from which the comparisons
     * within a batch count namesakes too; and how many stored records hold it, each a bearer of its own.
     */
    record Search(List<List<Found>> found, Map<String, Integer> storedHolders, Map<String, Integer> storedRecords) {}

    /**
     * For each query, the stored persons (other than {@code excluded}) it may be, best first, at most {@link #SHOWN},
     * none below {@link #possibleFloor()}. Merged and deleted persons are never candidates.
     */
    List<List<Found>> candidatesFor(List<Profile> queries, Set<UUID> excluded) {
        return search(queries, excluded).found();
    }

    /** {@link #candidatesFor}, with the number of stored holders of each key looked up. */
    Search search(List<Profile> queries, Set<UUID> excluded) {
        return search(queries, null, excluded);
    }

    /**
     * {@link #candidatesFor} stored persons ({@code ids}, their profiles {@code queries}): each holds its own keys, but
     * is neither its own candidate nor its own namesake.
     */
    List<List<Found>> candidatesForStored(List<UUID> ids, List<Profile> queries) {
        return search(queries, ids, Set.of()).found();
    }

    private Search search(List<Profile> queries, @Nullable List<UUID> selves, Set<UUID> excluded) {
        Set<String> keys = queries.stream()
                .flatMap(profile -> profile.searchKeys().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> counting = queries.stream()
                .flatMap(profile -> profile.countingKeys().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Workspace workspace = workspaces.poll();
        if (workspace == null) {
            workspace = new Workspace();
        }
        Search search = searchIn(workspace, queries, selves, excluded, keys, counting);
        // Kept only after a search that ended well: one that failed may leave counts behind in it.
        workspace.clear();
        workspaces.offer(workspace);
        return search;
    }

    private Search searchIn(
            Workspace workspace,
            List<Profile> queries,
            @Nullable List<UUID> selves,
            Set<UUID> excluded,
            Set<String> keys,
            Set<String> counting) {
        // The holders come from the key index in memory, caught up first with every change committed. Each is
        // numbered once for the batch, and a key's block is a list of those numbers: at a million persons a batch
        // meets some 230,000 holders, and what each query shares with each is counted by number, in arrays. The
        // keys that only count are hashed in the same statement, and only their holders counted.
        String[] asked = keys.toArray(String[]::new);
        String[] counted = counting.toArray(String[]::new);
        long[] allHashes =
                index.hashesOf(Stream.concat(keys.stream(), counting.stream()).toArray(String[]::new));
        long[] hashes = Arrays.copyOf(allHashes, asked.length);
        index.catchUp();
        int[] counts = index.holderCounts(Arrays.copyOfRange(allHashes, asked.length, allHashes.length));
        List<UUID> resolved = new ArrayList<>(excluded);
        if (selves != null) {
            resolved.addAll(selves);
        }
        Numbers[] byKey = new Numbers[asked.length];
        KeyIndex.Reading reading = index.read(hashes, resolved, (key, number, high, low, version, group) -> {
            Numbers block = byKey[key];
            if (block == null) {
                block = new Numbers();
                byKey[key] = block;
            }
            block.add(workspace.number(number, high, low, version, group));
        });
        workspace.table = reading.table();
        int[] numbers = reading.numbers();
        Map<String, Numbers> blocks = new HashMap<>();
        for (int k = 0; k < asked.length; k++) {
            if (byKey[k] != null) {
                blocks.put(asked[k], byKey[k]);
            }
        }
        int slices = queries.size() > 1 ? Math.min(queries.size(), 2 * ForkJoinPool.getCommonPoolParallelism() + 2) : 1;
        workspace.prepare(slices);
        boolean[] leftOut = workspace.leftOut;
        for (int e = 0; e < excluded.size(); e++) {
            int local = workspace.localOf(numbers[e]);
            if (local >= 0) {
                leftOut[local] = true;
            }
        }
        // The holders recorded as likely one person (the review queue's open pairs) count as one: a woman registered
        // three times is no three namesakes of her fourth record.
        int[] groups = workspace.groups.values;
        for (Numbers block : blocks.values()) {
            block.countPersons(groups);
        }
        Map<String, Integer> blockSizes = new HashMap<>();
        Map<String, Integer> recordCounts = new HashMap<>();
        blocks.forEach((key, block) -> {
            blockSizes.put(key, block.persons);
            recordCounts.put(key, block.size);
        });
        for (int k = 0; k < counted.length; k++) {
            blockSizes.put(counted[k], counts[k]);
            recordCounts.put(counted[k], counts[k]);
        }
        WordBearers[] wordBearers = new WordBearers[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            wordBearers[i] = queries.get(i).wordBearers(key -> blockSizes.getOrDefault(key, 0), selves != null);
        }

        // Ranking and scoring are pure computation on what was read, and most of a batch's time: the queries are
        // shared out in slices over every core, each slice counting in arrays of its own.
        Ranked[] ranked = new Ranked[queries.size()];
        int[] selfOf = new int[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            selfOf[i] = selves == null ? -1 : workspace.localOf(numbers[excluded.size() + i]);
        }
        IntStream sliceIndexes = IntStream.range(0, slices);
        (slices > 1 ? sliceIndexes.parallel() : sliceIndexes).forEach(slice -> {
            Tally tally = workspace.tallies.get(slice);
            for (int i = slice; i < queries.size(); i += slices) {
                ranked[i] = rank(queries.get(i), selfOf[i], NO_COPIES, blocks, leftOut, tally, groups);
            }
        });
        readFeatures(workspace, unread(workspace, ranked));
        // A stored record the very same as the query (the query itself, stored before it is searched for, or a
        // registration typed twice) is the query's own double, no other person bearing its names: it stays a
        // candidate, but is not counted among the namesakes of the others. Ranked again, for the few queries that have
        // one (none, as a rule).
        Profile[] stored = workspace.stored;
        boolean again = false;
        int[][] copiesOf = new int[queries.size()][];
        for (int i = 0; i < queries.size(); i++) {
            int[] copies = copiesOf(queries.get(i), ranked[i], stored);
            copiesOf[i] = copies;
            if (copies.length > 0) {
                ranked[i] =
                        rank(queries.get(i), selfOf[i], copies, blocks, leftOut, workspace.tallies.getFirst(), groups);
                again = true;
            }
        }
        if (again) {
            readFeatures(workspace, unread(workspace, ranked));
        }
        IntStream indexes = IntStream.range(0, queries.size());
        List<List<Found>> found = (queries.size() > 1 ? indexes.parallel() : indexes)
                .mapToObj(i -> {
                    List<Found> scored = new ArrayList<>();
                    Ranked candidates = ranked[i];
                    for (int c = 0; c < candidates.persons().length; c++) {
                        Profile profile = stored[candidates.persons()[c]];
                        if (profile != null) {
                            int namesakes = candidates.namesakes()[c];
                            int bearers = candidates.bearers()[c];
                            Profile query = queries.get(i);
                            UUID id = workspace.id(candidates.persons()[c]);
                            Found judged;
                            if (candidates.grouped()[c]) {
                                // a group counted once among the holders: counted too with each record a bearer
                                SharedKeys records =
                                        recordsShared(query, candidates.persons()[c], selfOf[i], copiesOf[i], blocks);
                                judged = judge(
                                        id,
                                        query,
                                        profile,
                                        namesakes,
                                        bearers,
                                        records.namesakes(),
                                        records.bearers(),
                                        wordBearers[i]);
                            } else {
                                Comparison comparison =
                                        engine.compare(query, profile, namesakes, bearers, wordBearers[i]);
                                judged = new Found(id, comparison, namesakes, bearers, comparison.likely());
                            }
                            if (judged.comparison().score() >= possibleFloor()) {
                                scored.add(judged);
                            }
                        }
                    }
                    scored.sort(Comparator.comparingDouble(
                                    (Found candidate) -> candidate.comparison().score())
                            .reversed());
                    return scored.size() > SHOWN ? List.copyOf(scored.subList(0, SHOWN)) : scored;
                })
                .toList();
        return new Search(found, blockSizes, recordCounts);
    }

    /**
     * The candidates of one query, by number, most keys shared first, at most {@link #limit}; with each the holders
     * of the most selective name key shared and of the least selective one (0 when none is shared; see {@link
     * Profile.KeyKind}).
     */
    private record Ranked(int[] persons, int[] namesakes, int[] bearers, boolean[] grouped) {}

    private Ranked rank(
            Profile query,
            int self,
            int[] copies,
            Map<String, Numbers> blocks,
            boolean[] leftOut,
            Tally tally,
            int[] groups) {
        int touched = 0;
        int mostShared = 0;
        for (String key : query.searchKeys()) {
            Numbers block = blocks.get(key);
            if (block == null) {
                continue;
            }
            Profile.KeyKind kind = query.keyKind(key);
            // a query of an age unknown: the holders of the names in every birth bucket (Profile.everyAgeHolders);
            // neither the person searched for nor its copies are holders of their own names
            int counted = kind == Profile.KeyKind.EVERY_AGE_NAMES
                    ? query.everyAgeHolders(key, k -> othersIn(blocks.get(k), self, copies, groups))
                    : othersIn(block, self, copies, groups);
            // whether a group counted once here: counted with each record a bearer, the comparison may differ (judge)
            boolean grouped = kind == Profile.KeyKind.EVERY_AGE_NAMES
                    ? counted != query.everyAgeHolders(key, k -> recordsIn(blocks.get(k), self, copies))
                    : block.persons < block.size && counted != recordsIn(block, self, copies);
            boolean other = kind == Profile.KeyKind.OTHER;
            for (int j = 0; j < block.size; j++) {
                int person = block.values[j];
                if (leftOut[person] || person == self) {
                    continue;
                }
                // a copy is the query's own record: every detail fits it, where the names' other bearers fit by
                // the names alone, so it is as the only bearer of them
                int size = copies.length > 0 && isCopy(copies, person) ? 1 : counted;
                int nameSize = kind == Profile.KeyKind.NAMES ? size : Integer.MAX_VALUE;
                int joinedSize = kind == Profile.KeyKind.JOINED_NAMES ? size : Integer.MAX_VALUE;
                int everyAgeSize = kind == Profile.KeyKind.EVERY_AGE_NAMES ? size : Integer.MAX_VALUE;
                if (tally.shared[person] == 0) {
                    tally.touched[touched++] = person;
                    tally.fewestName[person] = Integer.MAX_VALUE;
                    tally.fewestJoined[person] = Integer.MAX_VALUE;
                    tally.fewestAny[person] = Integer.MAX_VALUE;
                    tally.fewestEveryAge[person] = Integer.MAX_VALUE;
                    tally.mostName[person] = 0;
                    tally.sharesOther[person] = false;
                    tally.grouped[person] = false;
                }
                int shared = ++tally.shared[person];
                mostShared = Math.max(mostShared, shared);
                tally.fewestName[person] = Math.min(tally.fewestName[person], nameSize);
                tally.fewestJoined[person] = Math.min(tally.fewestJoined[person], joinedSize);
                tally.fewestAny[person] = Math.min(tally.fewestAny[person], size);
                tally.fewestEveryAge[person] = Math.min(tally.fewestEveryAge[person], everyAgeSize);
                if (!other) {
                    tally.mostName[person] = Math.max(tally.mostName[person], size);
                }
                tally.sharesOther[person] |= other;
                tally.grouped[person] |= grouped;
            }
        }
        // Most keys shared first (in the order met among equals), one unselective key alone left out: it is what
        // namesakes share, not worth a comparison (DuplicateEngine.worthComparing).
        int[] persons = new int[Math.min(limit, touched)];
        int[] namesakes = new int[persons.length];
        int[] bearers = new int[persons.length];
        boolean[] grouped = new boolean[persons.length];
        int kept = 0;
        for (int shared = mostShared; shared >= 1 && kept < persons.length; shared--) {
            for (int t = 0; t < touched && kept < persons.length; t++) {
                int person = tally.touched[t];
                if (tally.shared[person] == shared && DuplicateEngine.worthComparing(shared, tally.fewestAny[person])) {
                    persons[kept] = person;
                    bearers[kept] = tally.mostName[person];
                    grouped[kept] = tally.grouped[person];
                    namesakes[kept++] = Profile.namesakes(
                            tally.fewestName[person],
                            tally.fewestJoined[person],
                            tally.fewestEveryAge[person],
                            tally.sharesOther[person]);
                }
            }
        }
        for (int t = 0; t < touched; t++) {
            tally.shared[tally.touched[t]] = 0;
        }
        return kept == persons.length
                ? new Ranked(persons, namesakes, bearers, grouped)
                : new Ranked(
                        Arrays.copyOf(persons, kept),
                        Arrays.copyOf(namesakes, kept),
                        Arrays.copyOf(bearers, kept),
                        Arrays.copyOf(grouped, kept));
    }

    private static final int[] NO_COPIES = {};

    /**
     * The persons holding a key other than the person searched for and the query's copies, those recorded as likely one
     * person counted once ({@link Numbers#persons}).
     */
    private static int othersIn(@Nullable Numbers block, int self, int[] copies, int[] groups) {
        if (block == null) {
            return 0;
        }
        if (block.persons < block.size && (self >= 0 || copies.length > 0)) {
            return block.personsBut(self, copies, groups);
        }
        return block.persons - block.size + recordsIn(block, self, copies);
    }

    /** The records holding a key other than the person searched for and the query's copies, each a bearer. */
    private static int recordsIn(@Nullable Numbers block, int self, int[] copies) {
        if (block == null) {
            return 0;
        }
        int others = block.size - (self >= 0 && block.contains(self) ? 1 : 0);
        for (int copy : copies) {
            others -= block.contains(copy) ? 1 : 0;
        }
        return others;
    }

    /**
     * What the query shares with the candidate numbered {@code person}, each stored record a bearer of its own: as
     * {@link #rank} counts it, groups apart. For the few candidates among whose holders a group counted once.
     */
    private static SharedKeys recordsShared(
            Profile query, int person, int self, int[] copies, Map<String, Numbers> blocks) {
        SharedKeys shared = new SharedKeys();
        for (String key : query.searchKeys()) {
            Numbers block = blocks.get(key);
            if (block == null || !block.contains(person)) {
                continue;
            }
            Profile.KeyKind kind = query.keyKind(key);
            int counted = kind == Profile.KeyKind.EVERY_AGE_NAMES
                    ? query.everyAgeHolders(key, k -> recordsIn(blocks.get(k), self, copies))
                    : recordsIn(block, self, copies);
            shared.add(kind, isCopy(copies, person) ? 1 : counted);
        }
        return shared;
    }

    /**
     * What a query shares with a candidate: the fewest holders of each kind of name key shared ({@link
     * Profile#namesakes}), the most holders of one ({@code mostName}, the bearers of the names), and whether a key of
     * another kind is shared.
     */
    static final class SharedKeys {
        private int fewestName = Integer.MAX_VALUE;
        private int fewestJoined = Integer.MAX_VALUE;
        private int fewestEveryAge = Integer.MAX_VALUE;
        private int mostName;
        private boolean other;

        void add(Profile.KeyKind kind, int holders) {
            if (kind != Profile.KeyKind.OTHER) {
                mostName = Math.max(mostName, holders);
            }
            switch (kind) {
                case NAMES -> fewestName = Math.min(fewestName, holders);
                case JOINED_NAMES -> fewestJoined = Math.min(fewestJoined, holders);
                case EVERY_AGE_NAMES -> fewestEveryAge = Math.min(fewestEveryAge, holders);
                case OTHER -> other = true;
            }
        }

        int namesakes() {
            return Profile.namesakes(fewestName, fewestJoined, fewestEveryAge, other);
        }

        int bearers() {
            return mostName;
        }
    }

    private static boolean isCopy(int[] copies, int person) {
        for (int copy : copies) {
            if (copy == person) {
                return true;
            }
        }
        return false;
    }

    /**
     * The query's candidates whose stored features are the query's own: every detail the same (the names as typed
     * among them), so that they are the same record, not another person bearing the names.
     */
    private static int[] copiesOf(Profile query, Ranked candidates, Profile[] stored) {
        int[] copies = NO_COPIES;
        for (int person : candidates.persons()) {
            Profile candidate = stored[person];
            if (candidate != null && candidate.sameRecordAs(query)) {
                copies = Arrays.copyOf(copies, copies.length + 1);
                copies[copies.length - 1] = person;
            }
        }
        return copies;
    }

    /** The ranked candidates whose features the workspace does not hold yet. */
    private static int[] unread(Workspace workspace, Ranked[] ranked) {
        return Arrays.stream(ranked)
                .flatMapToInt(candidates -> Arrays.stream(candidates.persons()))
                .filter(person -> workspace.stored[person] == null)
                .sorted()
                .distinct()
                .toArray();
    }

    /**
     * The stored persons a search met, numbered once for it in the order met (the key index's numbers run to a million;
     * the arrays counted in run to those met), with their ids and the versions their keys carry, and what the search
     * counts in by number. Kept from one search to the next ({@link #workspaces}): at a million persons a batch meets
     * some 150,000 holders, and arrays of that size are humongous objects to G1 (half a region or more: 512 KB in a
     * 2 GB heap); allocated afresh for every batch, each started a concurrent marking cycle.
     */
    private static final class Workspace {
        /** The number for this search + 1 of each key index number met (0: not met). */
        int[] localOf = new int[0];

        /** The key index number of each met, by number for this search, and the index's table that numbered them. */
        final Numbers met = new Numbers();

        long table;

        long[] highs = new long[0];
        long[] lows = new long[0];
        final Numbers versions = new Numbers();
        boolean[] leftOut = new boolean[0];
        Profile[] stored = new Profile[0];
        final List<Tally> tallies = new ArrayList<>();

        /** The group of each holder met, by number for this search ({@link KeyIndex.Holders#holds}). */
        final Numbers groups = new Numbers();

        int number(int indexed, long high, long low, int version, int group) {
            if (indexed >= localOf.length) {
                localOf = Arrays.copyOf(localOf, grown(indexed + 1));
            }
            int number = localOf[indexed] - 1;
            if (number < 0) {
                number = met.size;
                localOf[indexed] = number + 1;
                met.add(indexed);
                if (number == highs.length) {
                    highs = Arrays.copyOf(highs, grown(number + 1));
                    lows = Arrays.copyOf(lows, highs.length);
                }
                highs[number] = high;
                lows[number] = low;
                versions.add(version);
                groups.add(group);
            }
            return number;
        }

        /** The number for this search of a key index number, -1 when not met (or -1 itself). */
        int localOf(int indexed) {
            return indexed >= 0 && indexed < localOf.length ? localOf[indexed] - 1 : -1;
        }

        UUID id(int number) {
            return new UUID(highs[number], lows[number]);
        }

        int size() {
            return met.size;
        }

        /** Room for every holder met, and a tally for each of {@code slices}. */
        void prepare(int slices) {
            int holders = size();
            if (leftOut.length < holders) {
                leftOut = new boolean[grown(holders)];
                stored = new Profile[leftOut.length];
            }
            while (tallies.size() < slices) {
                tallies.add(new Tally());
            }
            for (int slice = 0; slice < slices; slice++) {
                tallies.get(slice).prepare(holders);
            }
        }

        /** Ready for the next search; the tallies are left at zero by each query. */
        void clear() {
            int holders = size();
            Arrays.fill(leftOut, 0, Math.min(holders, leftOut.length), false);
            Arrays.fill(stored, 0, Math.min(holders, stored.length), null);
            for (int i = 0; i < holders; i++) {
                localOf[met.values[i]] = 0;
            }
            met.size = 0;
            versions.size = 0;
            groups.size = 0;
        }

        private static int grown(int needed) {
            return needed + needed / 2;
        }
    }

    /** A growing list of ints: a key's block of holders, by number. */
    private static final class Numbers {
        int[] values = new int[8];
        int size;

        /** How many persons the holders are, those of one group counted once: set by {@link #countPersons}. */
        int persons;

        void countPersons(int[] groups) {
            persons = personsBut(-1, NO_COPIES, groups);
        }

        /** How many persons the holders other than {@code self} and {@code copies} are, each group counted once. */
        int personsBut(int self, int[] copies, int[] groups) {
            int others = 0;
            Set<Integer> counted = null;
            for (int i = 0; i < size; i++) {
                int holder = values[i];
                if (holder == self || isCopy(copies, holder)) {
                    continue;
                }
                int group = groups[holder];
                if (group == 0) {
                    others++;
                } else {
                    if (counted == null) {
                        counted = new HashSet<>();
                    }
                    others += counted.add(group) ? 1 : 0;
                }
            }
            return others;
        }

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        boolean contains(int value) {
            for (int i = 0; i < size; i++) {
                if (values[i] == value) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * What one query shares with each holder, by number: keys shared, the fewest holders of a name key shared, and of
     * a key of its compounds written as one word ({@link Profile.KeyKind}), the fewest holders of any key shared; and
     * the holders met, so that only they are reset for the next query.
     */
    private static final class Tally {
        int[] shared = new int[0];
        int[] fewestName = new int[0];
        int[] fewestJoined = new int[0];
        int[] fewestAny = new int[0];
        int[] fewestEveryAge = new int[0];
        int[] mostName = new int[0];
        boolean[] sharesOther = new boolean[0];
        boolean[] grouped = new boolean[0];
        int[] touched = new int[0];

        void prepare(int holders) {
            if (shared.length < holders) {
                int room = Workspace.grown(holders);
                shared = new int[room];
                fewestName = new int[room];
                fewestJoined = new int[room];
                fewestAny = new int[room];
                fewestEveryAge = new int[room];
                mostName = new int[room];
                sharesOther = new boolean[room];
                grouped = new boolean[room];
                touched = new int[room];
            }
        }
    }

    /**
     * Puts in the workspace the features of these holders (by number), at the versions their keys were written with:
     * those the key index keeps, and the rest read from the heap (merged and deleted persons hold no keys, and are
     * never read), decoded on every core, and kept.
     */
    private void readFeatures(Workspace workspace, int[] holders) {
        int[] indexed = new int[holders.length];
        for (int i = 0; i < holders.length; i++) {
            indexed[i] = workspace.met.values[holders[i]];
        }
        Profile[] kept = index.kept(workspace.table, indexed);
        List<UUID> missing = new ArrayList<>();
        Map<UUID, Integer> numberOfMissing = new HashMap<>();
        for (int i = 0; i < holders.length; i++) {
            if (kept[i] != null) {
                workspace.stored[holders[i]] = kept[i];
            } else {
                UUID id = workspace.id(holders[i]);
                missing.add(id);
                numberOfMissing.put(id, holders[i]);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        record Read(UUID id, int version, String features) {}
        List<Read> read = new ArrayList<>();
        // The ids go as text (the driver spells a uuid[] out so), at most IDS_A_STATEMENT a statement: 40 bytes an id,
        // under the half megabyte from which an array is a humongous object to G1.
        for (int from = 0; from < missing.size(); from += IDS_A_STATEMENT) {
            read.addAll(jdbc.sql("""
                            SELECT id, version, match_features FROM people_person
                             WHERE id = ANY(:ids) AND merged_into IS NULL AND deleted_at IS NULL
                            """)
                    .param(
                            "ids",
                            missing.subList(from, Math.min(missing.size(), from + IDS_A_STATEMENT))
                                    .toArray(UUID[]::new))
                    .query((rs, row) -> new Read(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3)))
                    .list());
        }
        List<Profile> decoded = (read.size() > 50 ? read.parallelStream() : read.stream())
                .map(row -> Profile.decode(row.features()))
                .toList();
        int[] toKeep = new int[read.size()];
        int[] versions = new int[read.size()];
        Profile[] features = new Profile[read.size()];
        int keeping = 0;
        for (int i = 0; i < read.size(); i++) {
            Read row = read.get(i);
            int holder = numberOfMissing.get(row.id());
            workspace.stored[holder] = decoded.get(i);
            // Kept under the version read, which the index keeps only if its number stands for it (a correction
            // committed since the keys were read has its own). Not kept when of an older encoding: the profile refresh
            // rewrites those without changing the version.
            if (Profile.isCurrent(row.features())) {
                toKeep[keeping] = workspace.met.values[holder];
                versions[keeping] = row.version();
                features[keeping++] = decoded.get(i);
            }
        }
        index.keep(
                workspace.table,
                Arrays.copyOf(toKeep, keeping),
                Arrays.copyOf(versions, keeping),
                Arrays.copyOf(features, keeping));
    }

    /**
     * How the engine compares a candidate whose holders were counted two ways: as persons (those recorded as likely
     * one person once: {@code namesakes}, {@code bearers}) and as records, each a bearer of its own. The count as
     * persons decides only where the register shows the names rare ({@link DuplicateEngine#namesRare}): where many
     * bear them, a new record of them is as likely yet another namesake as the person of the group, and at a million
     * synthetic persons counting groups once there too gave some 717 false answers more for 22 pairs (bench/README.md,
     * "The copies awaiting review count as one person").
     */
    Found judge(
            UUID candidateId,
            Profile query,
            Profile candidate,
            int namesakes,
            int bearers,
            int recordNamesakes,
            int recordBearers,
            WordBearers words) {
        Comparison alone = engine.compare(query, candidate, recordNamesakes, recordBearers, words);
        boolean sameCount = namesakes == recordNamesakes && bearers == recordBearers;
        if (alone.likely() || sameCount || !engine.namesRare(query, candidate, words)) {
            return new Found(candidateId, alone, recordNamesakes, recordBearers, alone.likely());
        }
        return new Found(
                candidateId, engine.compare(query, candidate, namesakes, bearers, words), namesakes, bearers, false);
    }

    /** The part as the engine reads it: the name, without the asides typed beside it in brackets. */
    private static NameText text(NamePart part) {
        NamePart name = part.withoutAsides();
        return name.isEmpty() ? NameText.NONE : new NameText(name.ar(), name.lat());
    }

    private static DocumentInput document(IdentityDocument document) {
        return new DocumentInput(document.type().code(), document.number(), document.issuingCountry());
    }
}
