package org.masar.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

/**
 * A real start (the properties a user gets, not the test profile's fast ones) keeps what it was told: a commit
 * reported done is on disk, and a torn page can be repaired after a power cut.
 */
class EmbeddedPostgresDurabilityTests {

    @TempDir
    Path dataDir;

    @AfterEach
    void stopServer() {
        EmbeddedPostgresEnvironment.stop(dataDir);
    }

    @Test
    void aFirstStartWithDefaultPropertiesIsDurable() {
        assertDurable(startWithDefaultProperties());
    }

    @Test
    void anExistingDataFolderStartedAgainIsDurableToo() {
        startWithDefaultProperties();
        EmbeddedPostgresEnvironment.stop(dataDir);

        assertDurable(startWithDefaultProperties());
    }

    @Test
    void aDefaultStartGivesPostgreSqlAQuarterOfTheMachinesMemoryForItsBuffers() {
        JdbcClient database = startWithDefaultProperties();

        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        long expected = Math.clamp(memory / 4 >> 20, 128, 8192);
        // pg_settings counts the buffers in pages of 8 kB
        long megabytes = database.sql(
                        "SELECT setting::bigint * 8 / 1024 FROM pg_settings WHERE name = 'shared_buffers'")
                .query(Long.class)
                .single();
        assertThat(megabytes).isEqualTo(expected);
    }

    /** Exactly what Spring Boot does at start, with nothing but the data folder set. */
    private JdbcClient startWithDefaultProperties() {
        ConfigurableEnvironment environment =
                new MockEnvironment().withProperty("masar.embedded-postgres.data-dir", dataDir.toString());
        new EmbeddedPostgresEnvironment().postProcessEnvironment(environment, new SpringApplication());
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setUrl(environment.getRequiredProperty("spring.flyway.url"));
        owner.setUser(environment.getRequiredProperty("spring.flyway.user"));
        owner.setPassword(environment.getRequiredProperty("spring.flyway.password"));
        return JdbcClient.create(owner);
    }

    private static void assertDurable(JdbcClient database) {
        assertThat(database.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
        assertThat(database.sql("SHOW synchronous_commit").query(String.class).single())
                .isEqualTo("on");
        assertThat(database.sql("SHOW full_page_writes").query(String.class).single())
                .isEqualTo("on");
    }
}
