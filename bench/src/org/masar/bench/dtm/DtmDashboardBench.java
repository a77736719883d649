package org.masar.bench.dtm;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masar.MasarApplication;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The DTM publishing benchmark, against the whole application on a fresh embedded PostgreSQL: 100 published rounds of
 * mobility data (every one of the 667 muhalla assessed in each round, 14 figure keys each, so 66,700 assessments and
 * 933,800 figures, with their aggregates at muhalla, baladiya, mantika, region and Libya level, about 1.1 million
 * rows), written with SQL {@code generate_series}, then an HTTP load on the dashboard page, its JSON, the map, the
 * trends, {@code GET /figures} at each level and the HXL exports, signed in through the sign-in form as a DTM officer.
 * Reports p50 and p99 per request, one client at a time and then with several clients at once. Not part of the build:
 * see bench/README.md.
 *
 * <p>Arguments: {@code [rounds (100)] [requests per measure (200)] [clients (4)]}.
 */
public final class DtmDashboardBench {

    private DtmDashboardBench() {}

    private static final String PASSWORD = "Dtm-bench-2026!x";

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        String dataDir = System.getProperty("bench.data-dir", "target/bench-dtm");
        org.springframework.util.FileSystemUtils.deleteRecursively(Path.of(dataDir));
        String[] properties = {
            "--masar.embedded-postgres.data-dir=" + dataDir + "/postgres",
            "--masar.embedded-postgres.clean=false",
            "--masar.crypto.key-file=" + dataDir + "/crypto.key",
            "--server.port=0",
            "--logging.level.root=WARN"
        };
        try (ConfigurableApplicationContext app = SpringApplication.run(MasarApplication.class, properties)) {
            JdbcClient owner = owner(app.getEnvironment());
            System.out.printf(
                    "PostgreSQL %s; cores=%d; max heap %d MiB; load average %s%n",
                    owner.sql("SHOW server_version").query(String.class).single(),
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20,
                    loadAverage());
            long start = System.nanoTime();
            load(owner, rounds);
            System.out.printf(
                    "LOAD: %d rounds published, %,d assessments, %,d figures, %,d aggregate rows in %.1f s; load average %s%n",
                    rounds,
                    owner.sql("SELECT count(*) FROM dtm_assessment").query(Long.class).single(),
                    owner.sql("SELECT count(*) FROM dtm_figure").query(Long.class).single(),
                    owner.sql("SELECT count(*) FROM dtm_aggregate").query(Long.class).single(),
                    (System.nanoTime() - start) / 1e9,
                    loadAverage());

            String username = "dtm-bench-" + Long.toHexString(System.nanoTime());
            UUID user = UUID.randomUUID();
            owner.sql("INSERT INTO access_user (id, username, display_name, password_hash, must_change_password,"
                            + " created_by, updated_by) VALUES (:id, :u, :u, :hash, false, 'bench', 'bench')")
                    .param("id", user)
                    .param("u", username)
                    .param("hash", app.getBean(PasswordEncoder.class).encode(PASSWORD))
                    .update();
            owner.sql("INSERT INTO access_user_role (user_id, role_code) VALUES (:id, 'DTM_OFFICER')")
                    .param("id", user)
                    .update();
            String base = "http://localhost:" + app.getEnvironment().getRequiredProperty("local.server.port");
            HttpClient http = signIn(base, username);
            String latest = owner.sql("SELECT id::text FROM dtm_round ORDER BY number DESC LIMIT 1")
                    .query(String.class)
                    .single();

            Map<String, String> dashboard = new LinkedHashMap<>();
            dashboard.put("page /dtm", "/dtm");
            dashboard.put("(reference) page /geo/map", "/geo/map");
            dashboard.put("json /api/v1/dtm/dashboard", "/api/v1/dtm/dashboard");
            dashboard.put("map baladiya idps", "/api/v1/dtm/dashboard/map?level=baladiya&figure=idps.ind");
            dashboard.put("map muhalla migrants", "/api/v1/dtm/dashboard/map?level=muhalla&figure=migrants.ind");
            dashboard.put("trends (100 rounds)", "/api/v1/dtm/dashboard/trends");
            dashboard.put("shapes mantika", "/api/v1/dtm/dashboard/boundaries/mantika");
            Map<String, String> figures = new LinkedHashMap<>();
            for (String level : List.of("libya", "region", "mantika", "baladiya", "muhalla")) {
                figures.put("figures " + level, "/api/v1/dtm/rounds/" + latest + "/figures?level=" + level);
            }
            Map<String, String> exports = new LinkedHashMap<>();
            exports.put("export region csv", "/api/v1/dtm/rounds/" + latest + "/export?level=region&format=csv");
            exports.put("export baladiya csv", "/api/v1/dtm/rounds/" + latest + "/export?level=baladiya&format=csv");
            exports.put("export muhalla csv", "/api/v1/dtm/rounds/" + latest + "/export?level=muhalla&format=csv");
            exports.put("export muhalla xlsx", "/api/v1/dtm/rounds/" + latest + "/export?level=muhalla&format=xlsx");

            System.out.printf("%nOne client at a time (%d requests each after 30 to warm up):%n", requests);
            header();
            for (var entry : dashboard.entrySet()) {
                measure(http, base, entry.getKey(), entry.getValue(), requests, 1);
            }
            for (var entry : figures.entrySet()) {
                measure(http, base, entry.getKey(), entry.getValue(), requests, 1);
            }
            for (var entry : exports.entrySet()) {
                measure(http, base, entry.getKey(), entry.getValue(), Math.max(20, requests / 5), 1);
            }
            System.out.printf("%n%d clients at once (%d requests each):%n", clients, requests);
            header();
            for (var entry : dashboard.entrySet()) {
                measure(http, base, entry.getKey(), entry.getValue(), requests, clients);
            }
            for (var entry : figures.entrySet()) {
                measure(http, base, entry.getKey(), entry.getValue(), requests, clients);
            }
            System.out.printf("%nexports audited: %,d; load average %s%n",
                    owner.sql("SELECT count(*) FROM audit_entry WHERE action = 'dtm.round.exported'")
                            .query(Long.class).single(),
                    loadAverage());
        }
    }

    /** The rounds, their muhalla assessments and figures, the aggregates at every level, then publication. */
    static void load(JdbcClient owner, int rounds) {
        owner.sql("""
                        INSERT INTO dtm_round (id, number, period_start, period_end, created_at, created_by, updated_at,
                                               updated_by)
                        SELECT gen_random_uuid(), n, DATE '2017-01-01' + (n - 1) * 75, DATE '2017-01-01' + (n - 1) * 75 + 55,
                               now(), 'bench', now(), 'bench'
                          FROM generate_series(1, :rounds) n
                        """).param("rounds", rounds).update();
        owner.sql("""
                        INSERT INTO dtm_round_version (id, round_id, version, status, created_at, created_by, updated_at,
                                                       updated_by)
                        SELECT gen_random_uuid(), id, 1, 'VALIDATING', now(), 'bench', now(), 'bench' FROM dtm_round
                        """).update();
        // The freezing triggers check each row's version, which is not published yet: skipped for the bulk load.
        owner.sql("ALTER TABLE dtm_assessment DISABLE TRIGGER dtm_assessment_frozen").update();
        owner.sql("ALTER TABLE dtm_figure DISABLE TRIGGER dtm_figure_frozen").update();
        owner.sql("""
                        INSERT INTO dtm_assessment (id, round_version_id, pcode, assessed_on, source, created_at, created_by,
                                                    updated_at, updated_by)
                        SELECT gen_random_uuid(), v.id, m.pcode, r.period_start + 10, 'entry', now(), 'bench', now(), 'bench'
                          FROM dtm_round_version v JOIN dtm_round r ON r.id = v.round_id CROSS JOIN geo_muhalla m
                        """).update();
        // Figures that add up as validation wants them: sex and age, and nationalities, sum to their total. A few
        // units have small counts (a hash modulo the range), so suppression has work to do.
        owner.sql("""
                        INSERT INTO dtm_figure (assessment_id, key, value)
                        SELECT a.id, f.key, f.value
                          FROM (SELECT a.id,
                                       abs(hashtext(a.pcode || ':i:' || r.number)) % 3000 AS idps,
                                       abs(hashtext(a.pcode || ':r:' || r.number)) % 1500 AS ret,
                                       abs(hashtext(a.pcode || ':m:' || r.number)) % 800 AS mig
                                  FROM dtm_assessment a
                                  JOIN dtm_round_version v ON v.id = a.round_version_id
                                  JOIN dtm_round r ON r.id = v.round_id) a
                         CROSS JOIN LATERAL (VALUES
                               ('idps.ind', a.idps), ('idps.hh', a.idps / 5),
                               ('idps.ind.f', a.idps * 51 / 100), ('idps.ind.m', a.idps - a.idps * 51 / 100),
                               ('returnees.ind', a.ret), ('returnees.hh', a.ret / 5),
                               ('migrants.ind', a.mig),
                               ('migrants.ind.f.children', a.mig * 8 / 100), ('migrants.ind.f.adults', a.mig * 20 / 100),
                               ('migrants.ind.m.children', a.mig * 10 / 100),
                               ('migrants.ind.m.adults', a.mig - a.mig * 8 / 100 - a.mig * 20 / 100 - a.mig * 10 / 100),
                               ('migrants.ind.nationality.NER', a.mig * 40 / 100),
                               ('migrants.ind.nationality.SDN', a.mig * 25 / 100),
                               ('migrants.ind.nationality.EGY', a.mig - a.mig * 40 / 100 - a.mig * 25 / 100)) f(key, value)
                        """).update();
        owner.sql("ALTER TABLE dtm_assessment ENABLE TRIGGER dtm_assessment_frozen").update();
        owner.sql("ALTER TABLE dtm_figure ENABLE TRIGGER dtm_figure_frozen").update();
        owner.sql("""
                        INSERT INTO dtm_aggregate (round_version_id, level, pcode, key, value)
                        SELECT a.round_version_id, 'muhalla', a.pcode, f.key, f.value
                          FROM dtm_assessment a JOIN dtm_figure f ON f.assessment_id = a.id
                        """).update();
        String[][] upward = {{"muhalla", "baladiya", "8"}, {"baladiya", "mantika", "6"}, {"mantika", "region", "4"}};
        for (String[] step : upward) {
            owner.sql("""
                            INSERT INTO dtm_aggregate (round_version_id, level, pcode, key, value)
                            SELECT round_version_id, :to, substr(pcode, 1, %s), key, sum(value)
                              FROM dtm_aggregate WHERE level = :from GROUP BY round_version_id, substr(pcode, 1, %s), key
                            """.formatted(step[2], step[2]))
                    .param("from", step[0])
                    .param("to", step[1])
                    .update();
        }
        owner.sql("""
                        INSERT INTO dtm_aggregate (round_version_id, level, pcode, key, value)
                        SELECT round_version_id, 'libya', 'LY', key, sum(value)
                          FROM dtm_aggregate WHERE level = 'region' GROUP BY round_version_id, key
                        """).update();
        owner.sql("""
                        UPDATE dtm_round_version SET status = 'PUBLISHED', published_at = now(), published_by = 'bench-maker',
                               approved_by = 'bench-checker'
                        """).update();
        owner.sql("VACUUM ANALYZE dtm_aggregate").update();
        owner.sql("VACUUM ANALYZE dtm_round_version").update();
        owner.sql("VACUUM ANALYZE dtm_round").update();
    }

    /** Signs in through the form (the CSRF token from the page, the session in the cookie jar). */
    static HttpClient signIn(String base, String username) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302 || !signedIn.headers().firstValue("Location").orElse("").endsWith("/")) {
            throw new IllegalStateException("Sign-in failed: " + signedIn.statusCode() + " "
                    + signedIn.headers().firstValue("Location").orElse(""));
        }
        return http;
    }

    static void header() {
        System.out.printf("%-28s %8s %9s %9s %9s %10s %10s%n", "request", "n", "p50 ms", "p99 ms", "max ms", "bytes",
                "req/s");
    }

    /** Warms up, then times {@code requests} requests from each of {@code clients} clients; prints p50, p99, max. */
    static void measure(HttpClient http, String base, String name, String path, int requests, int clients)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", path.startsWith("/api/") && !path.contains("/export") ? "application/json" : "*/*")
                .timeout(Duration.ofSeconds(60))
                .build();
        long[] size = new long[1];
        for (int i = 0; i < (clients == 1 ? 30 : 5); i++) {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + ": " + response.statusCode() + " "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            size[0] = response.body().length;
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                long[] times = new long[requests];
                for (int i = 0; i < requests; i++) {
                    long t = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    times[i] = System.nanoTime() - t;
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(path + ": " + response.statusCode());
                    }
                }
                return times;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> future : futures) {
            for (long t : future.get()) {
                all.add(t);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        all.sort(null);
        System.out.printf("%-28s %8d %9.1f %9.1f %9.1f %10d %10.0f%n", name, all.size(), percentile(all, 0.50),
                percentile(all, 0.99), all.get(all.size() - 1) / 1e6, size[0], all.size() / seconds);
    }

    static double percentile(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static JdbcClient owner(Environment environment) {
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setUrl(environment.getRequiredProperty("spring.flyway.url"));
        owner.setUser(environment.getRequiredProperty("spring.flyway.user"));
        owner.setPassword(environment.getProperty("spring.flyway.password", ""));
        return JdbcClient.create(owner);
    }
}
