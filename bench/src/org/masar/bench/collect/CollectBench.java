package org.masar.bench.collect;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.masar.MasarApplication;
import org.masar.access.AccountSecurity;
import org.masar.collect.CollectPasswords;
import org.masar.collect.IssuedCollectPassword;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Field collection under load, against the whole application on its embedded PostgreSQL (durable, as for real use).
 *
 * <p>{@code submissions}: a generated 250-question flow-monitoring form ({@link FormGenerator}, about 6 KB an instance)
 * is uploaded through the API and bound to {@code dtm-flow-survey} (when the binding API answers); then phones (16 DTM
 * enumerators, each with a collect password) post instances to {@code /submission} over HTTP Basic as ODK Collect does,
 * at 4, 8 and 16 concurrent clients, without and with a ~20 KB photo. A submission counts when its {@code 201} came
 * back and its row is in the database (mapped, when the form is bound; with its photo, when it has one): every level
 * is checked in the database at its end and any failure is reported. Then {@code bench.stored} (1,000,000) submissions
 * are loaded by SQL ({@code COPY} of generated instances, as ingestion stores them, and the flow surveys they were
 * mapped to), and the levels are measured again.
 *
 * <p>{@code export}: on the folder {@code submissions} left (loading it if it has fewer than {@code bench.stored}), the
 * form's CSV export ({@code GET /api/v1/collect/forms/{formId}/submissions.csv}) is streamed to a counting sink: rows
 * per second, and the JVM's heap (the application's: the sink keeps nothing) sampled while it runs.
 *
 * <p>System properties: {@code bench.data-dir} ({@code target/bench-collect}), {@code bench.reuse} (keep the folder),
 * {@code bench.seconds} (20 per level), {@code bench.warmup} (90 s, shared by the kinds measured: until the JIT has compiled their paths), {@code bench.levels} ({@code 4,8,16}), {@code
 * bench.images} ({@code false,true}), {@code bench.stored} (1,000,000), {@code bench.phases} ({@code empty,load,full}),
 * {@code bench.binding} (the binding's JSON, {@code none} for an unbound form).
 */
public final class CollectBench {

    private CollectBench() {}

    static final String FORM_ID = "bench_flow_250";
    static final String FORM_VERSION = "2026120401";
    static final int PHONES = 16;
    static final int POINTS = 20;
    static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    static final int WARMUP = Integer.getInteger("bench.warmup", 90);
    static final long STORED = Long.getLong("bench.stored", 1_000_000L);
    static final String SUBMITTED_ONLY = "bench-collect";
    static final ZoneId LIBYA = ZoneId.of("Africa/Tripoli");

    /** The binding mapping the flow-monitoring block into dtm-flow-survey (collect-bindings' documented shape). */
    static final String BINDING = """
            {"target": "dtm-flow-survey",
             "mapping": {"point": "fm/point", "surveyedOn": "fm/surveyed_on", "sex": "fm/sex",
                         "ageBand": "fm/age_band", "nationality": "fm/nationality",
                         "answers": {"origin-country": "fm/origin_country",
                                     "transit-countries": "fm/transit_countries",
                                     "intended-destination": "fm/intended_destination",
                                     "reasons-for-leaving": "fm/reasons", "needs": "fm/needs"}}}
            """;

    record Phone(UUID user, String username, UUID passwordId, String password) {}

    record Setup(String base, String token, List<Phone> phones, FormGenerator form, UUID formUuid, UUID versionId,
            boolean bound, List<String> points) {}

    public static void main(String[] args) throws Exception {
        String mode = args.length == 0 ? "submissions" : args[0].replaceFirst("^collect-", "");
        String dataDir = System.getProperty("bench.data-dir", "target/bench-collect");
        boolean reuse = Boolean.getBoolean("bench.reuse") || mode.equals("export");
        if (!reuse) {
            org.springframework.util.FileSystemUtils.deleteRecursively(Path.of(dataDir));
        }
        String[] properties = {
            "--masar.embedded-postgres.data-dir=" + dataDir + "/postgres",
            "--masar.embedded-postgres.clean=false",
            "--masar.crypto.key-file=" + dataDir + "/crypto.key",
            "--server.port=0",
            "--masar.people.duplicate-scan.enabled=false",
            "--logging.level.root=WARN"
        };
        try (ConfigurableApplicationContext app = SpringApplication.run(MasarApplication.class, properties)) {
            cpu = new CpuTime(Path.of(dataDir, "postgres"));
            Environment environment = app.getEnvironment();
            PGSimpleDataSource source = new PGSimpleDataSource();
            source.setUrl(environment.getRequiredProperty("spring.flyway.url"));
            source.setUser(environment.getRequiredProperty("spring.flyway.user"));
            source.setPassword(environment.getProperty("spring.flyway.password", ""));
            try (Connection connection = source.getConnection()) {
                JdbcClient owner = JdbcClient.create(new SingleConnectionDataSource(connection, true));
                System.out.printf(
                        "PostgreSQL %s; fsync=%s synchronous_commit=%s shared_buffers=%s; cores=%d; max heap %d MiB;"
                                + " load average %s%n",
                        owner.sql("SHOW server_version").query(String.class).single(),
                        owner.sql("SHOW fsync").query(String.class).single(),
                        owner.sql("SHOW synchronous_commit").query(String.class).single(),
                        owner.sql("SHOW shared_buffers").query(String.class).single(),
                        Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory() >> 20,
                        loadAverage());
                String base = "http://localhost:" + environment.getRequiredProperty("local.server.port");
                Setup setup = setup(app, owner, base);
                List<String> phases = List.of(System.getProperty(
                                "bench.phases", mode.equals("export") ? "load,export" : "empty,load,full")
                        .split(","));
                Map<String, List<String>> report = new LinkedHashMap<>();
                if (phases.contains("empty")) {
                    report.put("empty", measure(setup, owner, "empty database"));
                }
                if (phases.contains("load")) {
                    load(owner, setup, source);
                }
                if (phases.contains("full")) {
                    report.put("full", measure(setup, owner, "after loading"));
                }
                if (phases.contains("export")) {
                    report.put("export", export(setup, owner));
                }
                System.out.printf("%nRESULTS (load average %s)%n", loadAverage());
                report.forEach((phase, lines) -> lines.forEach(System.out::println));
            }
        }
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Set-up: users, flow-monitoring points, collect passwords, the form, its binding.

    static Setup setup(ConfigurableApplicationContext app, JdbcClient owner, String base) throws Exception {
        boolean fresh = owner.sql("SELECT count(*) FROM access_user WHERE username = 'bench-collect-officer'")
                        .query(Integer.class)
                        .single()
                == 0;
        if (fresh) {
            owner.sql("""
                            INSERT INTO access_role (code, built_in, name_en, name_ar)
                            VALUES ('BENCH_API_CLIENT', false, 'Bench API client', 'عميل واجهة القياس')
                            ON CONFLICT DO NOTHING
                            """)
                    .update();
            owner.sql("""
                            INSERT INTO access_role_permission (role_code, permission)
                            VALUES ('BENCH_API_CLIENT', 'api:tokens') ON CONFLICT DO NOTHING
                            """)
                    .update();
            owner.sql("""
                            INSERT INTO access_user (id, username, display_name, password_hash, must_change_password,
                                                     created_by, updated_by)
                            SELECT md5('bench-enum-' || p)::uuid, 'bench-enum-' || p, 'Enumerator ' || p, 'x', false,
                                   'bench', 'bench'
                              FROM generate_series(1, :phones) p
                            UNION ALL
                            SELECT md5('bench-collect-officer')::uuid, 'bench-collect-officer', 'DTM officer', 'x',
                                   false, 'bench', 'bench'
                            """)
                    .param("phones", PHONES)
                    .update();
            owner.sql("""
                            INSERT INTO access_user_role (user_id, role_code)
                            SELECT md5('bench-enum-' || p)::uuid, 'DTM_ENUMERATOR' FROM generate_series(1, :phones) p
                            UNION ALL SELECT md5('bench-collect-officer')::uuid, 'DTM_OFFICER'
                            UNION ALL SELECT md5('bench-collect-officer')::uuid, 'BENCH_API_CLIENT'
                            """)
                    .param("phones", PHONES)
                    .update();
            // Flow-monitoring points in as many baladiya, as a DTM officer creates them in the gazetteer.
            owner.sql("""
                            INSERT INTO geo_site (id, code, type, name_en, name_ar, baladiya_pcode, active, created_at,
                                                  created_by, updated_at, updated_by)
                            SELECT md5('bench-fmp-' || n)::uuid, 'BENCH-FMP-' || n, 'FLOW_MONITORING_POINT',
                                   'Bench point ' || n, 'نقطة ' || n, pcode, true, now(), 'bench', now(), 'bench'
                              FROM (SELECT row_number() OVER (ORDER BY pcode) AS n, pcode
                                      FROM geo_baladiya WHERE valid_to IS NULL ORDER BY pcode LIMIT :points) b
                            """)
                    .param("points", POINTS)
                    .update();
        }
        List<String> points = owner.sql("SELECT code FROM geo_site WHERE code LIKE 'BENCH-FMP-%' ORDER BY code")
                .query(String.class)
                .list();
        // The binding wants the point as a site id: the choices' values are the sites' ids (bench.point-ids=false: codes).
        if (Boolean.parseBoolean(System.getProperty("bench.point-ids", "true"))) {
            points = owner.sql("SELECT id::text FROM geo_site WHERE code LIKE 'BENCH-FMP-%' ORDER BY code")
                    .query(String.class)
                    .list();
        }
        String token = token(app, "bench-collect-officer");
        // One collect password per phone, new at every run (only their hashes are kept).
        List<Phone> phones = new ArrayList<>();
        for (int p = 1; p <= PHONES; p++) {
            String username = "bench-enum-" + p;
            signIn(app, username);
            try {
                IssuedCollectPassword issued = app.getBean(CollectPasswords.class).create("Phone " + p, base);
                phones.add(new Phone(md5Uuid(username), username, issued.collectPassword().id(), issued.password()));
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
        FormGenerator form = new FormGenerator(FORM_ID, FORM_VERSION, points);
        HttpClient http = OpenRosaClient.http();
        if (fresh) {
            byte[] xform = form.xform();
            long t = System.nanoTime();
            HttpResponse<String> uploaded = upload(http, base, token, xform);
            if (uploaded.statusCode() != 201) {
                throw new IllegalStateException("upload: " + uploaded.statusCode() + " " + uploaded.body());
            }
            System.out.printf("FORM: %s uploaded (%,d bytes of XForm, %d questions) in %.0f ms%n", FORM_ID,
                    xform.length, FormGenerator.QUESTIONS, secs(t) * 1000);
            String binding = System.getProperty("bench.binding", BINDING);
            if (!binding.equals("none")) {
                HttpResponse<String> bound = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/collect/forms/" + FORM_ID + "/binding"))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept", "application/json")
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(binding))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                System.out.printf("BINDING: PUT …/binding → %d %s%n", bound.statusCode(), bound.body());
            }
        }
        UUID formUuid = owner.sql("SELECT id FROM collect_form WHERE form_id = ?")
                .param(FORM_ID)
                .query(UUID.class)
                .single();
        UUID versionId = owner.sql("SELECT id FROM collect_form_version WHERE form = ? AND version = ?")
                .param(formUuid)
                .param(FORM_VERSION)
                .query(UUID.class)
                .single();
        boolean bound = owner.sql("SELECT count(*) FROM collect_binding WHERE form = ?")
                        .param(formUuid)
                        .query(Integer.class)
                        .single()
                > 0;
        System.out.printf("FORM: %s %s, %s; sample instance %,d bytes%n", FORM_ID, formUuid,
                bound ? "bound to " + owner.sql("SELECT target FROM collect_binding WHERE form = ?")
                        .param(formUuid).query(String.class).single() : "UNBOUND",
                form.instance(1, FormGenerator.instanceId(), "collect:bench", null, today()).length());
        return new Setup(base, token, phones, form, formUuid, versionId, bound, points);
    }

    static HttpResponse<String> upload(HttpClient http, String base, String token, byte[] xform) throws Exception {
        String boundary = "----bench-form";
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.xml\""
                + "\r\nContent-Type: application/xml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(xform);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/collect/forms"))
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", "application/json")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    // ----------------------------------------------------------------------------------------------------------------
    // Submissions per second at 4, 8, 16 clients, without and with a photo.

    /** One level's outcome. */
    /** The CPU this JVM and the bench's PostgreSQL used, read around each level. */
    static CpuTime cpu;

    record Level(String name, int clients, boolean photo, long ok, long failed, double seconds, long[] times,
            List<String> instanceIds, Map<String, Long> failures) {}

    static List<String> measure(Setup setup, JdbcClient owner, String phase) throws Exception {
        int[] levels = Arrays.stream(System.getProperty("bench.levels", "4,8,16").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        List<Boolean> images = Arrays.stream(System.getProperty("bench.images", "false,true").split(","))
                .map(Boolean::parseBoolean)
                .toList();
        Photos photos = new Photos();
        long stored = owner.sql("SELECT count(*) FROM collect_submission WHERE form = ?")
                .param(setup.formUuid())
                .query(Long.class)
                .single();
        System.out.printf("%n== %s: %,d submissions stored; photo %,d bytes; load average %s%n", phase, stored,
                photos.size(), loadAverage());
        // Preflight as Collect does before sending, then a warm-up (not counted).
        OpenRosaClient.Answer head;
        try (OpenRosaClient phone = new OpenRosaClient(setup.base(), setup.phones().get(0).username(),
                setup.phones().get(0).password())) {
            head = phone.head();
        }
        System.out.printf("HEAD /submission → %d (accept-content-length / version: %s)%n", head.status(),
                head.body());
        // at the most clients measured: every phone's password is checked once (Argon2, on purpose slow) before
        // the levels, as it is once in a phone's day, and the code paths are compiled: those of the kinds measured
        // (with a photo, a second part and its content), each for its share of the warm-up
        for (boolean photo : images) {
            Level warm = level(setup, photos, Arrays.stream(levels).max().orElse(8), photo, WARMUP / images.size(),
                    "warm-up");
            System.out.printf("warm-up%s: %,d submissions in %.1f s, %,d failed %s%n", photo ? " with a photo" : "",
                    warm.ok(), warm.seconds(), warm.failed(), warm.failures());
        }
        // A server that has been running has passed checkpoints: its WAL segments are recycled, not created and
        // zero-filled at the rate the levels write them. One now, after the warm-up's writes, puts a fresh database
        // in that state.
        owner.sql("CHECKPOINT").update();
        List<String> lines = new ArrayList<>();
        lines.add(String.format("### %s (%,d submissions of the form stored at the start)", phase, stored));
        lines.add("| clients | photo | submissions/s | stored | mapped | photos stored | failures | p50 ms | p90 ms |"
                + " p99 ms | max ms | CPU ms each: JVM / PostgreSQL | load avg |");
        lines.add("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        for (boolean photo : images) {
            for (int clients : levels) {
                CpuTime.Sample before = cpu.now();
                Level level = level(setup, photos, clients, photo, SECONDS, clients + (photo ? "+photo" : ""));
                CpuTime.Sample used = cpu.now().minus(before);
                String load = loadAverage();
                Map<String, Object> check = owner.sql("""
                                WITH s AS (SELECT id, mapping_state, attachments_present, attachments_expected
                                             FROM collect_submission
                                            WHERE form = :form AND instance_id = ANY (:ids))
                                SELECT count(*) AS stored,
                                       count(*) FILTER (WHERE mapping_state = 'mapped') AS mapped,
                                       count(*) FILTER (WHERE mapping_state = 'unmapped') AS unmapped,
                                       coalesce(sum(attachments_present), 0) AS present,
                                       coalesce(sum(attachments_expected), 0) AS expected,
                                       (SELECT count(*) FROM collect_submission_attachment a JOIN s ON a.submission = s.id
                                         WHERE a.sha256 IS NOT NULL) AS files
                                  FROM s
                                """)
                        .param("form", setup.formUuid())
                        .param("ids", level.instanceIds().toArray(String[]::new))
                        .query()
                        .singleRow();
                long rows = ((Number) check.get("stored")).longValue();
                long mapped = ((Number) check.get("mapped")).longValue();
                long files = ((Number) check.get("files")).longValue();
                if (((Number) check.get("unmapped")).longValue() > 0) {
                    System.out.println("UNMAPPED, e.g.: " + owner.sql("""
                                    SELECT mapping_reason FROM collect_submission
                                     WHERE form = :form AND mapping_state = 'unmapped' LIMIT 1
                                    """).param("form", setup.formUuid()).query(String.class).optional().orElse("?"));
                }
                long[] sorted = level.times().clone();
                Arrays.sort(sorted);
                boolean complete = rows == level.ok() && (!setup.bound() || mapped == level.ok())
                        && (!photo || files == level.ok());
                // A submission counts when answered 201 and found stored (and mapped, with its photo).
                long counted = complete ? level.ok() : Math.min(level.ok(), setup.bound() ? mapped : rows);
                String line = String.format("| %d | %s | **%,.0f** | %,d | %s | %s | %,d | %.1f | %.1f | %.1f | %.1f |"
                                + " %.2f / %.2f | %s |",
                        clients, photo ? "~20 KB" : "none", counted / level.seconds(), rows,
                        setup.bound() ? String.format("%,d", mapped) : "unbound",
                        photo ? String.format("%,d", files) : "–", level.failed(), ms(sorted, 0.50),
                        ms(sorted, 0.90), ms(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                        used.jvm() / Math.max(1, level.ok()), used.postgres() / Math.max(1, level.ok()), load);
                System.out.printf("%s: %,d answered 201 in %.1f s, %s; failures %s%n%s%n", level.name(), level.ok(),
                        level.seconds(), complete ? "all stored" + (setup.bound() ? " and mapped" : "")
                                : "NOT ALL STORED/MAPPED (" + rows + " rows, " + mapped + " mapped, " + files
                                        + " photos)", level.failures(), line);
                lines.add(line);
            }
        }
        return lines;
    }

    /**
     * {@code bench.request=head}: the clients send only the authenticated {@code HEAD /submission} preflight, to
     * measure what the servlet container, the security chain and the password check cost without a submission.
     */
    static final boolean PREFLIGHTS_ONLY = "head".equals(System.getProperty("bench.request"));

    /** A preflight counted as a 201 when the server answered its 204, so the level's counters serve both. */
    static OpenRosaClient.Answer preflight(OpenRosaClient collect) throws Exception {
        OpenRosaClient.Answer head = collect.head();
        return head.status() == 204 ? new OpenRosaClient.Answer(201, "") : head;
    }

    /** Where a prepared instance takes its id, device and photo name. */
    static final String ID = "@instance-id@";

    static final String DEVICE = "@device-id@";
    static final String PHOTO_NAME = "@photo-name@";

    static Level level(Setup setup, Photos photos, int clients, boolean photo, int seconds,
            String name) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong failed = new AtomicLong();
        Map<String, Long> failures = new ConcurrentHashMap<>();
        List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>());
        List<long[]> times = java.util.Collections.synchronizedList(new ArrayList<>());
        LocalDate today = today();
        // Distinct instances made before the level, their ids, device and photo name filled in as each is sent: the
        // phones fill their forms in, the server's two cores should not (it cost about 4 % of the bench's CPU).
        Random made = new Random(clients * 31L + (photo ? 1 : 0));
        List<String> instances = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            instances.add(setup.form().instance(made.nextLong(), ID, DEVICE, photo ? PHOTO_NAME : null, today));
        }
        List<Future<?>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Phone phone = setup.phones().get(c % PHONES);
            int client = c;
            futures.add(pool.submit(() -> {
                OpenRosaClient collect = new OpenRosaClient(setup.base(), phone.username(), phone.password());
                Random random = new Random();
                long[] mine = new long[1024];
                int n = 0;
                List<String> accepted = new ArrayList<>();
                while (!stop.get()) {
                    String instanceId = FormGenerator.instanceId();
                    String file = photo ? "photo-" + instanceId.substring(5, 13) + ".jpg" : null;
                    String xml = instances.get(random.nextInt(instances.size()))
                            .replace(ID, instanceId)
                            .replace(DEVICE, "collect:bench" + phone.username() + "-" + client)
                            .replace(PHOTO_NAME, file == null ? "" : file);
                    byte[] bytes = photo ? photos.next() : null;
                    long t = System.nanoTime();
                    OpenRosaClient.Answer answer;
                    try {
                        answer = PREFLIGHTS_ONLY ? preflight(collect) : collect.submit(xml, file, "image/jpeg", bytes);
                    } catch (Exception e) {
                        answer = new OpenRosaClient.Answer(-1, e.toString());
                    }
                    long took = System.nanoTime() - t;
                    if (answer.status() == 201) {
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = took;
                        accepted.add(instanceId);
                    } else {
                        failed.incrementAndGet();
                        String key = answer.status() + " " + answer.body().replaceAll("\\s+", " ");
                        failures.merge(key.substring(0, Math.min(200, key.length())), 1L, Long::sum);
                    }
                }
                collect.close();
                times.add(Arrays.copyOf(mine, n));
                ids.addAll(accepted);
                return null;
            }));
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Future<?> future : futures) {
            future.get();
        }
        double wall = secs(t0);
        pool.shutdown();
        long[] all = times.stream().flatMapToLong(Arrays::stream).toArray();
        return new Level(name, clients, photo, all.length, failed.get(), wall, all, ids, failures);
    }

    // ----------------------------------------------------------------------------------------------------------------
    // 1,000,000 stored submissions, by COPY, as ingestion stores them.

    static void load(JdbcClient owner, Setup setup, PGSimpleDataSource source) throws Exception {
        long have = owner.sql("SELECT count(*) FROM collect_submission WHERE form = ?")
                .param(setup.formUuid())
                .query(Long.class)
                .single();
        long missing = STORED - have;
        if (missing <= 0) {
            System.out.printf("%nLOAD: %,d submissions already stored%n", have);
            return;
        }
        System.out.printf("%nLOAD: %,d submissions by COPY (%s); load average %s%n", missing,
                setup.bound() ? "mapped, with their flow surveys" : "unbound", loadAverage());
        long start = System.nanoTime();
        int loaders = Integer.getInteger("bench.loaders", 2);
        long chunk = 50_000L;
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(loaders);
        List<Future<?>> futures = new ArrayList<>();
        AtomicLong done = new AtomicLong();
        for (int l = 0; l < loaders; l++) {
            futures.add(pool.submit(() -> {
                try (Connection connection = source.getConnection()) {
                    connection.setAutoCommit(false);
                    try (var statement = connection.createStatement()) {
                        statement.execute("SET synchronous_commit = off");
                    }
                    CopyInWriter writer = new CopyInWriter(connection, setup);
                    while (true) {
                        long from = next.getAndAdd(chunk);
                        if (from >= missing) {
                            break;
                        }
                        long to = Math.min(missing, from + chunk);
                        writer.copy(have + from, have + to);
                        connection.commit();
                        long total = done.addAndGet(to - from);
                        System.out.printf("LOAD: %,d submissions (%.0f/s); load average %s%n", total,
                                total / secs(start), loadAverage());
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        System.out.printf("LOAD: %,d submissions in %.1f s%n", missing, secs(start));
        if (setup.bound()) {
            long t = System.nanoTime();
            long surveys = owner.sql("""
                            INSERT INTO dtm_flow_survey (id, site_id, baladiya_pcode, surveyed_on, version_id, sex,
                                                         age_band, nationality, answers, recorded_at, recorded_by)
                            SELECT s.mapping_ref::uuid, p.id, p.baladiya_pcode, s.received_at::date,
                                   '7d7e0b1e-9d1a-4c1e-8f00-000000000001', 'f', '26-40', 'NER',
                                   '{"origin-country": "NER", "intended-destination": "ITA",
                                     "reasons-for-leaving": ["economic"], "needs": ["food"]}'::jsonb,
                                   s.received_at, s.submitter
                              FROM collect_submission s
                              JOIN geo_site p ON p.id = md5('bench-fmp-' || (1 + abs(hashtext(s.instance_id)) % :points))::uuid
                             WHERE s.form = :form AND s.device_id = 'collect:bench-loaded'
                               AND NOT EXISTS (SELECT 1 FROM dtm_flow_survey d WHERE d.id = s.mapping_ref::uuid)
                            """)
                    .param("form", setup.formUuid())
                    .param("points", setup.points().size())
                    .update();
            System.out.printf("LOAD: %,d flow surveys (the ones the loaded submissions were mapped to) in %.1f s%n",
                    surveys, secs(t));
        }
        long t = System.nanoTime();
        for (String table : List.of("collect_submission", "dtm_flow_survey")) {
            owner.sql("VACUUM ANALYZE " + table).update();
        }
        System.out.printf("LOAD: vacuum analyze in %.1f s; whole load %.1f s; collect_submission %s; database %s%n",
                secs(t), secs(start),
                owner.sql("SELECT pg_size_pretty(pg_total_relation_size('collect_submission'))")
                        .query(String.class)
                        .single(),
                owner.sql("SELECT pg_size_pretty(pg_database_size(current_database()))").query(String.class).single());
    }

    /** Writes generated submissions through COPY, in the text format. */
    static final class CopyInWriter {
        private final Connection connection;
        private final Setup setup;
        private final MessageDigest sha;

        CopyInWriter(Connection connection, Setup setup) throws Exception {
            this.connection = connection;
            this.setup = setup;
            this.sha = MessageDigest.getInstance("SHA-256");
        }

        void copy(long from, long to) throws Exception {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    COPY collect_submission (id, form, form_version, instance_id, record_id, current, xml, xml_sha256,
                                             submitted_by, submitter, collect_password, device_id, received_at,
                                             attachments_expected, attachments_present, review_state, mapping_state,
                                             mapping_target, mapping_ref)
                    FROM STDIN""");
            try {
                StringBuilder row = new StringBuilder(8_000);
                Instant now = Instant.now();
                for (long n = from; n < to; n++) {
                    Random random = new Random(n * 7919L + 17);
                    Phone phone = setup.phones().get((int) (n % PHONES));
                    String instanceId = "uuid:" + new UUID(random.nextLong(), random.nextLong());
                    // received over the last year, oldest first
                    Instant received = now.minus(365, ChronoUnit.DAYS)
                            .plusMillis((long) ((double) n / STORED * 364 * 86_400_000L));
                    LocalDate day = received.atZone(LIBYA).toLocalDate();
                    String xml = setup.form().instance(n, instanceId, "collect:bench-loaded", null, day);
                    byte[] digest = sha.digest(xml.getBytes(StandardCharsets.UTF_8));
                    int review = random.nextInt(100);
                    row.setLength(0);
                    row.append(new UUID(random.nextLong(), random.nextLong())).append('\t')
                            .append(setup.formUuid()).append('\t')
                            .append(setup.versionId()).append('\t')
                            .append(instanceId).append('\t')
                            .append(new UUID(random.nextLong(), random.nextLong())).append('\t')
                            .append("t\t")
                            .append(xml).append('\t')
                            .append("\\\\x").append(HexFormat.of().formatHex(digest)).append('\t')
                            .append(phone.user()).append('\t')
                            .append(phone.username()).append('\t')
                            .append(phone.passwordId()).append('\t')
                            .append("collect:bench-loaded").append('\t')
                            .append(received).append('\t')
                            .append("0\t0\t")
                            .append(review < 80 ? "received" : review < 95 ? "approved" : review < 98 ? "has-issues"
                                    : "rejected").append('\t');
                    if (setup.bound()) {
                        row.append("mapped\tdtm-flow-survey\t").append(new UUID(random.nextLong(), random.nextLong()));
                    } else {
                        row.append("\\N\t\\N\t\\N");
                    }
                    row.append('\n');
                    byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                }
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        }
    }

    // ----------------------------------------------------------------------------------------------------------------
    // The CSV export, streamed to a counting sink.

    static List<String> export(Setup setup, JdbcClient owner) throws Exception {
        long stored = owner.sql("SELECT count(*) FROM collect_submission WHERE form = ? AND current")
                .param(setup.formUuid())
                .query(Long.class)
                .single();
        HttpClient http = OpenRosaClient.http();
        MemoryPoolMXBean old = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getName().contains("Old Gen"))
                .findFirst()
                .orElse(null);
        List<String> lines = new ArrayList<>();
        lines.add(String.format("### CSV export of %,d current submissions", stored));
        lines.add("| run | rows | bytes | seconds | rows/s | heap used before (after GC) | peak heap used |"
                + " old gen after GCs, max | heap after (after GC) | load avg |");
        lines.add("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        String path = System.getProperty("bench.export-path", "/api/v1/collect/forms/" + FORM_ID + "/submissions.csv");
        for (int run = 1; run <= Integer.getInteger("bench.export-runs", 1); run++) {
            System.gc();
            long before = used();
            AtomicLong peak = new AtomicLong(before);
            AtomicLong oldMax = new AtomicLong();
            AtomicBoolean done = new AtomicBoolean();
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                while (!done.get()) {
                    peak.accumulateAndGet(used(), Math::max);
                    if (old != null && old.getCollectionUsage() != null) {
                        oldMax.accumulateAndGet(old.getCollectionUsage().getUsed(), Math::max);
                    }
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            long t = System.nanoTime();
            HttpResponse<InputStream> response = http.send(
                    HttpRequest.newBuilder(URI.create(setup.base() + path))
                            .header("Authorization", "Bearer " + setup.token())
                            .header("Accept", "text/csv, application/problem+json;q=0.5")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            long bytes = 0;
            long newlines = 0;
            String head = "";
            try (InputStream in = response.body()) {
                byte[] buffer = new byte[1 << 16];
                int read;
                long lastReport = System.nanoTime();
                while ((read = in.read(buffer)) > 0) {
                    if (bytes == 0) {
                        head = new String(buffer, 0, Math.min(read, 300), StandardCharsets.UTF_8);
                    }
                    bytes += read;
                    for (int i = 0; i < read; i++) {
                        if (buffer[i] == '\n') {
                            newlines++;
                        }
                    }
                    if (System.nanoTime() - lastReport > 10_000_000_000L) {
                        lastReport = System.nanoTime();
                        System.out.printf("EXPORT: %,d rows in %.1f s (%,.0f/s), heap used %,d MiB; load average %s%n",
                                newlines - 1, secs(t), (newlines - 1) / secs(t), used() >> 20, loadAverage());
                    }
                }
            }
            double seconds = secs(t);
            done.set(true);
            sampler.join();
            if (response.statusCode() != 200) {
                throw new IllegalStateException("export: " + response.statusCode() + " " + head);
            }
            System.gc();
            long after = used();
            long rows = newlines - 1;
            System.out.printf("EXPORT: %s … (header, first 300 characters)%n", head.replace("\n", " ⏎ "));
            String line = String.format("| %d | %,d | %,d | %.1f | **%,.0f** | %,d MiB | %,d MiB | %,d MiB | %,d MiB |"
                            + " %s |",
                    run, rows, bytes, seconds, rows / seconds, before >> 20, peak.get() >> 20, oldMax.get() >> 20,
                    after >> 20, loadAverage());
            System.out.println(line);
            lines.add(line);
        }
        return lines;
    }

    static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    // ----------------------------------------------------------------------------------------------------------------

    static LocalDate today() {
        return LocalDate.now(LIBYA);
    }

    static void signIn(ConfigurableApplicationContext app, String username) {
        var principal = app.getBean(org.springframework.security.core.userdetails.UserDetailsService.class)
                .loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    static String token(ConfigurableApplicationContext app, String username) {
        signIn(app, username);
        try {
            return app.getBean(AccountSecurity.class).createToken("collect-bench", null).secret();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** PostgreSQL's {@code md5(text)::uuid}. */
    static UUID md5Uuid(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        String hex = HexFormat.of().formatHex(digest);
        return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20));
    }

    static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
