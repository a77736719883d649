package org.masar.bench.people;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.masar.bench.people.Generator.Record;
import org.masar.bench.people.Generator.Variation;
import org.masar.people.internal.matching.Comparison;
import org.masar.people.internal.matching.DocumentInput;
import org.masar.people.internal.matching.DuplicateEngine;
import org.masar.people.internal.matching.MatchInput;
import org.masar.people.internal.matching.NameText;
import org.masar.people.internal.matching.Profile;
import org.masar.people.internal.matching.WordBearers;

/**
 * The people benchmarks, outside the Maven build.
 *
 * <pre>
 *   bench/run.sh people-quality 100000 [seed]          # in-memory quality bench: recall, precision, keys, candidates
 *   bench/run.sh people-generate 1000000 out.jsonl [seed]  # person JSON lines for POST /api/v1/people/batch
 * </pre>
 *
 * The quality bench indexes every record's blocking keys in memory exactly as the key index holds them, runs each
 * query through the same candidate query (persons sharing the most keys first, {@link
 * DuplicateEngine#CANDIDATE_LIMIT} of them), decodes their stored features and compares, keeping the top 10.
 */
public final class PeopleBench {
    private PeopleBench() {}

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "people-quality";
        int n = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 100_000;
        switch (mode) {
            case "people-generate" -> {
                Path out = Path.of(args.length > 2 ? args[2] : "target/people.jsonl");
                long seed = args.length > 3 ? Long.parseLong(args[3]) : 11;
                generate(n, out, seed);
            }
            case "people-quality" -> quality(n, args.length > 2 ? Long.parseLong(args[2]) : 11);
            case "people-profile-size" -> profileSize(n);
            default ->
                throw new IllegalArgumentException(
                        "people-quality N [seed] | people-generate N FILE [seed] | people-profile-size N");
        }
    }

    // ------------------------------------------------------------------------------------------------ memory

    /**
     * What a decoded stored profile takes on the heap, as the key index keeps it: n generated persons' features
     * encoded as registration stores them, then all decoded and held, the heap measured after a collection before and
     * after (what decoded profiles share with each other counted once, spread over all).
     */
    static void profileSize(int n) throws InterruptedException {
        DuplicateEngine engine = DuplicateEngine.standard();
        String[] encoded = new String[n];
        long[] chars = new long[1];
        new Generator(11, 0.06).generate(n, r -> {
            encoded[r.id()] = engine.profile(r.input()).encode();
            chars[0] += encoded[r.id()].length();
        });
        long before = heapAfterCollection();
        Profile[] decoded = new Profile[n];
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            decoded[i] = Profile.decode(encoded[i]);
        }
        long t1 = System.nanoTime();
        long after = heapAfterCollection();
        System.out.printf(
                "people-profile-size: %,d persons; encoded %.1f characters on average; decoded %.0f bytes each on the heap,"
                        + " decoded in %.2f µs each (first pass)%n",
                n, chars[0] / (double) n, (after - before) / (double) n, (t1 - t0) / 1e3 / n);
        // both kept reachable until measured: the compiler may otherwise find them dead after the loop
        java.lang.ref.Reference.reachabilityFence(encoded);
        java.lang.ref.Reference.reachabilityFence(decoded);
    }

    private static long heapAfterCollection() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    // ------------------------------------------------------------------------------------------------ JSON

    static void generate(int n, Path out, long seed) throws IOException {
        Path truth = out.resolveSibling(out.getFileName() + ".pairs.csv");
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                BufferedWriter t = Files.newBufferedWriter(truth, StandardCharsets.UTF_8)) {
            t.write("line,duplicate_of_line,identity,variation,cross_script\n");
            new Generator(seed, 0.06).generate(n, r -> {
                try {
                    w.write(json(r));
                    w.write('\n');
                    if (r.duplicateOf() >= 0) {
                        t.write(r.id() + 1 + "," + (r.duplicateOf() + 1) + "," + r.identity() + ","
                                + r.variation().name().toLowerCase(Locale.ROOT) + "," + r.crossScript() + "\n");
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        System.out.printf("wrote %,d persons to %s, known duplicate pairs (1-based line numbers) to %s%n", n, out, truth);
    }

    static String json(Record r) {
        MatchInput in = r.input();
        StringBuilder b = new StringBuilder(400).append('{');
        name(b, "givenName", in.given());
        name(b, "fatherName", in.father());
        name(b, "grandfatherName", in.grandfather());
        name(b, "familyName", in.family());
        b.append("\"sex\":\"").append(in.sex()).append('"');
        if (in.dateOfBirth() != null) {
            b.append(",\"dateOfBirth\":\"").append(in.dateOfBirth()).append('"');
        } else if (in.estimatedAge() != null) {
            b.append(",\"estimatedAge\":").append(in.estimatedAge());
            b.append(",\"ageEstimatedOn\":\"").append(in.ageEstimatedOn()).append('"');
        }
        if (in.nationality() != null) {
            b.append(",\"nationality\":\"").append(in.nationality()).append('"');
        }
        b.append(",\"phones\":[");
        for (int i = 0; i < in.phones().size(); i++) {
            b.append(i > 0 ? "," : "");
            str(b, in.phones().get(i));
        }
        b.append("],\"documents\":[");
        for (int i = 0; i < in.documents().size(); i++) {
            DocumentInput d = in.documents().get(i);
            b.append(i > 0 ? "," : "").append("{\"type\":");
            str(b, d.type());
            b.append(",\"number\":");
            str(b, d.number());
            if (d.issuingCountry() != null) {
                b.append(",\"issuingCountry\":");
                str(b, d.issuingCountry());
            }
            b.append('}');
        }
        b.append("],\"baladiya\":\"").append(r.baladiya()).append('"');
        b.append(",\"populationGroup\":\"").append(r.populationGroup()).append("\"}");
        return b.toString();
    }

    private static void name(StringBuilder b, String field, NameText t) {
        if (t == null || t.isBlank()) {
            return;
        }
        b.append('"').append(field).append("\":{");
        boolean first = true;
        if (t.ar() != null) {
            b.append("\"ar\":");
            str(b, t.ar());
            first = false;
        }
        if (t.lat() != null) {
            b.append(first ? "" : ",").append("\"lat\":");
            str(b, t.lat());
        }
        b.append("},");
    }

    private static void str(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    // ------------------------------------------------------------------------------------------------ quality

    static void quality(int n, long seed) throws Exception {
        DuplicateEngine engine = DuplicateEngine.standard();
        System.out.printf("people-quality: %,d records, seed %d, %d cores, candidate limit %d, threshold %.2f%n", n,
                seed, Runtime.getRuntime().availableProcessors(), DuplicateEngine.CANDIDATE_LIMIT,
                engine.likelyThreshold());
        long t0 = System.nanoTime();
        List<Record> records = new ArrayList<>(n);
        new Generator(seed, 0.06).generate(n, records::add);
        long t1 = System.nanoTime();
        System.out.printf("generated in %.1f s%n", (t1 - t0) / 1e9);

        // truth, then the heavy inputs go
        int[] identity = new int[n];
        int[] duplicateOf = new int[n];
        int[] partner = new int[n];
        Arrays.fill(partner, -1);
        Variation[] variation = new Variation[n];
        boolean[] cross = new boolean[n];
        MatchInput[] inputs = new MatchInput[n];
        for (Record r : records) {
            identity[r.id()] = r.identity();
            duplicateOf[r.id()] = r.duplicateOf();
            variation[r.id()] = r.variation();
            cross[r.id()] = r.crossScript();
            inputs[r.id()] = r.input();
            if (r.duplicateOf() >= 0) {
                partner[r.id()] = r.duplicateOf();
                partner[r.duplicateOf()] = r.id();
            }
        }
        records = null;

        // profiles, as registration stores them: encoded features and keys
        String[] encoded = new String[n];
        long[][] keyHashes = new long[n][];
        boolean[][] nameKeys = new boolean[n][];
        boolean[][] joinedKeys = new boolean[n][];
        boolean[][] countingKeys = new boolean[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            Profile p = engine.profile(inputs[i]);
            encoded[i] = p.encode();
            long[] h = new long[p.blockingKeys().size()];
            boolean[] named = new boolean[h.length];
            boolean[] joined = new boolean[h.length];
            boolean[] counting = new boolean[h.length];
            int k = 0;
            for (String key : p.blockingKeys()) {
                counting[k] = p.countingKeys().contains(key);
                named[k] = p.keyKind(key) == Profile.KeyKind.NAMES;
                joined[k] = p.keyKind(key) == Profile.KeyKind.JOINED_NAMES;
                h[k++] = hash(key);
            }
            keyHashes[i] = h;
            nameKeys[i] = named;
            joinedKeys[i] = joined;
            countingKeys[i] = counting;
        });
        long t2 = System.nanoTime();
        System.out.printf("profiled in %.1f s (%.1f µs a person on %d threads)%n", (t2 - t1) / 1e9,
                (t2 - t1) / 1e3 / n * Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().availableProcessors());

        // the key index, in memory: (key hash, person) sorted by key
        long rows = 0;
        for (long[] h : keyHashes) {
            rows += h.length;
        }
        long[] index = new long[(int) rows];
        int at = 0;
        for (int i = 0; i < n; i++) {
            for (long h : keyHashes[i]) {
                index[at++] = (h << 21 & ~0x1FFFFFL) | i;
            }
        }
        if (n > (1 << 21)) {
            throw new IllegalArgumentException("at most 2,097,152 records");
        }
        Arrays.parallelSort(index);
        System.out.printf("key rows %,d (%.1f a person)%n", rows, rows / (double) n);
        keyFrequencies(index, inputs, engine);

        // queries: every record that has a known partner, and a sample of the others
        List<Integer> queries = new ArrayList<>();
        int others = 0;
        int sampleEvery = Boolean.getBoolean("all") || "1".equals(System.getenv("PEOPLE_BENCH_ALL"))
                ? 1
                : Math.max(1, n / 40_000);
        for (int i = 0; i < n; i++) {
            if (partner[i] >= 0) {
                queries.add(i);
            } else if (i % sampleEvery == 0) {
                queries.add(i);
                others++;
            }
        }
        int unpaired = 0;
        for (int i = 0; i < n; i++) {
            unpaired += partner[i] < 0 ? 1 : 0;
        }
        System.out.printf("queries: %,d with a known duplicate, %,d sampled without (of %,d)%n", queries.size() - others,
                others, unpaired);

        int q = queries.size();
        int[] touched = new int[q];
        int[] candidates = new int[q];
        long[] nanos = new long[q];
        int[][] likely = new int[q][];
        int[][] top = new int[q][];
        double[][] topScores = new double[q][];
        int[][] topSakes = new int[q][];
        int[] partnerSakes = new int[q];
        int[][] topBearers = new int[q][];
        int[] partnerBearers = new int[q];
        boolean[] partnerCandidate = new boolean[q];
        String[] partnerLost = new String[q];
        boolean[] partnerTop = new boolean[q];
        AtomicLong comparisons = new AtomicLong();
        ThreadLocal<int[]> counters = ThreadLocal.withInitial(() -> new int[n]);
        ThreadLocal<int[]> joinedCounts = ThreadLocal.withInitial(() -> {
            int[] a = new int[n];
            Arrays.fill(a, Integer.MAX_VALUE);
            return a;
        });
        ThreadLocal<int[]> namesakeCounts = ThreadLocal.withInitial(() -> {
            int[] a = new int[n];
            Arrays.fill(a, Integer.MAX_VALUE);
            return a;
        });
        ThreadLocal<int[]> bearerCounts = ThreadLocal.withInitial(() -> new int[n]);
        ThreadLocal<int[]> everyAgeCounts = ThreadLocal.withInitial(() -> {
            int[] a = new int[n];
            Arrays.fill(a, Integer.MAX_VALUE);
            return a;
        });
        ThreadLocal<boolean[]> otherKeyShared = ThreadLocal.withInitial(() -> new boolean[n]);
        ThreadLocal<int[]> fewestHolderCounts = ThreadLocal.withInitial(() -> {
            int[] a = new int[n];
            Arrays.fill(a, Integer.MAX_VALUE);
            return a;
        });
        IntStream.range(0, q).parallel().forEach(k -> {
            int self = queries.get(k);
            long start = System.nanoTime();
            int[] count = counters.get();
            int[] namesakes = namesakeCounts.get();
            int[] bearers = bearerCounts.get();
            int[] joinedSakes = joinedCounts.get();
            int[] everyAgeSakes = everyAgeCounts.get();
            boolean[] sharesOther = otherKeyShared.get();
            int[] fewestHolders = fewestHolderCounts.get();
            Profile query = Profile.decode(encoded[self]);
            int[] touchedList = new int[64];
            int distinct = 0;
            int rowsTouched = 0;
            // a search that looks up keys beyond the query's own (Profile.searchKeys): every birth bucket of a query
            // without an age, those of an age unknown, the two-year buckets beside its own
            Set<String> ownSearch = new HashSet<>(query.blockingKeys());
            ownSearch.removeAll(query.countingKeys());
            boolean widerSearch = !ownSearch.equals(query.searchKeys());
            String[] searchKeys = widerSearch ? query.searchKeys().toArray(String[]::new) : null;
            long[] ownKeys = widerSearch ? Arrays.stream(searchKeys).mapToLong(PeopleBench::hash).toArray()
                    : keyHashes[self];
            // as CandidateSearch: an earlier record the very same as the query is its own copy, the only bearer of
            // the names to itself and no namesake of the others (CandidateSearch.copiesOf)
            int[] copies = copiesOf(self, keyHashes[self], index, encoded);
            // as CandidateSearch: the bearers of the query's words among those registered before it
            WordBearers words = query.wordBearers(key -> {
                long kh = hash(key);
                return lowerBound(index, (kh << 21 & ~0x1FFFFFL) | self) - lowerBound(index, kh << 21 & ~0x1FFFFFL);
            }, false);
            for (int key = 0; key < ownKeys.length; key++) {
                if (!widerSearch && countingKeys[self][key]) {
                    continue; // a key that only counts, never looked up (Profile.countingKeys)
                }
                long h = ownKeys[key];
                int from = lowerBound(index, h << 21 & ~0x1FFFFFL);
                int to = blockEnd(index, from, h, self);
                Profile.KeyKind kind = widerSearch
                        ? query.keyKind(searchKeys[key])
                        : nameKeys[self][key]
                                ? Profile.KeyKind.NAMES
                                : joinedKeys[self][key] ? Profile.KeyKind.JOINED_NAMES : Profile.KeyKind.OTHER;
                boolean named = kind == Profile.KeyKind.NAMES;
                boolean joinedKey = kind == Profile.KeyKind.JOINED_NAMES;
                boolean everyAge = kind == Profile.KeyKind.EVERY_AGE_NAMES;
                // a query of an age unknown: the holders of the names in every birth bucket (Profile.everyAgeHolders)
                int block = everyAge
                        ? query.everyAgeHolders(searchKeys[key], bucket -> {
                            long kh = hash(bucket);
                            int f = lowerBound(index, kh << 21 & ~0x1FFFFFL);
                            int e = blockEnd(index, f, kh, self);
                            return e - f - copiesIn(index, f, e, copies);
                        })
                        : to - from - copiesIn(index, from, to, copies);
                for (int j = from; j < to; j++) {
                    int person = (int) (index[j] & 0x1FFFFF);
                    rowsTouched++;
                    int size = copies.length > 0 && Arrays.stream(copies).anyMatch(c -> c == person) ? 1 : block;
                    if (kind != Profile.KeyKind.OTHER && size > bearers[person]) {
                        bearers[person] = size;
                    }
                    if (named && size < namesakes[person]) {
                        namesakes[person] = size;
                    }
                    if (joinedKey && size < joinedSakes[person]) {
                        joinedSakes[person] = size;
                    }
                    if (everyAge && size < everyAgeSakes[person]) {
                        everyAgeSakes[person] = size;
                    }
                    sharesOther[person] |= kind == Profile.KeyKind.OTHER;
                    fewestHolders[person] = Math.min(fewestHolders[person], size);
                    if (count[person]++ == 0) {
                        if (distinct == touchedList.length) {
                            touchedList = Arrays.copyOf(touchedList, distinct * 2);
                        }
                        touchedList[distinct++] = person;
                    }
                }
            }
            // as CandidateSearch: those worth comparing (DuplicateEngine.worthComparing), most keys shared first,
            // at most CANDIDATE_LIMIT (ORDER BY count(*) DESC LIMIT …)
            long[] ranked = new long[distinct];
            int worth = 0;
            for (int i = 0; i < distinct; i++) {
                int person = touchedList[i];
                if (DuplicateEngine.worthComparing(count[person], fewestHolders[person])) {
                    ranked[worth++] = ((long) (1000 - count[person]) << 32) | person;
                }
                count[person] = 0;
                fewestHolders[person] = Integer.MAX_VALUE;
            }
            Arrays.sort(ranked, 0, worth);
            int limit = Math.min(worth, DuplicateEngine.CANDIDATE_LIMIT);
            // where a partner that is not compared was lost: it shares no key, one key many hold, or it ranks below
            // the limit
            if (partner[self] >= 0) {
                partnerLost[k] = "no key shared";
                for (int i = 0; i < distinct; i++) {
                    if (touchedList[i] == partner[self]) {
                        partnerLost[k] = "one key shared, held by many";
                    }
                }
                for (int i = limit; i < worth; i++) {
                    if ((int) ranked[i] == partner[self]) {
                        partnerLost[k] = "ranked below the limit";
                    }
                }
            }
            double[] scores = new double[limit];
            int[] who = new int[limit];
            int[] sakesOf = new int[limit];
            int[] bearersOf = new int[limit];
            boolean[] isLikely = new boolean[limit];
            for (int i = 0; i < limit; i++) {
                int person = (int) ranked[i];
                int sakes = Profile.namesakes(
                        namesakes[person], joinedSakes[person], everyAgeSakes[person], sharesOther[person]);
                Comparison c = engine.compare(query, Profile.decode(encoded[person]), sakes, bearers[person], words);
                sakesOf[i] = sakes;
                bearersOf[i] = bearers[person];
                if (person == partner[self]) {
                    partnerSakes[k] = sakes;
                    partnerBearers[k] = bearers[person];
                }
                scores[i] = c.score();
                who[i] = person;
                isLikely[i] = c.likely();
                if (person == partner[self]) {
                    partnerCandidate[k] = true;
                }
            }
            for (int i = 0; i < distinct; i++) {
                namesakes[touchedList[i]] = Integer.MAX_VALUE;
                bearers[touchedList[i]] = 0;
                joinedSakes[touchedList[i]] = Integer.MAX_VALUE;
                everyAgeSakes[touchedList[i]] = Integer.MAX_VALUE;
                sharesOther[touchedList[i]] = false;
            }
            comparisons.addAndGet(limit);
            // keep the top 10 by score
            Integer[] order = new Integer[limit];
            for (int i = 0; i < limit; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
            int[] found = new int[Math.min(10, limit)];
            int f = 0;
            for (int i = 0; i < Math.min(10, limit); i++) {
                int person = who[order[i]];
                if (person == partner[self]) {
                    partnerTop[k] = true;
                }
                if (isLikely[order[i]]) {
                    found[f++] = person;
                }
            }
            likely[k] = Arrays.copyOf(found, f);
            int kept = Math.min(10, limit);
            top[k] = new int[kept];
            topScores[k] = new double[kept];
            topSakes[k] = new int[kept];
            topBearers[k] = new int[kept];
            for (int i = 0; i < kept; i++) {
                top[k][i] = who[order[i]];
                topScores[k][i] = scores[order[i]];
                topSakes[k][i] = sakesOf[order[i]];
                topBearers[k][i] = bearersOf[order[i]];
            }
            nanos[k] = System.nanoTime() - start;
            touched[k] = rowsTouched;
            candidates[k] = distinct;
        });
        long t3 = System.nanoTime();
        System.out.printf("ran %,d queries, %,d comparisons in %.1f s%n", q, comparisons.get(), (t3 - t2) / 1e9);

        report(queries, partner, identity, variation, cross, likely, partnerCandidate, partnerTop, n, unpaired, others);
        byNationality(queries, partner, identity, variation, likely, inputs, unpaired, others);
        curve(queries, partner, identity, variation, top, topScores, unpaired, others);
        if ("1".equals(System.getenv("PEOPLE_BENCH_MISSES"))) {
            misses(queries, partner, variation, likely, encoded, engine, partnerSakes, partnerBearers, partnerCandidate,
                    partnerLost);
        }
        int examples = Integer.parseInt(System.getProperty("examples", System.getenv().getOrDefault("PEOPLE_BENCH_EXAMPLES", "0")));
        if (examples > 0) {
            examples(examples, queries, partner, identity, variation, likely, inputs, encoded, engine, top, topSakes,
                    topBearers, partnerSakes, partnerBearers);
        }
        System.out.println();
        System.out.println("per query (the in-memory stand-in for the SQL): key rows touched, distinct candidates, "
                + "Java time to rank, decode and compare the candidates");
        System.out.println("  key rows touched    " + dist(touched));
        System.out.println("  distinct candidates " + dist(candidates));
        int[] micros = new int[q];
        for (int i = 0; i < q; i++) {
            micros[i] = (int) (nanos[i] / 1000);
        }
        System.out.println("  µs per query        " + dist(micros) + " (" + Runtime.getRuntime().availableProcessors()
                + " threads in parallel)");
    }

    private static void report(
            List<Integer> queries,
            int[] partner,
            int[] identity,
            Variation[] variation,
            boolean[] cross,
            int[][] likely,
            boolean[] partnerCandidate,
            boolean[] partnerTop,
            int n,
            int unpaired,
            int others) {
        // a known pair counts once, from its duplicate's side: registering the second record finds the first
        Map<Variation, int[]> byVariation = new EnumMap<>(Variation.class);
        int pairs = 0;
        int found = 0;
        int candidate = 0;
        int top = 0;
        int crossPairs = 0;
        int crossFound = 0;
        long tpDirected = 0;
        long fpPaired = 0;
        long fpSample = 0;
        long fpSameIdentity = 0;
        Map<String, Integer> fpExamples = new HashMap<>();
        for (int k = 0; k < queries.size(); k++) {
            int self = queries.get(k);
            boolean hasPartner = partner[self] >= 0;
            for (int person : likely[k]) {
                if (person == partner[self]) {
                    tpDirected++;
                } else if (identity[person] == identity[self]) {
                    fpSameIdentity++;
                } else if (hasPartner) {
                    fpPaired++;
                } else {
                    fpSample++;
                }
            }
            if (hasPartner && variation[self] != Variation.NONE) {
                pairs++;
                boolean hit = false;
                for (int person : likely[k]) {
                    hit |= person == partner[self];
                }
                found += hit ? 1 : 0;
                candidate += partnerCandidate[k] ? 1 : 0;
                top += partnerTop[k] ? 1 : 0;
                int[] v = byVariation.computeIfAbsent(variation[self], x -> new int[3]);
                v[0]++;
                v[1] += hit ? 1 : 0;
                v[2] += partnerCandidate[k] ? 1 : 0;
                if (cross[self]) {
                    crossPairs++;
                    crossFound += hit ? 1 : 0;
                }
            }
        }
        int pairedQueries = queries.size() - others;
        double fpPerUnpaired = others == 0 ? 0 : fpSample / (double) others;
        double fpAll = fpPaired + fpPerUnpaired * unpaired;
        double precision = tpDirected / (tpDirected + fpAll);
        double precisionRaw = tpDirected / (double) (tpDirected + fpPaired + fpSample);
        System.out.println();
        System.out.printf("known pairs %,d: recall of likely %.4f (%,d found); partner among candidates %.4f, "
                + "in top 10 %.4f%n", pairs, found / (double) pairs, found, candidate / (double) pairs,
                top / (double) pairs);
        System.out.printf("cross-script pairs %,d: recall %.4f%n", crossPairs, crossFound / (double) crossPairs);
        System.out.printf("precision of likely %.4f: %,d true likely answers (both directions) against %,.0f false: "
                + "%,d from the %,d queries with a partner and %,.0f estimated for all %,d without one "
                + "(%,d found in a sample of %,d)%n", precision, tpDirected, fpAll, fpPaired, pairedQueries,
                fpPerUnpaired * unpaired, unpaired, fpSample, others);
        System.out.printf("precision over the queries actually run %.4f%n", precisionRaw);
        System.out.println("recall by variation:");
        for (Map.Entry<Variation, int[]> e : byVariation.entrySet()) {
            System.out.printf("  %-22s %6d pairs  recall %.4f  (partner among candidates %.4f)%n",
                    e.getKey().name().toLowerCase(Locale.ROOT), e.getValue()[0], e.getValue()[1] / (double) e.getValue()[0],
                    e.getValue()[2] / (double) e.getValue()[0]);
        }
    }

    /**
     * Recall and false likely answers by the nationality of the record registered (false answers of the sampled records
     * scaled up as in {@link #report}): where the pools give few names, namesakes are many.
     */
    private static void byNationality(
            List<Integer> queries,
            int[] partner,
            int[] identity,
            Variation[] variation,
            int[][] likely,
            MatchInput[] inputs,
            int unpaired,
            int others) {
        Map<String, double[]> by = new java.util.TreeMap<>();
        for (int k = 0; k < queries.size(); k++) {
            int self = queries.get(k);
            String nat = String.valueOf(inputs[self].nationality());
            double[] v = by.computeIfAbsent(nat, x -> new double[3]);
            boolean hasPartner = partner[self] >= 0;
            for (int person : likely[k]) {
                if (person != partner[self] && identity[person] != identity[self]) {
                    v[2] += hasPartner ? 1 : (double) unpaired / others;
                }
            }
            if (hasPartner && variation[self] != Variation.NONE) {
                v[0]++;
                for (int person : likely[k]) {
                    if (person == partner[self]) {
                        v[1]++;
                    }
                }
            }
        }
        System.out.println("by nationality of the query:");
        by.forEach((nat, v) -> System.out.printf("  %s pairs %6.0f recall %.4f missed %5.0f false %6.0f%n", nat, v[0],
                v[1] / v[0], v[0] - v[1], v[2]));
    }

    private static void examples(
            int max,
            List<Integer> queries,
            int[] partner,
            int[] identity,
            Variation[] variation,
            int[][] likely,
            MatchInput[] inputs,
            String[] encoded,
            DuplicateEngine engine,
            int[][] top,
            int[][] topSakes,
            int[][] topBearers,
            int[] partnerSakes,
            int[] partnerBearers) {
        int misses = 0;
        int falses = 0;
        for (int k = 0; k < queries.size(); k++) {
            int self = queries.get(k);
            if (partner[self] >= 0 && variation[self] != Variation.NONE && misses < max) {
                boolean hit = false;
                for (int person : likely[k]) {
                    hit |= person == partner[self];
                }
                if (!hit) {
                    misses++;
                    System.out.println("MISS " + variation[self] + " namesakes " + partnerSakes[k] + "\n  "
                            + describe(inputs[self]) + "\n  " + describe(inputs[partner[self]]) + "\n  "
                            + engine.compare(Profile.decode(encoded[self]), Profile.decode(encoded[partner[self]]),
                                    partnerSakes[k], partnerBearers[k]));
                }
            }
            for (int person : likely[k]) {
                if (person != partner[self] && identity[person] != identity[self] && falses < max) {
                    falses++;
                    int sakes = 0;
                    int bearers = 0;
                    for (int i = 0; i < top[k].length; i++) {
                        sakes = top[k][i] == person ? topSakes[k][i] : sakes;
                        bearers = top[k][i] == person ? topBearers[k][i] : bearers;
                    }
                    System.out.println("FALSE namesakes " + sakes + "\n  " + describe(inputs[self]) + "\n  "
                            + describe(inputs[person]) + "\n  "
                            + engine.compare(Profile.decode(encoded[self]), Profile.decode(encoded[person]), sakes,
                                    bearers));
                }
            }
        }
    }

    /** Why known pairs were missed, counted by the shape of their comparison. */
    private static final int RETRIEVAL_EXAMPLES =
            Integer.parseInt(System.getenv().getOrDefault("PEOPLE_BENCH_RETRIEVAL", "0"));

    private static void misses(
            List<Integer> queries,
            int[] partner,
            Variation[] variation,
            int[][] likely,
            String[] encoded,
            DuplicateEngine engine,
            int[] partnerSakes,
            int[] partnerBearers,
            boolean[] partnerCandidate,
            String[] partnerLost) {
        Map<String, Integer> shapes = new java.util.TreeMap<>();
        int missed = 0;
        int retrievalShown = 0;
        for (int k = 0; k < queries.size(); k++) {
            int self = queries.get(k);
            if (partner[self] < 0 || variation[self] == Variation.NONE) {
                continue;
            }
            boolean hit = false;
            for (int person : likely[k]) {
                hit |= person == partner[self];
            }
            if (hit) {
                continue;
            }
            missed++;
            String shape;
            if (!partnerCandidate[k]) {
                Comparison c =
                        engine.compare(Profile.decode(encoded[self]), Profile.decode(encoded[partner[self]]), 1, 1);
                shape = "not a candidate (" + (c.likely() ? "likely" : "not likely") + " if it were, alone): "
                        + partnerLost[k];
                if (c.likely() && retrievalShown < RETRIEVAL_EXAMPLES) {
                    // PEOPLE_BENCH_RETRIEVAL=n: the first n pairs the blocking keys lost, with both sides' keys
                    retrievalShown++;
                    Profile a = Profile.decode(encoded[self]);
                    Profile b = Profile.decode(encoded[partner[self]]);
                    System.out.println("NOT A CANDIDATE " + variation[self] + "\n  " + a.nameSkeleton() + " "
                            + a.blockingKeys() + "\n  " + b.nameSkeleton() + " " + b.blockingKeys() + "\n  " + c);
                }
            } else {
                Comparison c = engine.compare(
                        Profile.decode(encoded[self]), Profile.decode(encoded[partner[self]]), partnerSakes[k],
                        partnerBearers[k]);
                java.util.Set<String> codes = new java.util.TreeSet<>();
                for (var r : c.reasons()) {
                    codes.add(r.code());
                }
                String words = "?";
                for (var r : c.reasons()) {
                    if (r.code().equals("name-words-match")) {
                        words = r.args().get(0) + "/" + r.args().get(1);
                    }
                }
                boolean hard = codes.contains("same-phone") || codes.contains("same-document")
                        || codes.contains("same-date-of-birth") || codes.contains("day-month-swapped")
                        || codes.contains("birth-year-one-apart") || codes.contains("date-of-birth-close");
                shape = (c.score() == 0.45 ? "capped" : c.score() >= 0.3 ? "0.30-0.45" : "<0.30")
                        + (codes.contains("given-name-differs") ? " given-differs" : "")
                        + (codes.contains("name-words-differ") ? " words-differ" : "")
                        + " words " + words + (hard ? " hard" : " soft")
                        + (codes.contains("age-differs") || codes.contains("date-of-birth-differs") ? " age-differs" : "")
                        + " k" + Math.min(partnerSakes[k], 3);
            }
            shapes.merge(shape, 1, Integer::sum);
        }
        System.out.printf("%nmissed known pairs %,d, by shape:%n", missed);
        int total = missed;
        shapes.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(40)
                .forEach(e -> System.out.printf("  %6d  %5.1f %%  %s%n", e.getValue(), 100.0 * e.getValue() / total,
                        e.getKey()));
        // The misses whose records hold nothing but names and a rough age (no shared phone, document or close birth
        // date), names that other stored persons bear too: what tells the person from the namesakes is not there.
        int namesakesOnly = 0;
        int notCandidate = 0;
        for (Map.Entry<String, Integer> e : shapes.entrySet()) {
            String shape = e.getKey();
            if (shape.startsWith("not a candidate")) {
                notCandidate += e.getValue();
            } else if (shape.contains(" soft") && (shape.endsWith(" k2") || shape.endsWith(" k3"))) {
                namesakesOnly += e.getValue();
            }
        }
        System.out.printf("  of which names and a rough age only, borne by other stored persons too (k >= 2): %,d "
                + "(%.1f %% of the misses); never a candidate: %,d (%.1f %%)%n", namesakesOnly,
                100.0 * namesakesOnly / total, notCandidate, 100.0 * notCandidate / total);
    }

    private static String describe(MatchInput in) {
        StringBuilder b = new StringBuilder();
        for (NameText t : List.of(in.given(), in.father(), in.grandfather(), in.family())) {
            b.append(t.ar() == null ? "" : t.ar()).append(t.ar() != null && t.lat() != null ? "/" : "")
                    .append(t.lat() == null ? "" : t.lat()).append(" | ");
        }
        b.append(in.sex()).append(' ').append(in.dateOfBirth() != null ? in.dateOfBirth().toString()
                : in.estimatedAge() != null ? "~" + in.estimatedAge() + "@" + in.ageEstimatedOn() : "-");
        b.append(' ').append(in.nationality()).append(' ').append(in.phones()).append(' ');
        for (DocumentInput d : in.documents()) {
            b.append(d.type()).append(':').append(d.number()).append(' ');
        }
        return b.toString();
    }

    /** Recall and (estimated) precision had "likely" been set at other scores. */
    private static void curve(
            List<Integer> queries,
            int[] partner,
            int[] identity,
            Variation[] variation,
            int[][] top,
            double[][] topScores,
            int unpaired,
            int others) {
        System.out.println("at other thresholds (score of the 10 best; the engine's vetoes cap a score at 0.45):");
        for (double t : new double[] {0.45, 0.46, 0.47, 0.48, 0.49, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8}) {
            long tp = 0;
            long fpPaired = 0;
            long fpSample = 0;
            int pairs = 0;
            int found = 0;
            for (int k = 0; k < queries.size(); k++) {
                int self = queries.get(k);
                boolean hit = false;
                for (int i = 0; i < top[k].length; i++) {
                    if (topScores[k][i] < t) {
                        continue;
                    }
                    int person = top[k][i];
                    if (person == partner[self]) {
                        tp++;
                        hit = true;
                    } else if (identity[person] != identity[self]) {
                        if (partner[self] >= 0) {
                            fpPaired++;
                        } else {
                            fpSample++;
                        }
                    }
                }
                if (partner[self] >= 0 && variation[self] != Variation.NONE) {
                    pairs++;
                    found += hit ? 1 : 0;
                }
            }
            double fpAll = fpPaired + (others == 0 ? 0 : fpSample / (double) others * unpaired);
            System.out.printf("  score >= %.2f: recall %.4f, precision %.4f%n", t, found / (double) pairs,
                    tp / (tp + fpAll));
        }
    }

    private static void keyFrequencies(long[] index, MatchInput[] inputs, DuplicateEngine engine) {
        List<Integer> sizes = new ArrayList<>();
        int i = 0;
        while (i < index.length) {
            int j = i;
            long key = index[i] & ~0x1FFFFFL;
            while (j < index.length && (index[j] & ~0x1FFFFFL) == key) {
                j++;
            }
            sizes.add(j - i);
            i = j;
        }
        int[] s = sizes.stream().mapToInt(Integer::intValue).toArray();
        long over100 = Arrays.stream(s).filter(x -> x > 100).count();
        long over1000 = Arrays.stream(s).filter(x -> x > 1000).count();
        System.out.printf("distinct keys %,d; persons a key holds: %s; keys over 100 persons %,d, over 1,000 %,d%n",
                s.length, dist(s), over100, over1000);
        Map<String, long[]> byType = new HashMap<>();
        List<long[]> biggest = new ArrayList<>();
        i = 0;
        while (i < index.length) {
            int j = i;
            long key = index[i] & ~0x1FFFFFL;
            while (j < index.length && (index[j] & ~0x1FFFFFL) == key) {
                j++;
            }
            biggest.add(new long[] {j - i, i});
            if (biggest.size() > 400) {
                biggest.sort((a, b) -> Long.compare(b[0], a[0]));
                biggest.subList(20, biggest.size()).clear();
            }
            i = j;
        }
        biggest.sort((a, b) -> Long.compare(b[0], a[0]));
        System.out.println("largest keys:");
        for (long[] b : biggest.subList(0, Math.min(12, biggest.size()))) {
            long entry = index[(int) b[1]];
            int person = (int) (entry & 0x1FFFFF);
            String name = "?";
            for (String k : engine.profile(inputs[person]).blockingKeys()) {
                if ((hash(k) << 21 & ~0x1FFFFFL) == (entry & ~0x1FFFFFL)) {
                    name = k;
                }
            }
            System.out.printf("  %,7d  %s%n", b[0], name);
        }
        byType.clear();
    }

    private static String dist(int[] values) {
        int[] v = values.clone();
        Arrays.sort(v);
        if (v.length == 0) {
            return "-";
        }
        return String.format("p50 %,d  p90 %,d  p99 %,d  p99.9 %,d  max %,d", v[v.length / 2], v[(int) (v.length * 0.9)],
                v[(int) (v.length * 0.99)], v[(int) Math.min(v.length - 1, v.length * 0.999)], v[v.length - 1]);
    }

    /**
     * Where the block of a key's hash starting at {@code from} ends, in registration order: a record is checked
     * against those registered before it (a run is sorted by person, so they come first), and a key's block is what
     * was stored then.
     */
    /** The earlier records whose encoded features are the query's: they hold every key it holds, its first among them. */
    private static int[] copiesOf(int self, long[] ownKeys, long[] index, String[] encoded) {
        if (ownKeys.length == 0) {
            return new int[0];
        }
        long h = ownKeys[0];
        int from = lowerBound(index, h << 21 & ~0x1FFFFFL);
        int to = blockEnd(index, from, h, self);
        return java.util.stream.IntStream.range(from, to)
                .map(j -> (int) (index[j] & 0x1FFFFF))
                .filter(person -> encoded[person].equals(encoded[self]))
                .toArray();
    }

    private static int copiesIn(long[] index, int from, int to, int[] copies) {
        int in = 0;
        for (int copy : copies) {
            for (int j = from; j < to; j++) {
                in += (int) (index[j] & 0x1FFFFF) == copy ? 1 : 0;
            }
        }
        return in;
    }

    private static int blockEnd(long[] index, int from, long h, int self) {
        int to = from;
        while (to < index.length && (index[to] & ~0x1FFFFFL) == (h << 21 & ~0x1FFFFFL)
                && (int) (index[to] & 0x1FFFFF) < self) {
            to++;
        }
        return to;
    }

    private static int lowerBound(long[] a, long key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** 43 bits of a 64-bit FNV-1a hash of the key (collisions at a few million keys are negligible). */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 29;
        return h & ((1L << 42) - 1);
    }
}
