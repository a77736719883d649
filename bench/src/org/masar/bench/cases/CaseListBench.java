package org.masar.bench.cases;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import javax.sql.DataSource;
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
 * The lists of cases under load, against the whole application on its embedded PostgreSQL: 1,000,000 persons and
 * 1,000,000 cases (10 % restricted) loaded by SQL as the owner ({@code generate_series}), spread over 500 caseworkers
 * in 50 teams, each team one office in one baladiya with one supervisor; then {@code GET /api/v1/cases} over HTTP with
 * each user's API token, so that the application role (never the owner) reads under row-level security: a
 * caseworker's "my cases" and a supervisor's team list, p50/p90/p99/max. Not part of the build: see bench/README.md,
 * section "Lists of cases".
 *
 * <p>System properties: {@code bench.persons} (1,000,000), {@code bench.cases} (1,000,000), {@code bench.requests}
 * (1,000 per shape), {@code bench.callers} (4), {@code bench.data-dir} ({@code target/bench-cases}), {@code
 * bench.reuse} (true: keep a loaded folder and only measure).
 */
public final class CaseListBench {

    private CaseListBench() {}

    static final long PERSONS = Long.getLong("bench.persons", 1_000_000L);
    static final long CASES = Long.getLong("bench.cases", 1_000_000L);
    static final int REQUESTS = Integer.getInteger("bench.requests", 1_000);
    static final int CALLERS = Integer.getInteger("bench.callers", 4);
    static final int TEAMS = 50;
    static final int WORKERS = 500;
    static final long CHUNK = 250_000L;

    public static void main(String[] args) throws Exception {
        String dataDir = System.getProperty("bench.data-dir", "target/bench-cases");
        boolean reuse = Boolean.getBoolean("bench.reuse");
        if (!reuse) {
            org.springframework.util.FileSystemUtils.deleteRecursively(Path.of(dataDir));
        }
        String[] properties = {
            "--masar.embedded-postgres.data-dir=" + dataDir + "/postgres",
            "--masar.embedded-postgres.clean=false",
            "--masar.crypto.key-file=" + dataDir + "/crypto.key",
            "--server.port=0",
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
                        "PostgreSQL %s; fsync=%s synchronous_commit=%s shared_buffers=%s work_mem=%s; cores=%d;"
                                + " max heap %d MiB; load average %s%n",
                        owner.sql("SHOW server_version").query(String.class).single(),
                        owner.sql("SHOW fsync").query(String.class).single(),
                        owner.sql("SHOW synchronous_commit").query(String.class).single(),
                        owner.sql("SHOW shared_buffers").query(String.class).single(),
                        owner.sql("SHOW work_mem").query(String.class).single(),
                        Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory() >> 20,
                        loadAverage());
                long loaded = owner.sql("SELECT count(*) FROM cases_case").query(Long.class).single();
                if (loaded == 0) {
                    load(owner);
                } else {
                    System.out.printf("Reusing %,d cases already loaded%n", loaded);
                }
                describe(owner);
                Map<String, List<String>> tokens = tokens(app, owner);
                // As autovacuum keeps a table written to for years: its pages all visible (the load's own VACUUM ran
                // while the application's first transactions still held old snapshots, and left a quarter unmarked).
                owner.sql("VACUUM cases_case").update();
                System.out.println("VACUUM: " + owner.sql(
                                "SELECT relallvisible || ' of ' || relpages || ' pages all visible' FROM pg_class"
                                        + " WHERE relname = 'cases_case'")
                        .query(String.class)
                        .single());
                explain(app, owner);
                measure(environment, owner, tokens);
            }
        }
    }

    /** Offices, users and their scopes, persons, cases and flags, by SQL as the owner. */
    static void load(JdbcClient owner) {
        long start = System.nanoTime();
        owner.sql("SET synchronous_commit = off").update();
        owner.sql("SET work_mem = '256MB'").update();
        owner.sql("SET maintenance_work_mem = '512MB'").update();
        UUID organisation = UUID.randomUUID();
        owner.sql("""
                        INSERT INTO access_organisation (id, code, kind, name_en, name_ar, created_by, updated_by)
                        VALUES (:id, 'BENCH-MISSION', 'MISSION', 'Bench mission', 'بعثة القياس', 'bench', 'bench')
                        """)
                .param("id", organisation)
                .update();
        // One team per office, each office in its own baladiya, with its supervisor.
        owner.sql("""
                        CREATE TABLE bench_team AS
                        SELECT n, gen_random_uuid() AS office_id, pcode AS baladiya, gen_random_uuid() AS supervisor_id
                          FROM (SELECT row_number() OVER (ORDER BY pcode) - 1 AS n, pcode
                                  FROM geo_baladiya WHERE valid_to IS NULL ORDER BY pcode LIMIT :teams) b
                        """)
                .param("teams", TEAMS)
                .update();
        owner.sql("""
                        INSERT INTO access_office (id, organisation_id, code, name_en, name_ar, baladiya_pcode,
                                                   created_by, updated_by)
                        SELECT office_id, :organisation, 'BENCH-OFF-' || n, 'Bench office ' || n, 'مكتب ' || n,
                               baladiya, 'bench', 'bench'
                          FROM bench_team
                        """)
                .param("organisation", organisation)
                .update();
        owner.sql("""
                        CREATE TABLE bench_worker AS
                        SELECT w AS n, gen_random_uuid() AS user_id, t.n AS team, t.office_id, t.baladiya,
                               t.supervisor_id
                          FROM generate_series(0, :workers - 1) w JOIN bench_team t ON t.n = w % :teams
                        """)
                .param("workers", WORKERS)
                .param("teams", TEAMS)
                .update();
        owner.sql("""
                        INSERT INTO access_user (id, username, display_name, password_hash, must_change_password,
                                                 created_by, updated_by)
                        SELECT supervisor_id, 'bench-supervisor-' || n, 'Supervisor ' || n, 'x', false, 'bench',
                               'bench'
                          FROM bench_team
                        """)
                .update();
        owner.sql("""
                        INSERT INTO access_user (id, username, display_name, password_hash, must_change_password,
                                                 created_by, updated_by, supervisor_id)
                        SELECT user_id, 'bench-caseworker-' || n, 'Caseworker ' || n, 'x', false, 'bench', 'bench',
                               supervisor_id
                          FROM bench_worker
                        """)
                .update();
        owner.sql("""
                        INSERT INTO access_user_role (user_id, role_code)
                        SELECT supervisor_id, 'CASE_SUPERVISOR' FROM bench_team
                        UNION ALL
                        SELECT user_id, CASE WHEN n % 2 = 0 THEN 'CASEWORKER' ELSE 'PROTECTION_CASEWORKER' END
                          FROM bench_worker
                        """)
                .update();
        // Their scripts' tokens: a custom role with api:tokens only (the built-in case roles have no API tokens).
        owner.sql("""
                        INSERT INTO access_role (code, built_in, name_en, name_ar)
                        VALUES ('BENCH_API_CLIENT', false, 'Bench API client', 'عميل واجهة القياس')
                        """)
                .update();
        owner.sql("INSERT INTO access_role_permission (role_code, permission) VALUES ('BENCH_API_CLIENT', 'api:tokens')")
                .update();
        owner.sql("""
                        INSERT INTO access_user_role (user_id, role_code)
                        SELECT supervisor_id, 'BENCH_API_CLIENT' FROM bench_team
                        UNION ALL SELECT user_id, 'BENCH_API_CLIENT' FROM bench_worker
                        """)
                .update();
        owner.sql("""
                        WITH u AS (SELECT supervisor_id AS id, office_id, baladiya FROM bench_team
                                   UNION ALL SELECT user_id, office_id, baladiya FROM bench_worker)
                        INSERT INTO access_user_office_scope (user_id, office_id) SELECT id, office_id FROM u
                        """)
                .update();
        owner.sql("""
                        WITH u AS (SELECT supervisor_id AS id, office_id, baladiya FROM bench_team
                                   UNION ALL SELECT user_id, office_id, baladiya FROM bench_worker)
                        INSERT INTO access_user_baladiya_scope (user_id, pcode) SELECT id, baladiya FROM u
                        """)
                .update();
        owner.sql("""
                        WITH u AS (SELECT supervisor_id AS id FROM bench_team UNION ALL SELECT user_id FROM bench_worker)
                        INSERT INTO access_user_programme_scope (user_id, programme)
                        SELECT id, p FROM u, unnest(ARRAY['MRRM', 'PROTECTION', 'HEALTH', 'MHPSS', 'VHR']) p
                        """)
                .update();
        // Persons: a deterministic id per number, so that cases can name one without a join.
        long t = System.nanoTime();
        for (long done = 0; done < PERSONS; done += CHUNK) {
            owner.sql("""
                            INSERT INTO people_person (id, registration_number, given_name_ar, father_name_ar,
                                                       family_name_ar, given_name_lat, father_name_lat,
                                                       family_name_lat, name_skeleton, match_features, sex,
                                                       baladiya_pcode, registered_at, registered_by, updated_at,
                                                       updated_by)
                            SELECT md5('person-' || g)::uuid, lpad(g::text, 9, '0'),
                                   (ARRAY['محمد', 'أحمد', 'فاطمة', 'عائشة', 'يوسف', 'مريم', 'علي', 'خديجة'])[1 + g % 8],
                                   (ARRAY['عمر', 'إبراهيم', 'موسى', 'عيسى', 'آدم'])[1 + g % 5],
                                   (ARRAY['الورفلي', 'التاجوري', 'السنوسي', 'المصراتي', 'الزليتني', 'البرعصي'])[1 + g % 6],
                                   (ARRAY['Mohamed', 'Ahmed', 'Fatima', 'Aisha', 'Yusuf', 'Mariam', 'Ali', 'Khadija'])[1 + g % 8],
                                   (ARRAY['Omar', 'Ibrahim', 'Musa', 'Issa', 'Adam'])[1 + g % 5],
                                   (ARRAY['Warfalli', 'Tajouri', 'Senussi', 'Misrati', 'Zliteni', 'Baraasi'])[1 + g % 6],
                                   'x', 'x', CASE WHEN g % 2 = 0 THEN 'M' ELSE 'F' END, NULL,
                                   now() - interval '3 years', 'bench', now() - interval '3 years', 'bench'
                              FROM generate_series(CAST(:from AS bigint), CAST(:to AS bigint)) g
                            """)
                    .param("from", done + 1)
                    .param("to", Math.min(PERSONS, done + CHUNK))
                    .update();
        }
        System.out.printf("LOAD: %,d persons in %.1f s%n", PERSONS, secs(t));
        // Cases: a caseworker chosen with a skew (power 1.2: the busiest has about 3 times the median's cases), 10 %
        // restricted (protection and health types), 35 % open, 5 % transferred, 60 % closed, updated over 3 years.
        t = System.nanoTime();
        for (long done = 0; done < CASES; done += CHUNK) {
            long chunk = System.nanoTime();
            owner.sql("""
                            INSERT INTO cases_case (id, case_number, case_type, person_id, office_id, baladiya_pcode,
                                                    assigned_to, sensitivity, status, stage, opened_at, opened_by,
                                                    closed_at, closure_reason, updated_at, updated_by)
                            SELECT gen_random_uuid(), 'B' || lpad(g::text, 8, '0'),
                                   CASE WHEN r1 < 0.10
                                        THEN (ARRAY['gbv', 'trafficking', 'child-protection', 'health'])[1 + g % 4]
                                        ELSE (ARRAY['mrrm-assistance', 'mhpss', 'voluntary-return'])[1 + g % 3] END,
                                   md5('person-' || (1 + floor(r4 * :persons)::bigint))::uuid,
                                   w.office_id, w.baladiya, w.user_id,
                                   CASE WHEN r1 < 0.10 THEN 'RESTRICTED' ELSE 'NORMAL' END,
                                   CASE WHEN r2 < 0.35 THEN 'open' WHEN r2 < 0.40 THEN 'transferred' ELSE 'closed' END,
                                   CASE WHEN r2 < 0.35
                                        THEN (ARRAY['new', 'assessment', 'case-plan', 'services',
                                                    'services-implemented'])[1 + g % 5]
                                        WHEN r2 < 0.40 THEN 'services' ELSE 'closed' END,
                                   at - interval '30 days', 'bench',
                                   CASE WHEN r2 >= 0.40 THEN at END, CASE WHEN r2 >= 0.40 THEN 'services delivered' END,
                                   at, 'bench'
                              FROM (SELECT g, random() AS r1, random() AS r2, random() AS r4,
                                           now() - random() * interval '3 years' AS at,
                                           floor(:workers * power(random(), 1.2))::integer AS worker
                                      FROM generate_series(CAST(:from AS bigint), CAST(:to AS bigint)) g) s
                              JOIN bench_worker w ON w.n = s.worker
                            """)
                    .param("persons", PERSONS)
                    .param("workers", WORKERS)
                    .param("from", done + 1)
                    .param("to", Math.min(CASES, done + CHUNK))
                    .update();
            System.out.printf("LOAD: %,d cases (%.1f s for the chunk); load average %s%n",
                    Math.min(CASES, done + CHUNK), secs(chunk), loadAverage());
        }
        System.out.printf("LOAD: %,d cases in %.1f s%n", CASES, secs(t));
        t = System.nanoTime();
        long flags = owner.sql("""
                        INSERT INTO cases_flag (id, case_id, message, flag_date, flagged_at, flagged_by)
                        SELECT gen_random_uuid(), id, 'Do not contact the family', current_date, now(), 'bench'
                          FROM cases_case TABLESAMPLE BERNOULLI (2)
                        """)
                .update();
        System.out.printf("LOAD: %,d flags in %.1f s%n", flags, secs(t));
        t = System.nanoTime();
        for (String table : List.of("people_person", "cases_case", "cases_flag", "access_user")) {
            owner.sql("VACUUM ANALYZE " + table).update();
        }
        System.out.printf("LOAD: vacuum analyze in %.1f s; whole load %.1f s; database %s%n",
                secs(t), secs(start),
                owner.sql("SELECT pg_size_pretty(pg_database_size(current_database()))").query(String.class).single());
    }

    static void describe(JdbcClient owner) {
        System.out.println("DATA: " + owner.sql("""
                        WITH per AS (
                            SELECT assigned_to, count(*) AS n, count(*) FILTER (WHERE sensitivity = 'RESTRICTED') AS r,
                                   count(*) FILTER (WHERE status = 'open') AS o
                              FROM cases_case GROUP BY assigned_to),
                        teams AS (
                            SELECT u.supervisor_id, sum(per.n) AS t, sum(per.r) AS r FROM per
                              JOIN access_user u ON u.id = per.assigned_to
                             WHERE u.supervisor_id IS NOT NULL GROUP BY 1)
                        SELECT format('%s persons; %s cases, %s restricted, %s open; per caseworker: min %s, median %s,'
                                      || ' max %s (open: median %s); per team: min %s, median %s, max %s (restricted:'
                                      || ' max %s); %s open flags',
                                      (SELECT count(*) FROM people_person), (SELECT sum(n) FROM per),
                                      (SELECT sum(r) FROM per), (SELECT sum(o) FROM per), (SELECT min(n) FROM per),
                                      (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY n) FROM per),
                                      (SELECT max(n) FROM per),
                                      (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY o) FROM per),
                                      (SELECT min(t) FROM teams),
                                      (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY t) FROM teams),
                                      (SELECT max(t) FROM teams), (SELECT max(r) FROM teams),
                                      (SELECT count(*) FROM cases_flag WHERE removed_at IS NULL))
                        """)
                .query(String.class)
                .single());
    }

    /** An API token for every supervisor and caseworker: "supervisors" and "caseworkers", busiest first. */
    static Map<String, List<String>> tokens(ConfigurableApplicationContext app, JdbcClient owner) {
        Map<String, List<String>> tokens = new LinkedHashMap<>();
        Function<String, List<String>> issue = sql -> owner.sql(sql).query(String.class).list().stream()
                .map(username -> token(app, username))
                .toList();
        tokens.put("caseworkers", issue.apply("""
                        SELECT u.username FROM bench_worker w JOIN access_user u ON u.id = w.user_id
                          LEFT JOIN cases_case c ON c.assigned_to = w.user_id
                         GROUP BY u.username ORDER BY count(c.id) DESC, u.username
                        """));
        tokens.put("supervisors", issue.apply("""
                        SELECT u.username FROM bench_team t JOIN access_user u ON u.id = t.supervisor_id
                          JOIN bench_worker w ON w.team = t.n LEFT JOIN cases_case c ON c.assigned_to = w.user_id
                         GROUP BY u.username ORDER BY count(c.id) DESC, u.username
                        """));
        System.out.printf("TOKENS: %d caseworkers, %d supervisors%n",
                tokens.get("caseworkers").size(), tokens.get("supervisors").size());
        return tokens;
    }

    static String token(ConfigurableApplicationContext app, String username) {
        var principal = app.getBean(org.springframework.security.core.userdetails.UserDetailsService.class)
                .loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return app.getBean(AccountSecurity.class).createToken("cases-bench", null).secret();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * The plans of the busiest team's list and count, as the application role with the supervisor named in
     * {@code masar.user_id}: what row-level security costs.
     */
    static void explain(ConfigurableApplicationContext app, JdbcClient owner) throws Exception {
        Map<String, Object> busiest = owner.sql("""
                        SELECT t.supervisor_id, array_agg(w.user_id) AS team FROM bench_team t
                          JOIN bench_worker w ON w.team = t.n
                         WHERE t.n = (SELECT w2.team FROM bench_worker w2 JOIN cases_case c ON c.assigned_to = w2.user_id
                                       GROUP BY w2.team ORDER BY count(*) DESC LIMIT 1)
                         GROUP BY t.supervisor_id
                        """)
                .query()
                .singleRow();
        String supervisor = busiest.get("supervisor_id").toString();
        String team = busiest.get("team").toString().replace("{", "'{").replace("}", "}'::uuid[]");
        String scopes = " AND (c.office_id = ANY(ARRAY(SELECT office_id FROM access_user_office_scope WHERE user_id = '"
                + supervisor + "'))) IS TRUE";
        DataSource application = app.getBean(DataSource.class);
        try (Connection connection = application.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try (ResultSet role = statement.executeQuery(
                    "SELECT current_user, set_config('masar.user_id', '" + supervisor + "', true)")) {
                role.next();
                System.out.println("EXPLAIN as role " + role.getString(1) + ", masar.user_id = the busiest team's supervisor");
            }
            for (String query : List.of(
                    "SELECT count(*) FROM cases_case c JOIN cases_case_type t ON t.code = c.case_type"
                            + " WHERE c.assigned_to = ANY(" + team + ")" + scopes,
                    "WITH page AS MATERIALIZED (SELECT c.id, count(*) OVER () AS total FROM cases_case c JOIN cases_case_type t"
                            + " ON t.code = c.case_type WHERE c.assigned_to = ANY(" + team + ")" + scopes
                            + " ORDER BY c.status <> 'open', c.updated_at DESC, c.id LIMIT 20)"
                            + " SELECT c.id, c.case_number, c.updated_at, (SELECT count(*) FROM cases_flag f"
                            + " WHERE f.case_id = c.id AND f.removed_at IS NULL) FROM page JOIN cases_case c ON c.id = page.id"
                            + " JOIN cases_case_type t ON t.code = c.case_type"
                            + " JOIN cases_stage s ON s.case_type = c.case_type AND s.code = c.stage"
                            + " ORDER BY c.status <> 'open', c.updated_at DESC, c.id LIMIT 20")) {
                System.out.println("EXPLAIN " + query.substring(0, 60) + "…");
                try (ResultSet plan = statement.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + query)) {
                    while (plan.next()) {
                        System.out.println("  " + plan.getString(1));
                    }
                }
            }
            connection.rollback();
        }
    }

    record Shape(String name, String query, String who, int users) {}

    static void measure(Environment environment, JdbcClient owner, Map<String, List<String>> tokens) throws Exception {
        int port = Integer.parseInt(environment.getRequiredProperty("local.server.port"));
        List<Shape> shapes = List.of(
                new Shape("caseworker: my cases, open first (all 500, in turn)", "assignee=me&sort=open-first&size=20",
                        "caseworkers", WORKERS),
                new Shape("caseworker: my open cases (all 500)", "assignee=me&status=open&size=20", "caseworkers",
                        WORKERS),
                new Shape("busiest caseworker: my cases, open first", "assignee=me&sort=open-first&size=20",
                        "caseworkers", 1),
                new Shape("supervisor: my team's cases, open first (all 50)", "team=true&sort=open-first&size=20",
                        "supervisors", TEAMS),
                new Shape("supervisor: my team's open cases (all 50)", "team=true&status=open&size=20", "supervisors",
                        TEAMS),
                new Shape("busiest team: my team's cases, open first", "team=true&sort=open-first&size=20",
                        "supervisors", 1));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, long[]> results = new LinkedHashMap<>();
        Random random = new Random(42);
        for (Shape shape : shapes) {
            List<String> who = tokens.get(shape.who()).subList(0, shape.users());
            URI uri = URI.create("http://localhost:" + port + "/api/v1/cases?" + shape.query());
            HttpResponse<String> sample = get(http, uri, who.get(0));
            if (sample.statusCode() != 200) {
                throw new IllegalStateException(shape.name() + ": " + sample.statusCode() + " " + sample.body());
            }
            System.out.printf("SAMPLE %s: %s…%n", shape.name(), sample.body().substring(0, Math.min(160, sample.body().length())));
            for (int i = 0; i < 100; i++) {
                get(http, uri, who.get(random.nextInt(who.size())));
            }
            long[] times = new long[REQUESTS];
            for (int i = 0; i < REQUESTS; i++) {
                String token = who.get(i % who.size());
                long t = System.nanoTime();
                HttpResponse<String> response = get(http, uri, token);
                times[i] = System.nanoTime() - t;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(shape.name() + ": " + response.statusCode());
                }
            }
            results.put(shape.name() + " (" + sample.body().length() + " bytes)", times);
        }
        // Caseworkers and supervisors at once, as a morning in the offices would have them.
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        long[] concurrent = new long[REQUESTS];
        long t0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < CALLERS; c++) {
            int caller = c;
            futures.add(callers.submit(() -> {
                for (int i = caller; i < REQUESTS; i += CALLERS) {
                    boolean team = i % 4 == 0;
                    List<String> who = tokens.get(team ? "supervisors" : "caseworkers");
                    URI uri = URI.create("http://localhost:" + port + "/api/v1/cases?"
                            + (team ? "team=true" : "assignee=me") + "&sort=open-first&size=20");
                    long t = System.nanoTime();
                    HttpResponse<String> response = get(http, uri, who.get(i % who.size()));
                    concurrent[i] = System.nanoTime() - t;
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("concurrent: " + response.statusCode());
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        double wall = secs(t0);
        callers.shutdown();
        results.put("3 caseworkers' lists to 1 team list, " + CALLERS + " callers at once", concurrent);
        System.out.printf("%nRESULTS: %,d requests per shape after 100 warm-up; load average %s%n", REQUESTS,
                loadAverage());
        System.out.println("| `GET /api/v1/cases` | p50 ms | p90 ms | p99 ms | max ms |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        results.forEach((name, times) -> {
            long[] sorted = times.clone();
            Arrays.sort(sorted);
            System.out.printf("| %s | %.1f | %.1f | %.1f | %.1f |%n",
                    name, ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        });
        System.out.printf("Concurrent: %,d requests from %d callers in %.1f s: %,.0f requests/s%n",
                REQUESTS, CALLERS, wall, REQUESTS / wall);
        System.out.printf("Audit entries for restricted cases shown: %,d%n",
                owner.sql("SELECT count(*) FROM audit_entry WHERE action = 'cases.case.listed'")
                        .query(Long.class)
                        .single());
    }

    static HttpResponse<String> get(HttpClient http, URI uri, String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri)
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
