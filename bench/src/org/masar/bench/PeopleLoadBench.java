package org.masar.bench;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.masar.MasarApplication;
import org.masar.geo.SiteId;
import org.masar.people.BatchOutcome;
import org.masar.people.DocumentType;
import org.masar.people.IdentityDocument;
import org.masar.people.NamePart;
import org.masar.people.People;
import org.masar.people.PersonDetails;
import org.masar.people.PersonNames;
import org.masar.people.PopulationGroup;
import org.masar.people.Sex;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The people benchmark, against the whole application on a fresh embedded PostgreSQL: loads synthetic persons through
 * {@link People#registerAll} in batches of 1,000 (duplicate checking on, as in real use), then measures
 * duplicate-candidate search latency, single registrations, the engine's precision and recall on the generator's
 * known pairs, and memory. Not part of the build: see bench/README.md.
 *
 * <p>Input: what {@code bench/run.sh people-generate} writes: JSON lines, one person each in the API's person JSON, and
 * beside them {@code <file>.pairs.csv} naming the known duplicates by line number (1-based): {@code line,
 * duplicate_of_line, identity, variation, cross_script}.
 */
public final class PeopleLoadBench {

    private PeopleLoadBench() {}

    /** The load reports its rate over each segment of this many persons. */
    static final int SEGMENT = Integer.getInteger("bench.segment", 50_000);

    /** One known duplicate in this many is kept back for the search and single registrations (at most 2,000). */
    static final int HOLD_EVERY = Integer.getInteger("bench.hold-every", 50);

    /** How many callers register batches at once during the load. */
    static final int CALLERS = Integer.getInteger("bench.callers", 1);

    /**
     * Whether a whole pass of the duplicate scan follows the load, and quality is measured again after it (run with
     * {@code -Dmasar.people.duplicate-scan.enabled=false}, so that the scheduled scan does not move its cursor meanwhile).
     */
    static final boolean SCAN_AFTER = Boolean.getBoolean("bench.scan-after");

    /**
     * How long the profile refresh may run before the load, on a folder kept from an older engine encoding (as after
     * an upgrade), or null not to run it (run with {@code -Dmasar.people.profile-refresh.enabled=false}, so that the
     * scheduled refresh does not run beside it).
     */
    static final String REFRESH_FIRST = System.getProperty("bench.refresh-first");

    /** The load's progress, reported per segment. */
    static final class Progress {
        final long start;
        final int preloaded;
        long lastReport;
        long lastCpu = cpuMillis();
        long lastJvmCpu = jvmCpuMillis();
        int done;
        int segmentDone;
        int refused;

        Progress(long start, int preloaded) {
            this.start = start;
            this.lastReport = start;
            this.preloaded = preloaded;
        }

        synchronized void finished(List<Input> batch, List<BatchOutcome> outcomes, Map<String, UUID> ids) {
            for (BatchOutcome outcome : outcomes) {
                if (outcome.registered()) {
                    ids.put(batch.get(outcome.index()).ref(), outcome.registration().id().value());
                } else if (++refused <= 5) {
                    System.out.println("refused: " + outcome.errors());
                }
            }
            done += batch.size();
            long now = System.nanoTime();
            if (done - segmentDone >= SEGMENT) {
                // The rate over the last segment: what registration runs at with this many loaded.
                long cpu = cpuMillis();
                long jvmCpu = jvmCpuMillis();
                System.out.printf(
                        "SEGMENT: %,d registered (%,d loaded before the run) in %.0f s: %,.0f persons/s"
                                + " over the last %,d, %,.0f overall; CPU %.2f ms a person (JVM %.2f, PostgreSQL %.2f);"
                                + " load average %s%n",
                        done,
                        preloaded,
                        (now - start) / 1e9,
                        (done - segmentDone) / ((now - lastReport) / 1e9),
                        done - segmentDone,
                        done / ((now - start) / 1e9),
                        (cpu - lastCpu) / (double) (done - segmentDone),
                        (jvmCpu - lastJvmCpu) / (double) (done - segmentDone),
                        (cpu - lastCpu - (jvmCpu - lastJvmCpu)) / (double) (done - segmentDone),
                        loadAverage());
                lastCpu = cpu;
                lastJvmCpu = jvmCpu;
                lastReport = now;
                segmentDone = done;
            }
        }
    }

    /** Where the embedded server's postmaster.pid is, to add PostgreSQL's CPU time to the JVM's. */
    static volatile Path postmasterPid;

    /**
     * CPU time used so far by this JVM and the embedded PostgreSQL (the postmaster, its live backends, and those that
     * ended), in milliseconds: on a shared machine the rate alone says little, CPU a person says what a change saved.
     */
    static long jvmCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean)
                                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1_000_000;
    }

    static long cpuMillis() {
        long millis = jvmCpuMillis();
        try {
            if (postmasterPid == null || !Files.exists(postmasterPid)) {
                return millis;
            }
            String postmaster = Files.readAllLines(postmasterPid).get(0).trim();
            long ticks = 0;
            try (var processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                for (Path process : processes) {
                    String stat;
                    try {
                        stat = Files.readString(process.resolve("stat"));
                    } catch (java.io.IOException gone) {
                        continue;
                    }
                    // Fields after the command's closing parenthesis: state ppid … utime(14) stime cutime cstime.
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    boolean isPostmaster = process.getFileName().toString().equals(postmaster);
                    if (isPostmaster || f[1].equals(postmaster)) {
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                        if (isPostmaster) {
                            ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
                        }
                    }
                }
            }
            return millis + ticks * 10; // USER_HZ is 100 on Linux
        } catch (java.io.IOException | RuntimeException e) {
            return millis;
        }
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    record Input(String ref, String sameAs, PersonDetails details) {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        String dataDir = System.getProperty("bench.data-dir", "target/bench-people");
        // Measuring at 1,000,000 without loading a million each time: a data folder kept from an earlier run (stopped
        // application, so the server shut down cleanly) is copied afresh and the file is read on after its first
        // `bench.skip` lines, which that run loaded.
        String from = System.getProperty("bench.from");
        int skip = Integer.getInteger("bench.skip", 0);
        // The folder is emptied here rather than by the application (masar.embedded-postgres.clean), which would have
        // the embedded server delete it again on shutdown: the folder a run leaves is one the next may start from.
        org.springframework.util.FileSystemUtils.deleteRecursively(Path.of(dataDir));
        if (from != null) {
            Process copy = new ProcessBuilder("cp", "-a", from, dataDir).inheritIO().start();
            if (copy.waitFor() != 0) {
                throw new IllegalStateException("Could not copy " + from + " to " + dataDir);
            }
        }
        JsonMapper json = JsonMapper.builder().build();
        Map<String, String> knownDuplicateOf = new HashMap<>();
        Path pairs = file.resolveSibling(file.getFileName() + ".pairs.csv");
        if (Files.exists(pairs)) {
            for (String row : Files.readAllLines(pairs, StandardCharsets.UTF_8)) {
                String[] cells = row.split(",");
                if (cells.length >= 2 && !cells[0].equals("line")) {
                    knownDuplicateOf.put(cells[0], cells[1]);
                }
            }
        }
        String[] properties = {
            "--masar.embedded-postgres.data-dir=" + dataDir + "/postgres",
            "--masar.embedded-postgres.clean=false",
            "--masar.crypto.key-file=" + dataDir + "/crypto.key",
            "--server.port=0",
            "--logging.level.root=WARN",
            "--logging.level.org.masar.people.internal.KeyIndex=INFO"
        };
        try (ConfigurableApplicationContext app = SpringApplication.run(MasarApplication.class, properties)) {
            JdbcClient owner = owner(app.getEnvironment());
            System.out.printf(
                    "PostgreSQL %s; fsync=%s synchronous_commit=%s; shared_buffers=%s max_wal_size=%s"
                            + " checkpoint_timeout=%s; cores=%d; max heap %d MiB%n",
                    owner.sql("SHOW server_version").query(String.class).single(),
                    owner.sql("SHOW fsync").query(String.class).single(),
                    owner.sql("SHOW synchronous_commit").query(String.class).single(),
                    owner.sql("SHOW shared_buffers").query(String.class).single(),
                    owner.sql("SHOW max_wal_size").query(String.class).single(),
                    owner.sql("SHOW checkpoint_timeout").query(String.class).single(),
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
            int preloaded = owner.sql("SELECT count(*) FROM people_person").query(Integer.class).single();
            // -Dbench.statements=true: PostgreSQL's time by statement over the load, from pg_stat_statements (which
            // the data folder must preload: shared_preload_libraries in its postgresql.auto.conf, as for a copy of a
            // kept folder, -Dbench.from)
            if (Boolean.getBoolean("bench.statements")) {
                owner.sql("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").update();
                owner.sql("SELECT pg_stat_statements_reset()").query().listOfRows();
            }
            if (REFRESH_FIRST != null) {
                refresh(app, owner, REFRESH_FIRST);
            }
            String username = "people-bench-" + Long.toHexString(System.nanoTime());
            UUID user = UUID.randomUUID();
            owner.sql("INSERT INTO access_user (id, username, display_name, password_hash, must_change_password,"
                            + " created_by, updated_by) VALUES (:id, :u, :u, 'x', false, 'bench', 'bench')")
                    .param("id", user)
                    .param("u", username)
                    .update();
            owner.sql("INSERT INTO access_user_role (user_id, role_code) VALUES (:id, 'PROGRAMME_MANAGER')")
                    .param("id", user)
                    .update();
            People people = app.getBean(People.class);
            Runnable signIn = () -> {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username,
                        null,
                        List.of(
                                new SimpleGrantedAuthority("people:register"),
                                new SimpleGrantedAuthority("people:read"))));
                SecurityContextHolder.setContext(context);
            };
            signIn.run();

            // The file is streamed: only refs, known pairs and ids stay in memory, so the process's memory is the
            // application's. A share of the known duplicates is kept back to time searches and single registrations
            // on the full table.
            List<Input> held = new ArrayList<>();
            Map<String, String> sameAs = new HashMap<>();
            Map<String, UUID> ids = java.util.Collections.synchronizedMap(new HashMap<>());
            postmasterPid = Path.of(dataDir, "postgres", "postmaster.pid");
            long start = System.nanoTime();
            Progress progress = new Progress(start, preloaded);
            // Batches from CALLERS callers at once (as several offices uploading), each its own transaction.
            ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
            java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(CALLERS);
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                List<Input> batch = new ArrayList<>();
                String line;
                int read = 0;
                while (true) {
                    line = read < limit ? reader.readLine() : null;
                    if (line != null) {
                        read++;
                        if (read <= skip) {
                            continue;
                        }
                        JsonNode node = json.readTree(line);
                        String ref = Integer.toString(read);
                        String known = knownDuplicateOf.get(ref);
                        Input input = new Input(ref, known, details(node));
                        if (known != null && held.size() < 2_000 && Math.floorMod(input.ref().hashCode(), HOLD_EVERY) == 0) {
                            held.add(input);
                            continue;
                        }
                        if (known != null) {
                            sameAs.put(input.ref(), known);
                        }
                        batch.add(input);
                    }
                    if (batch.size() == 1_000 || (line == null && !batch.isEmpty())) {
                        List<Input> full = List.copyOf(batch);
                        batch.clear();
                        Runnable register = () -> {
                            signIn.run();
                            List<BatchOutcome> outcomes =
                                    people.registerAll(full.stream().map(Input::details).toList());
                            progress.finished(full, outcomes, ids);
                        };
                        if (CALLERS == 1) {
                            register.run();
                        } else {
                            inFlight.acquire();
                            callers.submit(() -> {
                                try {
                                    register.run();
                                } catch (RuntimeException e) {
                                    e.printStackTrace();
                                } finally {
                                    inFlight.release();
                                }
                            });
                        }
                    }
                    if (line == null) {
                        break;
                    }
                }
            }
            inFlight.acquire(CALLERS);
            callers.shutdown();
            int done = progress.done;
            int refused = progress.refused;
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "LOAD: %,d persons in batches of 1,000 in %.1f s = %,.0f persons/s (%d refused; %,d loaded before);"
                            + " load average %s%n",
                    done, loadSeconds, done / loadSeconds, refused, preloaded, loadAverage());
            if (Boolean.getBoolean("bench.statements")) {
                owner.sql("""
                        SELECT round(total_exec_time)::bigint AS ms, calls, rows,
                               round((total_exec_time / %d * 1000)::numeric, 1) AS us_a_person,
                               left(regexp_replace(query, '\\s+', ' ', 'g'), 160) AS q
                          FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 25
                        """.formatted(done)).query().listOfRows().forEach(r -> System.out.println("STMT: " + r));
            }

            if (preloaded == 0) {
                quality(owner, sameAs, ids);
                if (SCAN_AFTER) {
                    scanAll(app, owner);
                    quality(owner, sameAs, ids);
                }
            } else {
                System.out.println("QUALITY: not measured on a load that started from a kept data folder");
            }
            latency(people, held);
            single(people, held, signIn);
            memory(owner);
        }
        System.exit(0);
    }

    /** The profile refresh, for at most the budget given: how many persons it brought to the current encoding. */
    private static void refresh(ConfigurableApplicationContext app, JdbcClient owner, String budget) throws Exception {
        long start = System.nanoTime();
        Object refreshed = runFor(app, "profileRefresh", java.time.Duration.parse(budget));
        System.out.printf(
                "REFRESH: %s persons in %.1f s, %s still of an older encoding; load average %s%n",
                refreshed,
                (System.nanoTime() - start) / 1e9,
                owner.sql("SELECT count(*) FROM people_person WHERE match_features NOT LIKE :current")
                        .param("current", org.masar.people.internal.matching.Profile.currentPrefix() + "%")
                        .query(Long.class)
                        .single(),
                loadAverage());
    }

    /**
     * One whole pass of the duplicate scan over what was loaded, from the first person (as the scheduled task would
     * make it over several runs): it finds the pairs registration could not, such as two persons registered at once by
     * two callers.
     */
    private static void scanAll(ConfigurableApplicationContext app, JdbcClient owner) throws Exception {
        owner.sql("UPDATE people_duplicate_scan SET after_person = NULL").update();
        long start = System.nanoTime();
        Object outcome = runFor(app, "duplicateScan", java.time.Duration.ofHours(24));
        System.out.printf(
                "SCAN: %s in %.1f s; load average %s%n", outcome, (System.nanoTime() - start) / 1e9, loadAverage());
    }

    /**
     * Calls {@code run(Duration)} of a people bean, as its scheduled task would: the classes are package-private to
     * the module, hence reflection.
     */
    private static Object runFor(ConfigurableApplicationContext app, String bean, java.time.Duration budget)
            throws Exception {
        Object target = app.getBean(bean);
        java.lang.reflect.Method run = target.getClass().getDeclaredMethod("run", java.time.Duration.class);
        run.setAccessible(true);
        return run.invoke(target, budget);
    }

    /** Precision and recall of the pairs registration recorded as likely, against the generator's known pairs. */
    private static void quality(JdbcClient owner, Map<String, String> sameAs, Map<String, UUID> ids) {
        // A record and its known duplicates form one cluster, named by the original's ref.
        Map<UUID, String> cluster = new HashMap<>();
        for (Map.Entry<String, UUID> id : ids.entrySet()) {
            String r = id.getKey();
            for (int hops = 0; sameAs.containsKey(r) && hops < 10; hops++) {
                r = sameAs.get(r);
            }
            cluster.put(id.getValue(), r);
        }
        Set<String> known = new HashSet<>();
        for (Map.Entry<String, String> duplicate : sameAs.entrySet()) {
            UUID a = ids.get(duplicate.getKey());
            UUID b = ids.get(duplicate.getValue());
            if (a != null && b != null) {
                known.add(pair(a, b));
            }
        }
        List<String> found = owner.sql(
                        "SELECT person_a::text || ' ' || person_b::text || ' ' || found_by FROM people_duplicate_pair")
                .query(String.class)
                .list();
        int truePositives = 0;
        int knownFound = 0;
        Map<String, int[]> byFinder = new java.util.TreeMap<>();
        for (String row : found) {
            String[] two = row.split(" ");
            UUID a = UUID.fromString(two[0]);
            UUID b = UUID.fromString(two[1]);
            int[] finder = byFinder.computeIfAbsent(two[2], f -> new int[2]);
            finder[0]++;
            if (cluster.get(a) != null && cluster.get(a).equals(cluster.get(b))) {
                truePositives++;
                finder[1]++;
            }
            if (known.contains(pair(a, b))) {
                knownFound++;
            }
        }
        System.out.printf(
                "QUALITY: %,d known pairs, %,d recorded as likely; recall %.4f (%,d found), precision %.4f%n",
                known.size(),
                found.size(),
                known.isEmpty() ? 0 : (double) knownFound / known.size(),
                knownFound,
                found.isEmpty() ? 0 : (double) truePositives / found.size());
        byFinder.forEach((finder, counts) -> System.out.printf(
                "QUALITY: found by %s: %,d pairs, %,d true%n", finder, counts[0], counts[1]));
    }

    private static String pair(UUID a, UUID b) {
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }

    /** Duplicate-candidate search, one query at a time, on the loaded table. */
    private static void latency(People people, List<Input> held) {
        if (held.isEmpty()) {
            System.out.println("SEARCH: no known duplicates kept back to query with");
            return;
        }
        for (int i = 0; i < Math.min(200, held.size()); i++) {
            people.duplicateCandidates(held.get(i).details()); // warm-up
        }
        long[] nanos = new long[held.size()];
        for (int i = 0; i < held.size(); i++) {
            long t = System.nanoTime();
            people.duplicateCandidates(held.get(i).details());
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "SEARCH: %,d queries; p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                nanos.length,
                nanos[nanos.length / 2] / 1e6,
                nanos[(int) (nanos.length * 0.90)] / 1e6,
                nanos[(int) (nanos.length * 0.99)] / 1e6,
                nanos[nanos.length - 1] / 1e6);
    }

    /** Single registrations (one transaction each, duplicate checking on), by one caller and by four. */
    private static void single(People people, List<Input> held, Runnable signIn) throws Exception {
        if (held.size() < 2) {
            return;
        }
        int half = held.size() / 2;
        long t = System.nanoTime();
        for (int i = 0; i < half; i++) {
            people.register(held.get(i).details());
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        System.out.printf("SINGLE: 1 caller, %,d registrations, %,.0f persons/s%n", half, half / seconds);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger next = new AtomicInteger(half);
        t = System.nanoTime();
        List<Future<?>> callers = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            callers.add(pool.submit(() -> {
                signIn.run();
                int i;
                while ((i = next.getAndIncrement()) < held.size()) {
                    people.register(held.get(i).details());
                }
            }));
        }
        for (Future<?> caller : callers) {
            caller.get();
        }
        seconds = (System.nanoTime() - t) / 1e9;
        pool.shutdown();
        System.out.printf(
                "SINGLE: 4 callers, %,d registrations, %,.0f persons/s%n",
                held.size() - half, (held.size() - half) / seconds);
    }

    private static void memory(JdbcClient owner) throws Exception {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmRSS") || line.startsWith("VmHWM"))
                .map(String::strip)
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        System.out.printf(
                "MEMORY: heap used after GC %d MiB of %d MiB committed; process %s; database %s (match keys %s)%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                runtime.totalMemory() >> 20,
                rss,
                owner.sql("SELECT pg_size_pretty(pg_database_size(current_database()))")
                        .query(String.class)
                        .single(),
                owner.sql("SELECT pg_size_pretty(pg_total_relation_size('people_match_keys'))")
                        .query(String.class)
                        .single());
    }

    static PersonDetails details(JsonNode node) {
        List<IdentityDocument> documents = new ArrayList<>();
        for (JsonNode d : node.path("documents")) {
            documents.add(new IdentityDocument(
                    DocumentType.valueOf(d.path("type").asString().toUpperCase()),
                    d.path("number").asString(),
                    text(d, "issuingCountry"),
                    null));
        }
        List<String> phones = new ArrayList<>();
        node.path("phones").forEach(p -> phones.add(p.asString()));
        List<String> languages = new ArrayList<>();
        node.path("languages").forEach(l -> languages.add(l.asString()));
        String group = text(node, "populationGroup");
        String site = text(node, "site");
        return new PersonDetails(
                new PersonNames(
                        part(node.path("givenName")),
                        part(node.path("fatherName")),
                        part(node.path("grandfatherName")),
                        part(node.path("familyName"))),
                Sex.valueOf(node.path("sex").asString()),
                date(node, "dateOfBirth"),
                node.hasNonNull("estimatedAge") ? node.path("estimatedAge").asInt() : null,
                date(node, "ageEstimatedOn"),
                text(node, "nationality"),
                group == null ? null : PopulationGroup.valueOf(group.toUpperCase()),
                languages,
                phones,
                documents,
                text(node, "baladiya"),
                site == null ? null : new SiteId(UUID.fromString(site)));
    }

    private static NamePart part(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? NamePart.NONE : new NamePart(text(node, "ar"), text(node, "lat"));
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.path(field).asString() : null;
    }

    private static LocalDate date(JsonNode node, String field) {
        return node.hasNonNull(field) ? LocalDate.parse(node.path(field).asString()) : null;
    }

    static JdbcClient owner(Environment environment) {
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setUrl(environment.getRequiredProperty("spring.flyway.url"));
        owner.setUser(environment.getRequiredProperty("spring.flyway.user"));
        owner.setPassword(environment.getProperty("spring.flyway.password", ""));
        return JdbcClient.create(owner);
    }
}
