package org.masar.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.masar.MasarApplication;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.audit.AuditVerification;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A small load harness for the audit trail, run against the whole application on a fresh embedded PostgreSQL with
 * its default pool (Hikari, 10 connections). Not part of the build: see bench/README.md for how it is run.
 *
 * <ul>
 *   <li>{@code writes SECONDS}: at 4, 16 and 64 concurrent callers, each caller loops over a transaction that inserts one
 *       small row and records one audit entry; prints committed entries per second and failures, then how long the
 *       chainer takes to link what is left.
 *   <li>{@code verify N}: appends N entries in bulk (INSERT … SELECT), lets the chainer link them all, then times one
 *       full verification.
 * </ul>
 */
public final class AuditBench {

    private AuditBench() {}

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "writes";
        long amount = args.length > 1 ? Long.parseLong(args[1]) : ("writes".equals(mode) ? 20 : 1_000_000);
        String dataDir = System.getProperty("bench.data-dir", "target/bench-" + mode);
        List<String> properties = new ArrayList<>(List.of(
                "--masar.embedded-postgres.data-dir=" + dataDir + "/postgres",
                "--masar.embedded-postgres.clean=true",
                "--masar.crypto.key-file=" + dataDir + "/crypto.key",
                "--server.port=0",
                "--logging.level.root=WARN"));
        if ("verify".equals(mode)) {
            // Linking ten million entries in batches of the default 5,000 would be 2,000 round trips.
            properties.add("--masar.audit.chain.batch-size=50000");
        }
        try (ConfigurableApplicationContext app =
                SpringApplication.run(MasarApplication.class, properties.toArray(String[]::new))) {
            JdbcClient owner = owner(app.getEnvironment());
            System.out.printf(
                    "PostgreSQL %s; fsync=%s synchronous_commit=%s full_page_writes=%s; cores=%d%n",
                    owner.sql("SHOW server_version").query(String.class).single(),
                    owner.sql("SHOW fsync").query(String.class).single(),
                    owner.sql("SHOW synchronous_commit").query(String.class).single(),
                    owner.sql("SHOW full_page_writes").query(String.class).single(),
                    Runtime.getRuntime().availableProcessors());
            if ("verify".equals(mode)) {
                verify(app, owner, amount);
            } else {
                writes(app, owner, Duration.ofSeconds(amount));
            }
        }
        System.exit(0);
    }

    private static void writes(ConfigurableApplicationContext app, JdbcClient owner, Duration each) throws Exception {
        owner.sql("CREATE TABLE bench_write (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, caller int NOT NULL,"
                        + " at timestamptz NOT NULL DEFAULT now())")
                .update();
        owner.sql("GRANT SELECT, INSERT ON bench_write TO " + app.getEnvironment().getProperty("masar.database.app-role"))
                .update();
        AuditTrail audit = app.getBean(AuditTrail.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        TransactionTemplate transactions = app.getBean(TransactionTemplate.class);
        run(audit, jdbc, transactions, 4, Duration.ofSeconds(5), false, true); // warm-up: JIT and pool
        for (int callers : new int[] {4, 16, 64}) {
            // The same transaction without its audit entry, in the same conditions: what the commit itself allows.
            run(audit, jdbc, transactions, callers, each, true, false);
            run(audit, jdbc, transactions, callers, each, true, true);
            long started = System.nanoTime();
            long backlog = unlinked(owner);
            while (unlinked(owner) > 0) {
                Thread.sleep(100); // the scheduled chainer drains it; a harness may poll, a test may not
            }
            System.out.printf(
                    "  chainer backlog at the end: %d entries, linked %.1f s later%n",
                    backlog, (System.nanoTime() - started) / 1e9);
        }
    }

    private static void run(
            AuditTrail audit,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            int callers,
            Duration duration,
            boolean report,
            boolean audited)
            throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong committed = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Future<?>> workers = new ArrayList<>();
        long started = System.nanoTime();
        for (int caller = 0; caller < callers; caller++) {
            int me = caller;
            workers.add(pool.submit(() -> {
                while (!stop.get()) {
                    try {
                        transactions.executeWithoutResult(status -> {
                            long id = jdbc.sql("INSERT INTO bench_write (caller) VALUES (:caller) RETURNING id")
                                    .param("caller", me)
                                    .query(Long.class)
                                    .single();
                            if (audited) {
                                audit.record(AuditEvent.of("bench.write.done", "bench-write", Long.toString(id)));
                            }
                        });
                        committed.incrementAndGet();
                    } catch (RuntimeException e) {
                        if (failed.incrementAndGet() == 1) {
                            System.out.println("  first failure: " + e);
                        }
                    }
                }
            }));
        }
        Thread.sleep(duration.toMillis());
        stop.set(true);
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        if (report) {
            System.out.printf(
                    audited
                            ? "callers=%d: %d audited transactions in %.1f s = %.0f entries/s, failures=%d%n"
                            : "callers=%d: %d unaudited transactions in %.1f s = %.0f transactions/s (baseline),"
                                    + " failures=%d%n",
                    callers, committed.get(), seconds, committed.get() / seconds, failed.get());
        }
    }

    private static void verify(ConfigurableApplicationContext app, JdbcClient owner, long entries) throws Exception {
        long started = System.nanoTime();
        long chunk = 1_000_000;
        for (long from = 1; from <= entries; from += chunk) {
            long to = Math.min(entries, from + chunk - 1);
            // Realistic rows: a person read by one of 50 users from 250 addresses, spread over the last day.
            owner.sql("""
                            WITH appended AS (
                              INSERT INTO audit_entry (occurred_at, actor, client_address, user_agent, action, outcome,
                                                       subject_type, subject_id, reason, details)
                              SELECT now() - interval '1 day' + g * interval '1 millisecond', 'bench-user-' || (g % 50),
                                     '10.0.' || (g % 250) || '.' || (g % 200), 'Mozilla/5.0 (bench)',
                                     'bench.person.read', 'SUCCESS', 'person', md5(g::text), NULL,
                                     jsonb_build_object('office', 'tripoli-' || (g % 7))
                              FROM generate_series(:from, :to) g
                              RETURNING sequence)
                            INSERT INTO audit_unchained (sequence) SELECT sequence FROM appended
                            """)
                    .param("from", from)
                    .param("to", to)
                    .update();
            System.out.printf("  appended %,d entries (%.0f s)%n", to, (System.nanoTime() - started) / 1e9);
        }
        System.out.printf("appended %,d entries in %.1f s%n", entries, (System.nanoTime() - started) / 1e9);
        owner.sql("VACUUM ANALYZE audit_entry").update();
        long chaining = System.nanoTime();
        long last = -1;
        while (true) {
            long left = unlinked(owner);
            if (left == 0) {
                break;
            }
            if (last < 0 || last - left >= 1_000_000) {
                System.out.printf("  %,d left to link (%.0f s)%n", left, (System.nanoTime() - chaining) / 1e9);
                last = left;
            }
            Thread.sleep(1_000);
        }
        double chainSeconds = (System.nanoTime() - chaining) / 1e9;
        System.out.printf("linked %,d entries in %.1f s = %.0f entries/s%n", entries, chainSeconds, entries / chainSeconds);
        owner.sql("VACUUM ANALYZE audit_link").update();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "bench", null, List.of(new SimpleGrantedAuthority("audit:verify"))));
        SecurityContextHolder.setContext(context);
        AuditTrail audit = app.getBean(AuditTrail.class);
        long verifying = System.nanoTime();
        AuditVerification result = audit.verify();
        double verifySeconds = (System.nanoTime() - verifying) / 1e9;
        System.out.printf(
                "verified %,d entries in %.1f s = %.0f entries/s: %s%n",
                result.entriesChecked(), verifySeconds, result.entriesChecked() / verifySeconds, result);
    }

    private static long unlinked(JdbcClient owner) {
        return owner.sql("SELECT count(*) FROM audit_unchained").query(Long.class).single();
    }

    private static JdbcClient owner(Environment environment) {
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setUrl(environment.getRequiredProperty("spring.flyway.url"));
        owner.setUser(environment.getRequiredProperty("spring.flyway.user"));
        owner.setPassword(environment.getProperty("spring.flyway.password", ""));
        return JdbcClient.create(owner);
    }

}
