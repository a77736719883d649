package org.masar.bench.dtmflow;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.masar.MasarApplication;
import org.masar.access.AccountSecurity;
import org.masar.dtm.FlowMonitoring;
import org.masar.dtm.FlowMonitoringNewCount;
import org.masar.dtm.FlowMonitoringNewSurvey;
import org.masar.dtm.FlowMonitoringSurveys;
import org.masar.geo.SiteId;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The DTM flow-monitoring benchmark, against the whole application on its embedded PostgreSQL: loads years of daily
 * counts at flow-monitoring points and ten million flow-monitoring surveys by SQL ({@code generate_series}), builds the
 * daily and monthly figures the summary reads as the application would have kept them, records a few counts and surveys
 * through the application to check that its own upkeep agrees, then measures {@code GET /api/v1/dtm/flow-summary} over
 * HTTP (an API token, as a partner's script would call it): p50, p90, p99 and max per query shape. Not part of the
 * build: see bench/README.md, section "DTM flow monitoring".
 *
 * <p>System properties: {@code bench.surveys} (10,000,000), {@code bench.points} (60), {@code bench.years} (5),
 * {@code bench.requests} (1,000 per shape), {@code bench.callers} (8, for the concurrent run), {@code bench.data-dir}
 * ({@code target/bench-dtm-flow}), {@code bench.reuse} (true: keep a loaded folder and only measure).
 */
public final class DtmFlowBench {

    private DtmFlowBench() {}

    static final long SURVEYS = Long.getLong("bench.surveys", 10_000_000L);
    static final int POINTS = Integer.getInteger("bench.points", 60);
    static final int YEARS = Integer.getInteger("bench.years", 5);
    static final int REQUESTS = Integer.getInteger("bench.requests", 1_000);
    static final int CALLERS = Integer.getInteger("bench.callers", 8);
    static final long CHUNK = 1_000_000L;
    static final String VERSION_1 = "7d7e0b1e-9d1a-4c1e-8f00-000000000001";

    public static void main(String[] args) throws Exception {
        String dataDir = System.getProperty("bench.data-dir", "target/bench-dtm-flow");
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
                        "PostgreSQL %s; fsync=%s synchronous_commit=%s shared_buffers=%s; cores=%d; max heap %d MiB;"
                                + " load average %s%n",
                        owner.sql("SHOW server_version").query(String.class).single(),
                        owner.sql("SHOW fsync").query(String.class).single(),
                        owner.sql("SHOW synchronous_commit").query(String.class).single(),
                        owner.sql("SHOW shared_buffers").query(String.class).single(),
                        Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory() >> 20,
                        loadAverage());
                LocalDate last = LocalDate.of(2026, 11, 30);
                LocalDate first = last.minusYears(YEARS).plusDays(1);
                long loaded = owner.sql("SELECT count(*) FROM dtm_flow_survey").query(Long.class).single();
                if (loaded == 0) {
                    load(owner, first, last);
                } else {
                    System.out.printf("Reusing %,d surveys already loaded%n", loaded);
                }
                String token = token(app, owner);
                throughTheApplication(app, owner, last);
                consistency(owner);
                naive(owner, first, last);
                measure(environment, token, owner, first, last);
            }
        }
    }

    /** Points, counts, surveys and the summary's figures, by SQL. */
    static void load(JdbcClient owner, LocalDate first, LocalDate last) {
        long start = System.nanoTime();
        owner.sql("SET synchronous_commit = off").update();
        owner.sql("SET work_mem = '256MB'").update();
        owner.sql("SET maintenance_work_mem = '512MB'").update();
        // Flow-monitoring points in as many baladiya, as a DTM officer would have created them in the gazetteer.
        owner.sql("CREATE TABLE bench_flow_point (n integer PRIMARY KEY, id uuid NOT NULL, baladiya text NOT NULL)")
                .update();
        owner.sql("""
                        INSERT INTO bench_flow_point (n, id, baladiya)
                        SELECT row_number() OVER (ORDER BY pcode) - 1, gen_random_uuid(), pcode
                          FROM geo_baladiya WHERE valid_to IS NULL ORDER BY pcode LIMIT :points
                        """)
                .param("points", POINTS)
                .update();
        int points = owner.sql("SELECT count(*) FROM bench_flow_point").query(Integer.class).single();
        owner.sql("""
                        INSERT INTO geo_site (id, code, type, name_en, name_ar, baladiya_pcode, active, created_at,
                                              created_by, updated_at, updated_by)
                        SELECT id, 'BENCH-FMP-' || n, 'FLOW_MONITORING_POINT', 'Bench point ' || n, 'نقطة ' || n,
                               baladiya, true, now(), 'bench', now(), 'bench'
                          FROM bench_flow_point
                        """)
                .update();
        long days = java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
        // One count per point and day, with sex/age and nationality breakdowns within the totals.
        long t = System.nanoTime();
        long counts = owner.sql("""
                        INSERT INTO dtm_flow_count (site_id, day, baladiya_pcode, incoming, outgoing, figures, revision,
                                                    recorded_at, recorded_by)
                        SELECT id, day, baladiya, i, o,
                               jsonb_build_object('in', i, 'out', o,
                                 'in.f.children', i / 10, 'in.f.adults', i / 5, 'in.m.children', i / 10,
                                 'in.m.adults', i / 2, 'out.f.adults', o / 5, 'out.m.adults', o / 2,
                                 'in.nationality.NER', i / 3, 'in.nationality.SDN', i / 4, 'in.nationality.EGY', i / 6,
                                 'in.nationality.TCD', i / 10, 'out.nationality.NER', o / 2,
                                 'out.nationality.EGY', o / 4),
                               1, day + time '18:00', 'bench'
                          FROM (SELECT p.id, p.baladiya, d::date AS day, (20 + random() * 300)::bigint AS i,
                                       (10 + random() * 150)::bigint AS o
                                  FROM bench_flow_point p, generate_series(CAST(:first AS date), CAST(:last AS date),
                                                                           interval '1 day') d) c
                        """)
                .param("first", java.sql.Date.valueOf(first))
                .param("last", java.sql.Date.valueOf(last))
                .update();
        System.out.printf("LOAD: %,d daily counts (%d points × %,d days) in %.1f s%n", counts, points, days, secs(t));
        // The surveys, in chunks of a million: a point, a day, a respondent and answers to version 1.
        owner.sql("DROP INDEX dtm_flow_survey_site_idx").update();
        for (long done = 0; done < SURVEYS; done += CHUNK) {
            t = System.nanoTime();
            long chunk = Math.min(CHUNK, SURVEYS - done);
            owner.sql("""
                            INSERT INTO dtm_flow_survey (id, site_id, baladiya_pcode, surveyed_on, version_id, sex,
                                                         age_band, nationality, answers, recorded_at, recorded_by)
                            SELECT gen_random_uuid(), p.id, p.baladiya, CAST(:first AS date) + s.d,
                                   CAST(:version AS uuid), CASE WHEN s.r < 0.25 THEN 'f' ELSE 'm' END,
                                   (ARRAY['under-18', '18-25', '26-40', '41-60', 'over-60'])[1 + (s.g % 5)],
                                   CASE WHEN s.r < 0.05 THEN NULL ELSE s.nat END,
                                   jsonb_build_object('origin-country', coalesce(s.nat, 'NER'),
                                     'transit-countries', jsonb_build_array('DZA'),
                                     'intended-destination', CASE WHEN s.r < 0.5 THEN 'ITA' ELSE 'LBY' END,
                                     'reasons-for-leaving', jsonb_build_array(
                                       (ARRAY['economic', 'conflict', 'insecurity', 'family', 'education',
                                              'other'])[1 + (s.g % 6)]),
                                     'needs', jsonb_build_array('food', 'cash')),
                                   CAST(:first AS date) + s.d + time '12:00', 'bench'
                              FROM (SELECT g, floor(random() * :days)::integer AS d, random() AS r,
                                           (ARRAY['NER', 'SDN', 'EGY', 'TCD', 'NGA', 'MLI', 'GHA', 'BGD', 'SYR',
                                                  'ERI', 'ETH', 'SOM'])[1 + floor(random() * 12)::integer] AS nat
                                      FROM generate_series(CAST(:from AS bigint), CAST(:to AS bigint)) g) s
                              JOIN bench_flow_point p ON p.n = s.g % :points
                            """)
                    .param("first", java.sql.Date.valueOf(first))
                    .param("version", VERSION_1)
                    .param("days", days)
                    .param("from", done + 1)
                    .param("to", done + chunk)
                    .param("points", points)
                    .update();
            System.out.printf(
                    "LOAD: %,d surveys in %.1f s (%,.0f rows/s); load average %s%n",
                    done + chunk, secs(t), chunk / secs(t), loadAverage());
        }
        t = System.nanoTime();
        owner.sql("CREATE INDEX dtm_flow_survey_site_idx ON dtm_flow_survey (site_id, surveyed_on)").update();
        System.out.printf("LOAD: survey index built in %.1f s%n", secs(t));
        // The figures by day and by month, per baladiya and for Libya ('LY'), as the application keeps them.
        t = System.nanoTime();
        long daily = owner.sql("""
                        INSERT INTO dtm_flow_daily_figure (day, baladiya_pcode, key, value)
                        WITH s AS (
                          SELECT surveyed_on AS day, baladiya_pcode AS b, nationality, count(*) AS n
                            FROM dtm_flow_survey GROUP BY 1, 2, 3
                        ), raw AS (
                          SELECT c.day, c.baladiya_pcode AS b, f.key, f.value::bigint AS value
                            FROM dtm_flow_count c, jsonb_each_text(c.figures) f (key, value)
                          UNION ALL SELECT day, b, 'surveys', n FROM s
                          UNION ALL SELECT day, b, 'surveys.nationality.' || nationality, n FROM s
                                     WHERE nationality IS NOT NULL
                        )
                        SELECT day, a.area, key, sum(value)
                          FROM raw CROSS JOIN LATERAL (VALUES (raw.b), ('LY')) a (area)
                         GROUP BY 1, 2, 3
                        """)
                .update();
        long monthly = owner.sql("""
                        INSERT INTO dtm_flow_monthly_figure (month, baladiya_pcode, key, value)
                        SELECT date_trunc('month', day)::date, baladiya_pcode, key, sum(value)
                          FROM dtm_flow_daily_figure GROUP BY 1, 2, 3
                        """)
                .update();
        System.out.printf("LOAD: %,d daily and %,d monthly figures in %.1f s%n", daily, monthly, secs(t));
        owner.sql("DROP TABLE bench_flow_point").update();
        t = System.nanoTime();
        owner.sql("VACUUM ANALYZE dtm_flow_survey").update();
        owner.sql("VACUUM ANALYZE dtm_flow_count").update();
        owner.sql("VACUUM ANALYZE dtm_flow_daily_figure").update();
        owner.sql("VACUUM ANALYZE dtm_flow_monthly_figure").update();
        System.out.printf("LOAD: vacuum analyze in %.1f s; whole load %.1f s; database %s%n",
                secs(t), secs(start),
                owner.sql("SELECT pg_size_pretty(pg_database_size(current_database()))").query(String.class).single());
    }

    /** A bench user, DTM officer, and an API token of theirs. */
    static String token(ConfigurableApplicationContext app, JdbcClient owner) {
        String username = "dtm-bench-" + Long.toHexString(System.nanoTime());
        UUID user = UUID.randomUUID();
        owner.sql("INSERT INTO access_user (id, username, display_name, password_hash, must_change_password,"
                        + " created_by, updated_by) VALUES (:id, :u, :u, 'x', false, 'bench', 'bench')")
                .param("id", user)
                .param("u", username)
                .update();
        owner.sql("INSERT INTO access_user_role (user_id, role_code) VALUES (:id, 'DTM_OFFICER')")
                .param("id", user)
                .update();
        // Issuing a token needs a signed-in account (its principal), as the account page has.
        var principal = app.getBean(org.springframework.security.core.userdetails.UserDetailsService.class)
                .loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return app.getBean(AccountSecurity.class)
                    .createToken("dtm-flow-bench", null)
                    .secret();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static void signIn(String username) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username,
                null,
                List.of(
                        new SimpleGrantedAuthority("geo:read"),
                        new SimpleGrantedAuthority("dtm:read"),
                        new SimpleGrantedAuthority("dtm:collect"),
                        new SimpleGrantedAuthority("api:tokens"))));
        SecurityContextHolder.setContext(context);
    }

    /** A few counts (one replacing another) and surveys through the application: its upkeep of the figures. */
    static void throughTheApplication(ConfigurableApplicationContext app, JdbcClient owner, LocalDate last) {
        UUID point = owner.sql("SELECT id FROM geo_site WHERE code LIKE 'BENCH-FMP-%' ORDER BY code LIMIT 1")
                .query(UUID.class)
                .single();
        signIn("dtm-bench-app");
        try {
            FlowMonitoring flows = app.getBean(FlowMonitoring.class);
            FlowMonitoringSurveys surveys = app.getBean(FlowMonitoringSurveys.class);
            JsonMapper json = JsonMapper.builder().build();
            long t = System.nanoTime();
            int n = 200;
            for (int i = 0; i < n; i++) {
                LocalDate day = last.minusDays(i % 20);
                flows.record(
                        new SiteId(point),
                        day,
                        new FlowMonitoringNewCount(
                                new FlowMonitoringNewCount.Flow(100 + i, Map.of("f.adults", 10L), Map.of("NER", 50L)),
                                new FlowMonitoringNewCount.Flow(40, Map.of(), Map.of())));
            }
            System.out.printf("APP: %d counts recorded (replacing) through the face in %.1f ms each%n",
                    n, secs(t) * 1000 / n);
            t = System.nanoTime();
            for (int i = 0; i < n; i++) {
                surveys.record(new FlowMonitoringNewSurvey(
                        new SiteId(point),
                        last.minusDays(i % 20),
                        null,
                        "f",
                        "26-40",
                        "SDN",
                        json.readTree("""
                                {"origin-country": "SDN", "intended-destination": "ITA",
                                 "reasons-for-leaving": ["conflict"], "needs": ["health"]}
                                """)));
            }
            System.out.printf("APP: %d surveys recorded through the face in %.1f ms each%n", n, secs(t) * 1000 / n);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The summary's figures against the counts and surveys themselves. */
    static void consistency(JdbcClient owner) throws InterruptedException {
        // what counts and surveys appended is added to the figures by the fold, every second: wait for it
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (owner.sql("SELECT count(*) FROM dtm_flow_figure_delta").query(Long.class).single() > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        long t = System.nanoTime();
        long surveys = owner.sql("SELECT count(*) FROM dtm_flow_survey").query(Long.class).single();
        long incoming = owner.sql("SELECT sum(incoming) FROM dtm_flow_count").query(Long.class).single();
        long rolledSurveys = owner.sql("SELECT sum(value) FROM dtm_flow_monthly_figure"
                        + " WHERE baladiya_pcode = 'LY' AND key = 'surveys'")
                .query(Long.class)
                .single();
        long rolledIncoming = owner.sql("SELECT sum(value) FROM dtm_flow_daily_figure"
                        + " WHERE baladiya_pcode = 'LY' AND key = 'in'")
                .query(Long.class)
                .single();
        System.out.printf(
                "CHECK: surveys %,d, in the monthly figures %,d; incoming %,d, in the daily figures %,d: %s (%.1f s)%n",
                surveys, rolledSurveys, incoming, rolledIncoming,
                surveys == rolledSurveys && incoming == rolledIncoming ? "AGREE" : "DISAGREE",
                secs(t));
    }

    /** What the summary would cost read from the surveys themselves, once, for comparison. */
    static void naive(JdbcClient owner, LocalDate first, LocalDate last) {
        long t = System.nanoTime();
        owner.sql("""
                        SELECT date_trunc('month', surveyed_on), nationality, count(*) FROM dtm_flow_survey
                         WHERE surveyed_on BETWEEN :first AND :last GROUP BY 1, 2
                        """)
                .param("first", java.sql.Date.valueOf(first))
                .param("last", java.sql.Date.valueOf(last))
                .query()
                .listOfRows();
        System.out.printf("NAIVE: surveys by month and nationality read from the surveys themselves: %.0f ms%n",
                secs(t) * 1000);
    }

    record Shape(String name, String query) {}

    static void measure(Environment environment, String token, JdbcClient owner, LocalDate first, LocalDate last)
            throws Exception {
        int port = Integer.parseInt(environment.getRequiredProperty("local.server.port"));
        String baladiya = owner.sql("SELECT baladiya_pcode FROM geo_site WHERE code = 'BENCH-FMP-7'")
                .query(String.class)
                .optional()
                .orElse("LY021401");
        List<Shape> shapes = List.of(
                new Shape(YEARS + " years, Libya, by month", "from=" + first + "&to=" + last),
                new Shape("30 days, Libya, by day", "from=" + last.minusDays(29) + "&to=" + last),
                new Shape("1 year, Libya, by day", "from=" + last.minusDays(365) + "&to=" + last + "&granularity=DAY"),
                new Shape(
                        YEARS + " years cut inside months, one baladiya, by month",
                        "from=" + first.plusDays(17) + "&to=" + last.minusDays(11) + "&baladiya=" + baladiya),
                new Shape("1 year, one baladiya, by month",
                        "from=" + last.minusYears(1).plusDays(1) + "&to=" + last + "&baladiya=" + baladiya));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, long[]> results = new LinkedHashMap<>();
        for (Shape shape : shapes) {
            URI uri = URI.create("http://localhost:" + port + "/api/v1/dtm/flow-summary?" + shape.query());
            HttpResponse<String> sample = get(http, uri, token);
            if (sample.statusCode() != 200) {
                throw new IllegalStateException(shape.name() + ": " + sample.statusCode() + " " + sample.body());
            }
            for (int i = 0; i < 100; i++) {
                get(http, uri, token);
            }
            long[] times = new long[REQUESTS];
            for (int i = 0; i < REQUESTS; i++) {
                long t = System.nanoTime();
                HttpResponse<String> response = get(http, uri, token);
                times[i] = System.nanoTime() - t;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(shape.name() + ": " + response.statusCode());
                }
            }
            results.put(shape.name() + " (" + sample.body().length() + " bytes)", times);
        }
        // The heaviest shape again, from several callers at once.
        URI heavy = URI.create("http://localhost:" + port + "/api/v1/dtm/flow-summary?" + shapes.get(0).query());
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        long[] concurrent = new long[REQUESTS];
        long t0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < CALLERS; c++) {
            int caller = c;
            futures.add(callers.submit(() -> {
                for (int i = caller; i < REQUESTS; i += CALLERS) {
                    long t = System.nanoTime();
                    get(http, heavy, token);
                    concurrent[i] = System.nanoTime() - t;
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        double wall = secs(t0);
        callers.shutdown();
        results.put(shapes.get(0).name() + ", " + CALLERS + " callers at once", concurrent);
        System.out.printf("%nRESULTS: %,d requests per shape after 100 warm-up; load average %s%n", REQUESTS,
                loadAverage());
        System.out.println("| query | p50 ms | p90 ms | p99 ms | max ms |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        results.forEach((name, times) -> {
            long[] sorted = times.clone();
            Arrays.sort(sorted);
            System.out.printf("| %s | %.1f | %.1f | %.1f | %.1f |%n",
                    name, ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        });
        System.out.printf("Concurrent: %,d requests from %d callers in %.1f s: %,.0f requests/s%n",
                REQUESTS, CALLERS, wall, REQUESTS / wall);
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
