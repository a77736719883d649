package org.masar.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL 17 when no {@code spring.datasource.url} is configured, so that Masar runs on a machine
 * with nothing installed.
 *
 * <p>It runs before the application context exists because the data source, Flyway and Spring Session all need the
 * database's address at configuration time. The server keeps its files in {@code masar.embedded-postgres.data-dir}
 * (default {@code ./data/postgres}), so data survives restarts. As in production, Flyway migrates as the owner
 * ({@code postgres}) and the application connects as the unprivileged {@code masar_app} login role, so row-level
 * security applies to it exactly as it would on an external server.
 *
 * <p>One server is started per data directory and JVM: a test suite that boots several application contexts shares it.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor {

    static final String DATABASE = "masar";
    static final String APP_ROLE = "masar_app";
    static final String SUPERUSER = "postgres";
    /** Inside the server's own folder, so that whoever may read the data may read it, and nobody else. */
    static final String SUPERUSER_SECRET = "masar-superuser.secret";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresEnvironment.class);
    private static final Map<Path, Server> RUNNING = new ConcurrentHashMap<>();

    /**
     * @param appPassword the application role's password for as long as this JVM runs the server: every application
     *     context started in this JVM (tests start several) connects with it, so a later one never changes it under
     *     an earlier one's pools
     */
    private record Server(
            EmbeddedPostgres postgres,
            String superuserPassword,
            String appPassword,
            @Nullable AtomicBoolean zonkysClosedFlag) {
        String jdbcUrl() {
            return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
        }

        DataSource superuser() {
            return postgres.getDatabase(SUPERUSER, SUPERUSER, Map.of("password", superuserPassword));
        }
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty("masar.embedded-postgres.enabled", Boolean.class, true)) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("masar.embedded-postgres.data-dir", "./data/postgres"))
                .toAbsolutePath()
                .normalize();
        boolean clean = environment.getProperty("masar.embedded-postgres.clean", Boolean.class, false);
        boolean durable = environment.getProperty("masar.embedded-postgres.durable", Boolean.class, true);
        // Sized for registering people in bulk with a million stored (a 4 GB database, its key index written at
        // random): the working set in PostgreSQL's own buffers, and checkpoints rare enough that a page written
        // again and again is not copied whole into the log after each (durability is unchanged).
        Map<String, String> tuning = Map.of(
                "shared_buffers",
                environment.getProperty("masar.embedded-postgres.shared-buffers", defaultSharedBuffers()),
                "max_wal_size",
                environment.getProperty("masar.embedded-postgres.max-wal-size", "8GB"),
                "min_wal_size",
                "1GB",
                "checkpoint_timeout",
                environment.getProperty("masar.embedded-postgres.checkpoint-timeout", "15min"),
                "checkpoint_completion_target",
                "0.9",
                // Many phones sending at once commit hundreds of times a second: a commit made while two others or
                // more are under way waits 0.2 ms for them, and one write and flush of the log serves them all
                // (PostgreSQL's CPU a submission with a photo, bench/README: 0.94-1.10 ms before, 0.86-0.90 after).
                // A lone commit never waits.
                "commit_delay",
                environment.getProperty("masar.embedded-postgres.commit-delay", "200"),
                "commit_siblings",
                "2");
        // A fresh random password on every start of the server: the role is local to it and nothing else needs to
        // remember it.
        Server server = RUNNING.computeIfAbsent(dataDir, dir -> {
            Server started = start(dir, clean, durable, tuning);
            prepare(started, started.appPassword());
            return started;
        });
        String appPassword = server.appPassword();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "masarEmbeddedPostgres",
                        Map.of(
                                "spring.datasource.url",
                                server.jdbcUrl(),
                                "spring.datasource.username",
                                APP_ROLE,
                                "spring.datasource.password",
                                appPassword,
                                "spring.flyway.url",
                                server.jdbcUrl(),
                                "spring.flyway.user",
                                SUPERUSER,
                                "spring.flyway.password",
                                server.superuserPassword(),
                                "masar.database.app-role",
                                APP_ROLE,
                                // Should the server stop first anyway (see stopAfterTheApplication), whatever still
                                // asks for a connection gives up after this, rather than Hikari's default 30 s.
                                "spring.datasource.hikari.connection-timeout",
                                "3000")));
    }

    /**
     * A quarter of the machine's memory, PostgreSQL's own advice, from 128 MB to 8 GB. With 1 GB, a million persons'
     * key index and tables did not fit: each registration read pages back from the system's cache and wrote others
     * out to make room (bench/README.md, "PostgreSQL's buffers sized to the machine").
     */
    static String defaultSharedBuffers() {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        long megabytes = Math.clamp(memory / 4 >> 20, 128, 8192);
        return megabytes + "MB";
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static Server start(Path dataDir, boolean clean, boolean durable, Map<String, String> tuning) {
        try {
            if (clean) {
                // A folder left behind by a killed run would make initdb refuse to start.
                FileSystemUtils.deleteRecursively(dataDir);
            }
            Files.createDirectories(dataDir);
            Path secretFile = dataDir.resolve(SUPERUSER_SECRET);
            boolean initialised = !clean && Files.exists(secretFile);
            String superuserPassword =
                    initialised ? Files.readString(secretFile).strip() : randomSecret();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            tuning.forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder.setDataDirectory(dataDir)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("listen_addresses", "localhost")
                    // zonky starts the server with -F (fsync off) and synchronous_commit off, which suits throw-away
                    // test databases; a mission's data must survive a power cut, so a real start turns durability
                    // back on. These are command-line settings: they follow -F, so they win, and an existing folder
                    // gets them on every start whatever its configuration files say.
                    .setServerConfig("fsync", onOff(durable))
                    .setServerConfig("synchronous_commit", onOff(durable))
                    .setServerConfig("full_page_writes", onOff(durable))
                    // zonky connects as the superuser to see that the server is up; once secured it needs the password.
                    .setConnectConfig("password", superuserPassword)
                    .start();
            if (!initialised) {
                secure(postgres, dataDir, superuserPassword);
            }
            @Nullable AtomicBoolean zonkysClosedFlag = disarmZonkysShutdownHook(postgres);
            if (zonkysClosedFlag != null) {
                SpringApplication.getShutdownHandlers().add(() -> stop(dataDir));
            }
            return new Server(postgres, superuserPassword, randomSecret(), zonkysClosedFlag);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }

    /**
     * zonky stops the server from a JVM shutdown hook of its own, which runs at the same time as Spring's: the server
     * would go while the application is still closing (finishing requests, the event registry's last query), and a
     * Ctrl+C would end in connection errors. Instead the server is stopped by one of Spring's shutdown handlers, which
     * run after the application has closed. zonky's hook is disarmed through its "closed" flag; should a later zonky
     * rename it, this answers null and its own hook simply stays in charge.
     */
    private static @Nullable AtomicBoolean disarmZonkysShutdownHook(EmbeddedPostgres postgres) {
        try {
            Field flag = EmbeddedPostgres.class.getDeclaredField("closed");
            flag.setAccessible(true);
            AtomicBoolean closed = (AtomicBoolean) flag.get(postgres);
            closed.set(true);
            return closed;
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.debug("zonky's shutdown hook keeps stopping the embedded PostgreSQL", e);
            return null;
        }
    }

    /**
     * Stops the server this JVM started on {@code dataDir}, if any (at shutdown, or when a test is done with a server
     * of its own); a second call does nothing.
     */
    static void stop(Path dataDir) {
        Server server = RUNNING.remove(dataDir.toAbsolutePath().normalize());
        if (server == null) {
            return;
        }
        try {
            AtomicBoolean zonkysClosedFlag = server.zonkysClosedFlag();
            if (zonkysClosedFlag != null) {
                zonkysClosedFlag.set(false);
            }
            server.postgres().close();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL cleanly", e);
        }
    }

    /**
     * zonky's initdb trusts every local connection, so any account on the machine could sign in as the superuser. On the
     * first start the superuser gets a random password, kept in a file only the owner may read, and the server is told
     * to ask for passwords (SCRAM) from then on.
     */
    private static void secure(EmbeddedPostgres postgres, Path dataDir, String superuserPassword) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            // The password is hex from SecureRandom, never input, so writing it into the statement is safe.
            statement.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + superuserPassword + "'");
            Path secretFile = dataDir.resolve(SUPERUSER_SECRET);
            Files.writeString(secretFile, superuserPassword);
            if (Files.getFileStore(secretFile).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(secretFile, PosixFilePermissions.fromString("rw-------"));
            }
            Path hba = dataDir.resolve("pg_hba.conf");
            Files.writeString(hba, Files.readString(hba).replaceAll("(?m)\\btrust\\s*$", "scram-sha-256"));
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not secure the embedded PostgreSQL", e);
        }
    }

    /** Creates the database and the application's login role on first start; refreshes the role's password. */
    private static void prepare(Server server, String appPassword) {
        try (Connection connection = server.superuser().getConnection();
                Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
            }
            var role = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + APP_ROLE + "'");
            String verb = role.next() ? "ALTER" : "CREATE";
            // The password is hex from SecureRandom, never input, so writing it into the statement is safe.
            statement.execute(verb + " ROLE " + APP_ROLE
                    + " LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB PASSWORD '" + appPassword + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded PostgreSQL", e);
        }
    }
}
