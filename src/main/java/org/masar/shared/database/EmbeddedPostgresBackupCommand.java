package org.masar.shared.database;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * {@code --backup[=file]} and {@code --restore=file}: back up the running embedded PostgreSQL, or restore a backup into
 * an empty data folder, from the command line.
 *
 * <pre>
 * java -jar masar.jar --backup=/backups/masar-2026-12-03.zip
 * java -jar masar.jar --restore=/backups/masar-2026-12-03.zip
 * </pre>
 *
 * <p>They run before (and instead of) Spring: the application must not start a second time on a data folder its
 * running server owns. The data folder is the application's: {@code --masar.embedded-postgres.data-dir}, else
 * {@code $MASAR_DATA_DIR/postgres}, else {@code ./data/postgres}.
 */
// Exposed for MasarApplication.main alone, which must dispatch to it before Spring starts.
@NamedInterface("database-commands")
public final class EmbeddedPostgresBackupCommand {

    static final String BACKUP = "--backup";
    static final String RESTORE = "--restore";
    static final String DATA_DIR = "--masar.embedded-postgres.data-dir";
    static final int DONE = 0;
    static final int FAILED = 1;

    private EmbeddedPostgresBackupCommand() {}

    /** Whether the arguments ask for a backup or a restore rather than for Masar to start. */
    public static boolean isRequested(String[] args) {
        return option(args, BACKUP).isPresent() || option(args, RESTORE).isPresent();
    }

    /** Backs up or restores, prints what it did, and answers the process's exit code. */
    public static int run(String[] args) {
        Path dataDir = dataDir(args);
        try {
            Optional<String> restore = option(args, RESTORE);
            if (restore.isPresent()) {
                if (restore.get().isEmpty()) {
                    System.err.println("Name the backup to restore: " + RESTORE + "=masar-backup.zip");
                    return FAILED;
                }
                EmbeddedPostgresBackup.restore(Path.of(restore.get()), dataDir);
                System.out.println("Restored " + restore.get() + " into " + dataDir + ". Start Masar on it: its first "
                        + "start replays the backup's write-ahead log and opens the data as they were at the backup.");
                return DONE;
            }
            String file = option(args, BACKUP)
                    .filter(name -> !name.isEmpty())
                    .orElseGet(() -> "masar-backup-"
                            + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                                    .format(Instant.now().atOffset(ZoneOffset.UTC))
                            + ".zip");
            var backup = EmbeddedPostgresBackup.backUp(dataDir, Path.of(file));
            System.out.println("Backed up " + dataDir + " into " + backup.archive() + " (" + backup.files()
                    + " files, consistent at WAL position " + backup.consistentAt() + ").");
            return DONE;
        } catch (Exception e) {
            System.err.println("FAILED, nothing was written: " + e.getMessage());
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                System.err.println("  because: " + cause);
            }
            return FAILED;
        }
    }

    private static Path dataDir(String[] args) {
        @Nullable String dataHome = System.getenv("MASAR_DATA_DIR");
        String fallback = (dataHome == null || dataHome.isBlank() ? "./data" : dataHome) + "/postgres";
        return Path.of(option(args, DATA_DIR).filter(dir -> !dir.isEmpty()).orElse(fallback))
                .toAbsolutePath()
                .normalize();
    }

    /** {@code --name=value} answers the value, {@code --name} alone an empty one. */
    private static Optional<String> option(String[] args, String name) {
        return Arrays.stream(args)
                .filter(arg -> arg.equals(name) || arg.startsWith(name + "="))
                .map(arg -> arg.equals(name) ? "" : arg.substring(name.length() + 1))
                .reduce((first, last) -> last);
    }
}
