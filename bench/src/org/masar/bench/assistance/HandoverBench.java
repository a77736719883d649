package org.masar.bench.assistance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masar.MasarApplication;
import org.masar.access.AccountSecurity;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hand-overs at distributions under load, against the whole application on its embedded PostgreSQL. History is loaded
 * by SQL as the owner ({@code generate_series}): 1,000,000 persons in 50 baladiya and 100,000 closed distributions of
 * 20 beneficiaries each over three years, every beneficiary served (2,000,000 hand-overs, each with its service, its
 * timeline entry and its stock dispatch). Then, over HTTP with API tokens (the application role, as a phone's calls):
 * distributions of the MRRM hygiene kit (six items dispatched per hand-over from one warehouse) are planned, listed and
 * opened through the API, and field workers of the distribution's baladiya hand over one by one, at 1, 4 and 16
 * callers (hand-overs per second, p50/p90/p99/max); then a phone's queue of 1,000 hand-overs is synchronised (two
 * requests of 500, as the page sends them), and sent again (all already recorded). Not part of the build: see
 * bench/README.md, section "Hand-overs".
 *
 * <p>System properties: {@code bench.persons} (1,000,000), {@code bench.distributions} (100,000 of history), {@code
 * bench.handovers} (2,000 per caller level), {@code bench.data-dir} ({@code target/bench-assistance}), {@code
 * bench.reuse} (true: keep a loaded folder and only measure).
 */
public final class HandoverBench {

    private HandoverBench() {}

    static final long PERSONS = Long.getLong("bench.persons", 1_000_000L);
    static final long DISTRIBUTIONS = Long.getLong("bench.distributions", 100_000L);
    static final int PER_DISTRIBUTION = 20;
    static final int HANDOVERS = Integer.getInteger("bench.handovers", 2_000);
    static final int[] CALLERS = {1, 4, 16};
    static final int BALADIYA = 50;
    static final int WORKERS = 16;
    static final long CHUNK = 10_000L;
    static final int SYNC_QUEUE = 1_000;
    static final int SYNC_BATCH = 500;

    public static void main(String[] args) throws Exception {
        String dataDir = System.getProperty("bench.data-dir", "target/bench-assistance");
        boolean reuse = Boolean.getBoolean("bench.reuse");
        if (!reuse) {
            org.springframework.util.FileSystemUtils.deleteRecursively(Path.of(dataDir));
        }
        String[] properties = {
            "--masar.embedded-postgres.data-dir=" + dataDir + "/postgres",
            "--masar.embedded-postgres.clean=false",
            "--masar.crypto.key-file=" + dataDir + "/crypto.key",
            "--server.port=0",
            // The persons are loaded by SQL without the engine's match profiles: its scan has nothing to read.
            "--masar.people.duplicate-scan.enabled=false",
            "--logging.level.root=WARN"
        };
        try (ConfigurableApplicationContext app = SpringApplication.run(MasarApplication.class, properties)) {
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
                long loaded = owner.sql("SELECT count(*) FROM assistance_distribution")
                        .query(Long.class)
                        .single();
                if (loaded == 0) {
                    load(owner);
                } else {
                    System.out.printf("Reusing %,d distributions already loaded%n", loaded);
                }
                describe(owner);
                measure(app, environment, owner);
            }
        }
    }

    /** Baladiya, users, a warehouse with stock, persons and the distributions of history, by SQL as the owner. */
    static void load(JdbcClient owner) {
        long start = System.nanoTime();
        owner.sql("SET synchronous_commit = off").update();
        owner.sql("SET work_mem = '256MB'").update();
        owner.sql("SET maintenance_work_mem = '512MB'").update();
        owner.sql("""
                        CREATE TABLE bench_baladiya AS
                        SELECT row_number() OVER (ORDER BY pcode) - 1 AS n, pcode
                          FROM geo_baladiya WHERE valid_to IS NULL ORDER BY pcode LIMIT :baladiya
                        """)
                .param("baladiya", BALADIYA)
                .update();
        // The warehouse the distributions' stock leaves from: a geo site in the first baladiya, with every item.
        owner.sql("""
                        INSERT INTO geo_site (id, code, type, name_en, name_ar, baladiya_pcode, created_at, created_by,
                                              updated_at, updated_by)
                        SELECT md5('bench-warehouse')::uuid, 'BENCH-WH', 'WAREHOUSE', 'Bench warehouse', 'مستودع القياس',
                               pcode, now(), 'bench', now(), 'bench'
                          FROM bench_baladiya WHERE n = 0
                        """)
                .update();
        owner.sql("""
                        INSERT INTO assistance_warehouse (site_id, code, name_en, name_ar)
                        VALUES (md5('bench-warehouse')::uuid, 'BENCH-WH', 'Bench warehouse', 'مستودع القياس')
                        """)
                .update();
        owner.sql("""
                        INSERT INTO assistance_stock_balance (warehouse_id, item_id, quantity)
                        SELECT md5('bench-warehouse')::uuid, id, 1000000000 FROM assistance_item
                        """)
                .update();
        // Field workers of the first baladiya (MRRM) and one planner, all with API tokens.
        owner.sql("""
                        INSERT INTO access_role (code, built_in, name_en, name_ar)
                        VALUES ('BENCH_API_CLIENT', false, 'Bench API client', 'عميل واجهة القياس')
                        """)
                .update();
        owner.sql("INSERT INTO access_role_permission (role_code, permission) VALUES ('BENCH_API_CLIENT', 'api:tokens')")
                .update();
        owner.sql("""
                        INSERT INTO access_user (id, username, display_name, password_hash, must_change_password,
                                                 created_by, updated_by)
                        SELECT md5('bench-field-' || w)::uuid, 'bench-field-' || w, 'Field worker ' || w, 'x', false,
                               'bench', 'bench'
                          FROM generate_series(1, :workers) w
                        UNION ALL
                        SELECT md5('bench-planner')::uuid, 'bench-planner', 'Planner', 'x', false, 'bench', 'bench'
                        """)
                .param("workers", WORKERS)
                .update();
        owner.sql("""
                        INSERT INTO access_user_role (user_id, role_code)
                        SELECT md5('bench-field-' || w)::uuid, r
                          FROM generate_series(1, :workers) w, unnest(ARRAY['CASEWORKER', 'BENCH_API_CLIENT']) r
                        UNION ALL SELECT md5('bench-planner')::uuid, 'PROGRAMME_MANAGER'
                        """)
                .param("workers", WORKERS)
                .update();
        owner.sql("""
                        INSERT INTO access_user_baladiya_scope (user_id, pcode)
                        SELECT md5('bench-field-' || w)::uuid, b.pcode FROM generate_series(1, :workers) w, bench_baladiya b
                         WHERE b.n = 0
                        """)
                .param("workers", WORKERS)
                .update();
        owner.sql("""
                        INSERT INTO access_user_programme_scope (user_id, programme)
                        SELECT md5('bench-field-' || w)::uuid, 'MRRM' FROM generate_series(1, :workers) w
                        """)
                .param("workers", WORKERS)
                .update();

        // Persons: a deterministic id per number; person g lives in baladiya g % 50; ages 0 to 79.
        long t = System.nanoTime();
        for (long done = 0; done < PERSONS; done += 250_000L) {
            owner.sql("""
                            INSERT INTO people_person (id, registration_number, given_name_ar, father_name_ar,
                                                       family_name_ar, given_name_lat, father_name_lat,
                                                       family_name_lat, name_skeleton, match_features, sex,
                                                       date_of_birth, baladiya_pcode, registered_at, registered_by,
                                                       updated_at, updated_by)
                            SELECT md5('person-' || g)::uuid, lpad(g::text, 9, '0'),
                                   (ARRAY['محمد', 'أحمد', 'فاطمة', 'عائشة', 'يوسف', 'مريم', 'علي', 'خديجة'])[1 + g % 8],
                                   (ARRAY['عمر', 'إبراهيم', 'موسى', 'عيسى', 'آدم'])[1 + g % 5],
                                   (ARRAY['الورفلي', 'التاجوري', 'السنوسي', 'المصراتي', 'الزليتني', 'البرعصي'])[1 + g % 6],
                                   (ARRAY['Mohamed', 'Ahmed', 'Fatima', 'Aisha', 'Yusuf', 'Mariam', 'Ali', 'Khadija'])[1 + g % 8],
                                   (ARRAY['Omar', 'Ibrahim', 'Musa', 'Issa', 'Adam'])[1 + g % 5],
                                   (ARRAY['Warfalli', 'Tajouri', 'Senussi', 'Misrati', 'Zliteni', 'Baraasi'])[1 + g % 6],
                                   'x', 'x', CASE WHEN g % 2 = 0 THEN 'M' ELSE 'F' END,
                                   date '1946-01-01' + (g % 29000)::integer, b.pcode,
                                   now() - interval '3 years', 'bench', now() - interval '3 years', 'bench'
                              FROM generate_series(CAST(:from AS bigint), CAST(:to AS bigint)) g
                              JOIN bench_baladiya b ON b.n = g % :baladiya
                            """)
                    .param("from", done + 1)
                    .param("to", Math.min(PERSONS, done + 250_000L))
                    .param("baladiya", BALADIYA)
                    .update();
        }
        System.out.printf("LOAD: %,d persons in %.1f s%n", PERSONS, secs(t));

        // History: distribution d in baladiya d % 50, of two blankets each, every beneficiary served. Beneficiary k
        // of d is person ((d * 20 + k) * 48271) mod PERSONS + 1: 48271 is prime to 1,000,000, so a distribution
        // never lists a person twice.
        t = System.nanoTime();
        for (long done = 0; done < DISTRIBUTIONS; done += CHUNK) {
            long chunk = System.nanoTime();
            long from = done + 1;
            long to = Math.min(DISTRIBUTIONS, done + CHUNK);
            owner.sql("""
                            INSERT INTO assistance_distribution (id, name, baladiya_pcode, planned_on, warehouse_id,
                                service_type, per_household, targeting, programme, project, status, created_at,
                                created_by, opened_at, opened_by, closed_at, closed_by, reconciliation)
                            SELECT md5('dist-' || d)::uuid, 'History ' || d, b.pcode, day,
                                   md5('bench-warehouse')::uuid, 'nfi', false, 'Everyone registered at the site',
                                   'MRRM', 'BENCH', 'closed', day - 7, 'bench', day, 'bench', day + 1, 'bench',
                                   jsonb_build_object('listed', :per, 'served', :per, 'notServed', 0)
                              FROM (SELECT d, current_date - 1 - (d % 1095)::integer AS day
                                      FROM generate_series(CAST(:from AS bigint), CAST(:to AS bigint)) d) s
                              JOIN bench_baladiya b ON b.n = s.d % :baladiya
                            """)
                    .param("from", from)
                    .param("to", to)
                    .param("per", PER_DISTRIBUTION)
                    .param("baladiya", BALADIYA)
                    .update();
            owner.sql("""
                            INSERT INTO assistance_distribution_item (distribution_id, position, item_id, quantity)
                            SELECT md5('dist-' || d)::uuid, 1, (SELECT id FROM assistance_item WHERE code = 'blanket'), 2
                              FROM generate_series(CAST(:from AS bigint), CAST(:to AS bigint)) d
                            """)
                    .param("from", from)
                    .param("to", to)
                    .update();
            owner.sql("""
                            CREATE TEMPORARY TABLE bench_served AS
                            SELECT d, k, md5('dist-' || d)::uuid AS distribution_id,
                                   md5('ben-' || d || '-' || k)::uuid AS beneficiary_id,
                                   md5('ho-' || d || '-' || k)::uuid AS handover_id,
                                   md5('svc-' || d || '-' || k)::uuid AS service_id,
                                   md5('op-' || d || '-' || k)::uuid AS operation_id,
                                   md5('person-' || (((d * :per + k) * 48271) % :persons + 1))::uuid AS person_id,
                                   current_date - 1 - (d % 1095)::integer AS day
                              FROM generate_series(CAST(:from AS bigint), CAST(:to AS bigint)) d,
                                   generate_series(1, :per) k
                            """)
                    .param("from", from)
                    .param("to", to)
                    .param("per", PER_DISTRIBUTION)
                    .param("persons", PERSONS)
                    .update();
            owner.sql("""
                            INSERT INTO assistance_distribution_beneficiary (id, distribution_id, person_id,
                                registration_number, name_ar, name_lat, sex, born_about, person_baladiya, source,
                                added_at, added_by)
                            SELECT s.beneficiary_id, s.distribution_id, s.person_id, p.registration_number,
                                   p.given_name_ar || ' ' || p.family_name_ar, p.given_name_lat || ' ' || p.family_name_lat,
                                   p.sex, p.date_of_birth, p.baladiya_pcode, 'ids', s.day - 3, 'bench'
                              FROM bench_served s JOIN people_person p ON p.id = s.person_id
                            """)
                    .update();
            owner.sql("""
                            INSERT INTO assistance_service (id, person_id, service_type, site_id, baladiya_pcode,
                                delivered_on, programme, project, person_baladiya, recorded_at, recorded_by,
                                recorded_by_name, source, source_id, person_sex, person_age_band)
                            SELECT s.service_id, s.person_id, 'nfi', NULL, d.baladiya_pcode, s.day, 'MRRM', 'BENCH',
                                   p.baladiya_pcode, s.day + time '10:00', md5('bench-field-1')::uuid, 'bench-field-1',
                                   'distribution', s.distribution_id, p.sex,
                                   CASE WHEN age(s.day, p.date_of_birth) < interval '5 years' THEN 'UNDER_5'
                                        WHEN age(s.day, p.date_of_birth) < interval '12 years' THEN 'FROM_5_TO_11'
                                        WHEN age(s.day, p.date_of_birth) < interval '18 years' THEN 'FROM_12_TO_17'
                                        WHEN age(s.day, p.date_of_birth) < interval '60 years' THEN 'FROM_18_TO_59'
                                        ELSE 'FROM_60' END
                              FROM bench_served s JOIN people_person p ON p.id = s.person_id
                              JOIN assistance_distribution d ON d.id = s.distribution_id
                            """)
                    .update();
            owner.sql("""
                            INSERT INTO assistance_handover (id, distribution_id, beneficiary_id, person_id, received_by,
                                identity_checked, handed_over_at, recorded_at, recorded_by, service_id, stock_operation)
                            SELECT handover_id, distribution_id, beneficiary_id, person_id, 'self', true,
                                   day + time '10:00', day + time '10:00', 'bench-field-1', service_id, operation_id
                              FROM bench_served
                            """)
                    .update();
            owner.sql("""
                            INSERT INTO assistance_stock_movement (id, operation_id, warehouse_id, item_id, kind, quantity,
                                balance_after, distribution_ref, recorded_at, recorded_by)
                            SELECT gen_random_uuid(), operation_id, md5('bench-warehouse')::uuid,
                                   (SELECT id FROM assistance_item WHERE code = 'blanket'), 'DISPATCH', 2, 1000000000,
                                   distribution_id::text, day + time '10:00', 'bench-field-1'
                              FROM bench_served
                            """)
                    .update();
            owner.sql("""
                            INSERT INTO people_timeline_entry (id, person_id, occurred_at, module, kind, record_id, actor,
                                                               details)
                            SELECT gen_random_uuid(), person_id, day + time '10:00', 'assistance', 'service',
                                   service_id::text, 'bench-field-1',
                                   jsonb_build_object('service', 'nfi', 'on', day::text)
                              FROM bench_served
                            """)
                    .update();
            owner.sql("DROP TABLE bench_served").update();
            System.out.printf("LOAD: %,d distributions (%.1f s for the chunk); load average %s%n",
                    to, secs(chunk), loadAverage());
        }
        System.out.printf("LOAD: %,d distributions in %.1f s%n", DISTRIBUTIONS, secs(t));
        t = System.nanoTime();
        for (String table : List.of("people_person", "people_timeline_entry", "assistance_distribution",
                "assistance_distribution_item", "assistance_distribution_beneficiary", "assistance_handover",
                "assistance_service", "assistance_stock_movement", "access_user")) {
            owner.sql("VACUUM ANALYZE " + table).update();
        }
        System.out.printf("LOAD: vacuum analyze in %.1f s; whole load %.1f s; database %s%n",
                secs(t), secs(start),
                owner.sql("SELECT pg_size_pretty(pg_database_size(current_database()))").query(String.class).single());
    }

    static void describe(JdbcClient owner) {
        System.out.println("DATA: " + owner.sql("""
                        SELECT format('%s persons; %s distributions (%s closed); %s beneficiaries; %s hand-overs;'
                                      || ' %s services; %s stock movements; %s timeline entries',
                                      (SELECT count(*) FROM people_person),
                                      (SELECT count(*) FROM assistance_distribution),
                                      (SELECT count(*) FROM assistance_distribution WHERE status = 'closed'),
                                      (SELECT count(*) FROM assistance_distribution_beneficiary),
                                      (SELECT count(*) FROM assistance_handover),
                                      (SELECT count(*) FROM assistance_service),
                                      (SELECT count(*) FROM assistance_stock_movement),
                                      (SELECT count(*) FROM people_timeline_entry))
                        """)
                .query(String.class)
                .single());
    }

    /** A distribution opened through the API, and its beneficiaries' ids. */
    record Opened(String id, List<String> beneficiaries) {}

    static void measure(ConfigurableApplicationContext app, Environment environment, JdbcClient owner)
            throws Exception {
        String base = "http://localhost" + ":" + environment.getRequiredProperty("local.server.port");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String planner = token(app, "bench-planner");
        List<String> workers = new ArrayList<>();
        for (int w = 1; w <= WORKERS; w++) {
            workers.add(token(app, "bench-field-" + w));
        }
        String baladiya = owner.sql("SELECT pcode FROM bench_baladiya WHERE n = 0").query(String.class).single();
        // Persons of the first baladiya not yet listed by a measured distribution (a rerun takes the next ones).
        AtomicInteger nextPerson = new AtomicInteger(owner.sql("""
                        SELECT count(*) FROM assistance_distribution_beneficiary b
                          JOIN assistance_distribution d ON d.id = b.distribution_id WHERE d.project = 'BENCH-LIVE'
                        """).query(Integer.class).single());

        Map<String, long[]> results = new LinkedHashMap<>();
        Map<String, Double> rates = new LinkedHashMap<>();
        for (int callers : CALLERS) {
            Opened distribution = open(http, base, planner, workers.get(0), baladiya, HANDOVERS, nextPerson);
            long[] times = new long[HANDOVERS];
            ExecutorService pool = Executors.newFixedThreadPool(callers);
            // The first 20 hand-overs warm the paths up and are not timed.
            long t0 = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                int caller = c;
                futures.add(pool.submit(() -> {
                    for (int i = caller; i < HANDOVERS; i += callers) {
                        String body = handover(UUID.randomUUID(), distribution.beneficiaries().get(i));
                        long t = System.nanoTime();
                        HttpResponse<String> response = post(http, base + "/api/v1/assistance/distributions/"
                                + distribution.id() + "/handovers", workers.get(caller % WORKERS), body);
                        times[i] = System.nanoTime() - t;
                        if (response.statusCode() != 201) {
                            throw new IllegalStateException("hand-over: " + response.statusCode() + " "
                                    + response.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            double wall = secs(t0);
            pool.shutdown();
            String name = "one by one, " + callers + (callers == 1 ? " caller" : " callers at once");
            results.put(name, Arrays.copyOfRange(times, 20, times.length));
            rates.put(name, HANDOVERS / wall);
        }

        // A phone back online with 1,000 queued hand-overs: two requests of 500, then the same again (a re-send).
        Opened queued = open(http, base, planner, workers.get(0), baladiya, SYNC_QUEUE, nextPerson);
        List<String> queue = new ArrayList<>();
        for (String beneficiary : queued.beneficiaries()) {
            queue.add(handover(UUID.randomUUID(), beneficiary));
        }
        Map<String, String> sync = new LinkedHashMap<>();
        for (String round : List.of("first send", "re-send of the same queue")) {
            long t0 = System.nanoTime();
            Map<String, Integer> outcomes = new LinkedHashMap<>();
            List<String> requests = new ArrayList<>();
            for (int from = 0; from < queue.size(); from += SYNC_BATCH) {
                long t = System.nanoTime();
                HttpResponse<String> response = post(http, base + "/api/v1/assistance/distributions/" + queued.id()
                        + "/handovers/sync", workers.get(0), "{\"handovers\": ["
                        + String.join(",", queue.subList(from, Math.min(queue.size(), from + SYNC_BATCH))) + "]}");
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("sync: " + response.statusCode() + " " + response.body());
                }
                requests.add(String.format("%.2f s", secs(t)));
                Matcher outcome = Pattern.compile("\"outcome\"\\s*:\\s*\"([a-z-]+)\"").matcher(response.body());
                while (outcome.find()) {
                    outcomes.merge(outcome.group(1), 1, Integer::sum);
                }
            }
            sync.put(round, String.format("%.2f s (requests: %s), outcomes %s", secs(t0), requests, outcomes));
        }

        System.out.printf("%nRESULTS: %,d hand-overs per caller level (the first 20 untimed), hygiene kit of six items"
                + " dispatched from one warehouse each time; load average %s%n", HANDOVERS, loadAverage());
        System.out.println("| `POST …/handovers` | hand-overs/s | p50 ms | p90 ms | p99 ms | max ms |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        results.forEach((name, times) -> {
            long[] sorted = times.clone();
            Arrays.sort(sorted);
            System.out.printf("| %s | %.0f | %.1f | %.1f | %.1f | %.1f |%n", name, rates.get(name), ms(sorted, 0.50),
                    ms(sorted, 0.90), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        });
        sync.forEach((round, figures) -> System.out.printf("Sync of %,d queued hand-overs, %s: %s%n", SYNC_QUEUE, round,
                figures));
        System.out.println("Recorded once: " + owner.sql("""
                        WITH live AS (SELECT id FROM assistance_distribution WHERE project = 'BENCH-LIVE')
                        SELECT format('%s beneficiaries of the measured distributions: %s hand-overs, %s services and'
                                      || ' %s stock operations',
                                      (SELECT count(*) FROM assistance_distribution_beneficiary b
                                        WHERE b.distribution_id IN (SELECT id FROM live)),
                                      (SELECT count(*) FROM assistance_handover h
                                        WHERE h.distribution_id IN (SELECT id FROM live)),
                                      (SELECT count(*) FROM assistance_service s
                                        WHERE s.source_id IN (SELECT id FROM live)),
                                      (SELECT count(DISTINCT m.operation_id) FROM assistance_stock_movement m
                                        WHERE m.distribution_ref IN (SELECT id::text FROM live)))
                        """).query(String.class).single());
    }

    /**
     * Plans a distribution of the hygiene kit through the API, lists {@code size} persons of the baladiya, opens it,
     * and downloads its hand-over list as a field worker's phone does.
     */
    static Opened open(HttpClient http, String base, String planner, String worker, String baladiya, int size,
            AtomicInteger nextPerson) throws Exception {
        HttpResponse<String> planned = post(http, base + "/api/v1/assistance/distributions", planner, """
                {"name": "Bench distribution", "baladiya": "%s", "plannedOn": "%s",
                 "warehouse": "%s", "serviceType": "hygiene-kit", "perHousehold": false,
                 "items": [{"kit": "hygiene-kit", "quantity": 1}], "targeting": "Everyone listed",
                 "programme": "MRRM", "project": "BENCH-LIVE"}
                """.formatted(baladiya, java.time.LocalDate.now(java.time.ZoneId.of("Africa/Tripoli")),
                        md5Uuid("bench-warehouse")));
        expect(planned, 201);
        String id = field(planned.body(), "id");
        // Persons of the first baladiya are g = 50, 100, 150…: take the next unused ones.
        List<String> people = new ArrayList<>();
        int first = nextPerson.getAndAdd(size);
        for (int i = first; i < first + size; i++) {
            people.add("\"" + md5Uuid("person-" + ((long) (i + 1) * BALADIYA)) + "\"");
        }
        expect(post(http, base + "/api/v1/assistance/distributions/" + id + "/beneficiaries", planner,
                "{\"people\": [" + String.join(",", people) + "]}"), 200);
        expect(post(http, base + "/api/v1/assistance/distributions/" + id + "/open", planner, ""), 200);
        // As a phone downloads it: a field worker's.
        HttpResponse<String> list = get(http, base + "/api/v1/assistance/distributions/" + id + "/handover-list",
                worker);
        expect(list, 200);
        List<String> beneficiaries = new ArrayList<>();
        Matcher matcher = Pattern.compile("\"beneficiaryId\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(list.body());
        while (matcher.find()) {
            beneficiaries.add(matcher.group(1));
        }
        if (beneficiaries.size() != size) {
            throw new IllegalStateException("listed " + beneficiaries.size() + " of " + size);
        }
        return new Opened(id, beneficiaries);
    }

    static String handover(UUID id, String beneficiary) {
        return """
                {"id": "%s", "beneficiaryId": "%s", "receivedBy": "self", "identityChecked": true,
                 "handedOverAt": "%s"}
                """.formatted(id, beneficiary, Instant.now());
    }

    /** PostgreSQL's {@code md5(text)::uuid}. */
    static String md5Uuid(String text) throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("MD5")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String hex = java.util.HexFormat.of().formatHex(digest);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
    }

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }

    public static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.uri() + ": " + response.statusCode() + " " + response.body());
        }
    }

    public static String token(ConfigurableApplicationContext app, String username) {
        var principal = app.getBean(org.springframework.security.core.userdetails.UserDetailsService.class)
                .loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return app.getBean(AccountSecurity.class).createToken("handover-bench", null).secret();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    public static HttpResponse<String> post(HttpClient http, String uri, String token, String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(uri))
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", "application/json")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(HttpClient http, String uri, String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(uri))
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", "application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static double ms(long[] sorted, double quantile) {
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
