package org.masar.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

/**
 * The README's backup and restore, end to end: a backup taken while the server keeps accepting writes, restored into an
 * empty folder, opens with every write that was committed before the backup began and a consistent prefix of those
 * made during it.
 */
class EmbeddedPostgresBackupTests {

    @TempDir
    Path workspace;

    Path running;
    Path restored;

    @AfterEach
    void stopServers() {
        EmbeddedPostgresEnvironment.stop(running);
        EmbeddedPostgresEnvironment.stop(restored);
    }

    @Test
    void aBackupTakenWhileMasarWritesRestoresIntoAnEmptyFolder() throws Exception {
        running = workspace.resolve("running/postgres");
        restored = workspace.resolve("restored/postgres");
        Path archive = workspace.resolve("backups/masar.zip");
        JdbcClient database = start(running);
        database.sql("CREATE TABLE note (id bigint PRIMARY KEY, body text NOT NULL)")
                .update();
        database.sql("INSERT INTO note SELECT n, 'before the backup ' || n FROM generate_series(1, 1000) n")
                .update();

        // One writer, committing notes 1001, 1002, … one by one: a consistent copy holds an unbroken run of them.
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicLong lastCommitted = new AtomicLong(1000);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            while (writing.get()) {
                long id = lastCommitted.get() + 1;
                database.sql("INSERT INTO note VALUES (?, 'during the backup')")
                        .param(id)
                        .update();
                lastCommitted.set(id);
            }
        });
        waitUntilCommitted(lastCommitted, 1010, writer);
        long committedBeforeBackup = lastCommitted.get();
        int exitCode = EmbeddedPostgresBackupCommand.run(
                new String[] {"--backup=" + archive, "--masar.embedded-postgres.data-dir=" + running});
        long committedAfterBackup = lastCommitted.get();
        writing.set(false);
        writer.join();

        assertThat(exitCode).isEqualTo(EmbeddedPostgresBackupCommand.DONE);
        assertThat(committedAfterBackup)
                .as("the server kept accepting writes during the backup")
                .isGreaterThan(committedBeforeBackup);
        assertThat(archive).isRegularFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(archive)))
                .as("only the owner may read a backup")
                .isEqualTo("rw-------");
        assertThat(archive.resolveSibling("masar.zip.partial")).doesNotExist();
        EmbeddedPostgresEnvironment.stop(running);

        assertThat(EmbeddedPostgresBackupCommand.run(
                        new String[] {"--restore=" + archive, "--masar.embedded-postgres.data-dir=" + restored}))
                .isEqualTo(EmbeddedPostgresBackupCommand.DONE);
        JdbcClient restoredDatabase = start(restored);

        long count = restoredDatabase
                .sql("SELECT count(*) FROM note")
                .query(Long.class)
                .single();
        long highest = restoredDatabase
                .sql("SELECT max(id) FROM note")
                .query(Long.class)
                .single();
        assertThat(count).as("an unbroken run of notes, no gap").isEqualTo(highest);
        assertThat(highest)
                .as("every note committed before the backup began, none committed after it ended")
                .isBetween(committedBeforeBackup, committedAfterBackup);
        assertThat(restoredDatabase
                        .sql("SELECT body FROM note WHERE id = 1000")
                        .query(String.class)
                        .single())
                .isEqualTo("before the backup 1000");
        // The restored server writes as any other.
        restoredDatabase
                .sql("INSERT INTO note VALUES (?, 'after the restore')")
                .param(highest + 1)
                .update();
    }

    @Test
    void aBackupNeedsTheServerRunning() throws Exception {
        running = workspace.resolve("stopped/postgres");
        restored = workspace.resolve("unused/postgres");
        start(running);
        EmbeddedPostgresEnvironment.stop(running);

        Path archive = workspace.resolve("masar.zip");
        assertThat(EmbeddedPostgresBackupCommand.run(
                        new String[] {"--backup=" + archive, "--masar.embedded-postgres.data-dir=" + running}))
                .isEqualTo(EmbeddedPostgresBackupCommand.FAILED);
        assertThat(archive).doesNotExist();
    }

    @Test
    void aRestoreNeverWritesOverAFolderThatHoldsSomething() throws Exception {
        running = workspace.resolve("running/postgres");
        restored = workspace.resolve("restored/postgres");
        Path archive = workspace.resolve("masar.zip");
        start(running);
        assertThat(EmbeddedPostgresBackupCommand.run(
                        new String[] {"--backup=" + archive, "--masar.embedded-postgres.data-dir=" + running}))
                .isEqualTo(EmbeddedPostgresBackupCommand.DONE);
        Files.createDirectories(restored);
        Path precious = Files.writeString(restored.resolve("PG_VERSION"), "17");

        assertThat(EmbeddedPostgresBackupCommand.run(
                        new String[] {"--restore=" + archive, "--masar.embedded-postgres.data-dir=" + restored}))
                .isEqualTo(EmbeddedPostgresBackupCommand.FAILED);
        assertThat(precious).hasContent("17");
        assertThat(Files.list(restored).count()).isOne();
    }

    /** Starts the embedded PostgreSQL as a real start of Masar does (durable), and connects as its owner. */
    private static JdbcClient start(Path dataDir) {
        ConfigurableEnvironment environment =
                new MockEnvironment().withProperty("masar.embedded-postgres.data-dir", dataDir.toString());
        new EmbeddedPostgresEnvironment().postProcessEnvironment(environment, new SpringApplication());
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setUrl(environment.getRequiredProperty("spring.flyway.url"));
        owner.setUser(environment.getRequiredProperty("spring.flyway.user"));
        owner.setPassword(environment.getRequiredProperty("spring.flyway.password"));
        return JdbcClient.create(owner);
    }

    /**
     * Spins on the writer's progress rather than sleeping: it returns as soon as the writer got there, or stopped (its
     * failure then surfaces at {@code join}).
     */
    private static void waitUntilCommitted(AtomicLong lastCommitted, long id, CompletableFuture<Void> writer) {
        while (lastCommitted.get() < id && !writer.isDone()) {
            Thread.onSpinWait();
        }
    }
}
