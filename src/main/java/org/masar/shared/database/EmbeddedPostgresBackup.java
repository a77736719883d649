package org.masar.shared.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.springframework.util.FileSystemUtils;

/**
 * A consistent backup of Masar's running embedded PostgreSQL into one zip file, and its restore into an empty folder.
 *
 * <p>The embedded binaries have no {@code pg_dump} (and Debian's older one refuses a PostgreSQL 17 server), so the
 * backup is PostgreSQL's own non-exclusive low-level physical backup, what {@code pg_basebackup -X fetch} does: with
 * {@code pg_backup_start} the server guarantees that a copy of its folder taken now, however much it changes during
 * the copy, becomes consistent again once the write-ahead log (WAL) written until {@code pg_backup_stop} is replayed
 * onto it. So the folder is copied while Masar keeps working, then the WAL of that interval (kept from recycling by a
 * temporary replication slot), then the {@code backup_label} that {@code pg_backup_stop} returns. A server started on
 * the restored folder reads that label, replays the WAL and opens the database as it was when the backup ended.
 *
 * <p>Nothing here starts a server or an application: the backup finds the running server through {@code
 * postmaster.pid} and the superuser's secret in the data folder, and works through JDBC and plain files.
 */
public final class EmbeddedPostgresBackup {

    static final String BACKUP_LABEL = "backup_label";
    static final String TABLESPACE_MAP = "tablespace_map";
    static final String WAL = "pg_wal";

    /**
     * Folders that hold run-time state only (or, for pg_wal, the WAL the backup adds itself at the end): kept, empty,
     * as PostgreSQL's documentation on low-level backups and pg_basebackup do. WAL's subfolders are kept too.
     */
    private static final Set<String> FOLDERS_KEPT_EMPTY = Set.of(
            WAL, "pg_dynshmem", "pg_notify", "pg_replslot", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");

    /** Files that belong to the running server, not to the data: a restored server must not believe it is running. */
    private static final Set<String> FILES_LEFT_OUT = Set.of(
            "postmaster.pid",
            "postmaster.opts",
            "pg_internal.init",
            BACKUP_LABEL,
            "backup_label.old",
            TABLESPACE_MAP,
            "backup_manifest",
            "current_logfiles",
            "postgresql.auto.conf.tmp",
            "epg-lock");

    private static final Pattern WAL_SEGMENT = Pattern.compile("[0-9A-F]{24}");

    /** What a backup wrote: the archive, and the WAL position the restored database will reach. */
    public record Backup(Path archive, String consistentAt, int files) {}

    private EmbeddedPostgresBackup() {}

    /**
     * Writes a backup of the server running on {@code dataDir} into {@code archive}, a new file: it appears only once
     * complete (written as {@code archive.partial}, flushed to disk, then renamed).
     */
    public static Backup backUp(Path dataDir, Path archive) throws IOException, SQLException {
        if (!Files.isDirectory(dataDir)) {
            throw new NoSuchFileException(
                    dataDir.toString(),
                    null,
                    "no such data folder: if Masar keeps its data "
                            + "elsewhere, name it with --masar.embedded-postgres.data-dir=… or MASAR_DATA_DIR");
        }
        Path folder = dataDir.toRealPath();
        Path target = archive.toAbsolutePath().normalize();
        if (target.startsWith(folder)) {
            throw new IllegalArgumentException("The backup must be written outside the data folder " + folder);
        }
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target + " exists: a backup never overwrites another one");
        }
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        createReadableByTheOwnerOnly(partial);
        try (Connection server = connectToTheServerOf(folder)) {
            Backup backup = writeArchive(server, folder, partial, target);
            try (FileChannel written = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                written.force(true);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            flushFolder(target.getParent());
            return backup;
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    private static Backup writeArchive(Connection server, Path folder, Path partial, Path target)
            throws IOException, SQLException {
        String slot = "masar_backup_" + ProcessHandle.current().pid();
        // Temporary (gone with this session, even if the backup dies), reserving WAL from now on, so that no
        // checkpoint during a long copy recycles a segment the restore will need.
        query(server, "SELECT pg_create_physical_replication_slot(?, true, true)", slot);
        // fast = true: an immediate checkpoint, rather than waiting up to checkpoint_timeout for a spread one.
        String firstSegment = query(
                        server, "SELECT pg_walfile_name(pg_backup_start(?, true))", "masar " + target.getFileName())
                .getFirst();
        int files;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial, StandardOpenOption.WRITE))) {
            // Data files are large and change while they are read: speed matters more than size here.
            zip.setLevel(Deflater.BEST_SPEED);
            files = copyDataFolder(folder, zip);
            // wait_for_archive = false: there is no WAL archive; the WAL goes into this backup instead.
            List<String> stop = query(
                    server,
                    "SELECT lsn::text, pg_walfile_name(lsn), labelfile, coalesce(spcmapfile, '')"
                            + " FROM pg_backup_stop(false)");
            long segmentSize =
                    Long.parseLong(query(server, "SELECT setting FROM pg_settings WHERE name = 'wal_segment_size'")
                            .getFirst());
            files += copyWal(folder.resolve(WAL), firstSegment, stop.get(1), segmentSize, zip);
            if (!stop.get(3).isEmpty()) {
                put(zip, TABLESPACE_MAP, stop.get(3));
            }
            // Last on purpose: a restore refuses an archive without it, so a cut-off archive is never taken as whole.
            put(zip, BACKUP_LABEL, stop.get(2));
            query(server, "SELECT pg_drop_replication_slot(?)", slot);
            return new Backup(target, stop.getFirst(), files + 1);
        }
    }

    /** So that the rename itself survives a power cut; where a folder cannot be opened (Windows), the OS decides. */
    private static void flushFolder(Path folder) {
        try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException e) {
            // Not every platform lets a folder be flushed: the file's own content is already on disk.
        }
    }

    /** The backup holds the superuser's secret and people's data: like the data folder, it is its owner's alone. */
    private static void createReadableByTheOwnerOnly(Path file) throws IOException {
        if (Files.getFileStore(file.getParent()).supportsFileAttributeView("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }

    private static int copyDataFolder(Path folder, ZipOutputStream zip) throws IOException {
        int[] files = {0};
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (dir.getFileName().toString().startsWith("pgsql_tmp")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                String name = entryName(folder, dir);
                if (!name.isEmpty()) {
                    zip.putNextEntry(new ZipEntry(name + "/"));
                    zip.closeEntry();
                }
                boolean keptEmpty = FOLDERS_KEPT_EMPTY.contains(name) && !name.equals(WAL);
                boolean walSubfolder = dir.getParent().equals(folder.resolve(WAL));
                return keptEmpty || walSubfolder ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String fileName = file.getFileName().toString();
                boolean inWal = file.getParent().equals(folder.resolve(WAL));
                if (inWal
                        || FILES_LEFT_OUT.contains(fileName)
                        || fileName.startsWith("pgsql_tmp")
                        || !attributes.isRegularFile()) {
                    return FileVisitResult.CONTINUE;
                }
                if (copy(file, entryName(folder, file), zip)) {
                    files[0]++;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                // The server drops tables and temporary files while we walk: what vanished is not needed, the WAL
                // replay recreates whatever state the backup ends in.
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        return files[0];
    }

    /**
     * The WAL from the backup's start to its end, checked to be complete (no segment missing in between), and the
     * timeline history files.
     */
    private static int copyWal(Path wal, String firstSegment, String lastSegment, long segmentSize, ZipOutputStream zip)
            throws IOException {
        List<Path> segments = new ArrayList<>();
        List<Path> histories = new ArrayList<>();
        try (Stream<Path> files = Files.list(wal)) {
            files.forEach(file -> {
                String name = file.getFileName().toString();
                if (WAL_SEGMENT.matcher(name).matches()
                        && name.compareTo(firstSegment) >= 0
                        && name.compareTo(lastSegment) <= 0) {
                    segments.add(file);
                } else if (name.endsWith(".history")) {
                    histories.add(file);
                }
            });
        }
        long expected = segmentNumber(lastSegment, segmentSize) - segmentNumber(firstSegment, segmentSize) + 1;
        if (segments.size() != expected) {
            throw new IllegalStateException("The WAL from " + firstSegment + " to " + lastSegment + " should be "
                    + expected + " segments, found " + segments.size() + ": the backup would not be consistent");
        }
        int copied = 0;
        for (Path file :
                Stream.concat(segments.stream().sorted(), histories.stream()).toList()) {
            if (!copy(file, WAL + "/" + file.getFileName(), zip)) {
                throw new NoSuchFileException(file + " vanished during the backup");
            }
            copied++;
        }
        return copied;
    }

    /** A segment's file name is timeline, then the segment number in two halves of 2^32 bytes of WAL each. */
    private static long segmentNumber(String segment, long segmentSize) {
        long segmentsPerHalf = 0x1_0000_0000L / segmentSize;
        return Long.parseLong(segment.substring(8, 16), 16) * segmentsPerHalf
                + Long.parseLong(segment.substring(16), 16);
    }

    /** Copies a file into the archive; answers false if it vanished before it could be opened. */
    private static boolean copy(Path file, String name, ZipOutputStream zip) throws IOException {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            return false;
        }
        try (in) {
            zip.putNextEntry(new ZipEntry(name));
            in.transferTo(zip);
            zip.closeEntry();
        }
        return true;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String entryName(Path folder, Path path) {
        return folder.relativize(path).toString().replace('\\', '/');
    }

    /**
     * Connects as the superuser to the server that runs on {@code folder}, and makes sure it is that one: another
     * PostgreSQL could have taken the port of a server that died without removing its postmaster.pid.
     */
    private static Connection connectToTheServerOf(Path folder) throws IOException, SQLException {
        Path pid = folder.resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            throw new IllegalStateException("No PostgreSQL is running on " + folder + " (no postmaster.pid): start "
                    + "Masar first; a backup is taken from the running server");
        }
        // postmaster.pid: process id, data folder, start time, port, socket folder, listen address, …
        List<String> lines = Files.readAllLines(pid);
        int port = Integer.parseInt(lines.get(3).strip());
        Properties credentials = new Properties();
        credentials.setProperty("user", EmbeddedPostgresEnvironment.SUPERUSER);
        credentials.setProperty(
                "password",
                Files.readString(folder.resolve(EmbeddedPostgresEnvironment.SUPERUSER_SECRET))
                        .strip());
        credentials.setProperty("ApplicationName", "masar-backup");
        Connection connection =
                DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", credentials);
        Path served =
                Path.of(query(connection, "SHOW data_directory").getFirst()).toRealPath();
        if (!served.equals(folder)) {
            connection.close();
            throw new IllegalStateException(
                    "The server on port " + port + " serves " + served + ", not " + folder + ": nothing was backed up");
        }
        return connection;
    }

    /** The first row's columns as text. */
    private static List<String> query(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("No row from " + sql);
                }
                List<String> columns = new ArrayList<>();
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    columns.add(row.getString(column));
                }
                return columns;
            }
        }
    }

    /**
     * Unpacks a backup into {@code dataDir}, which must be empty or absent: a restore never overwrites data. The
     * archive is unpacked beside it first and moved into place only when complete, so an interrupted restore leaves
     * nothing that looks like a data folder. The next start of Masar replays the backup's WAL.
     */
    public static void restore(Path archive, Path dataDir) throws IOException {
        Path target = dataDir.toAbsolutePath().normalize();
        if (Files.exists(target) && !isEmptyFolder(target)) {
            throw new FileAlreadyExistsException(
                    target + " is not empty: restore only into an empty or new folder, never over data");
        }
        Files.createDirectories(target.getParent());
        Path unpacking = Files.createTempDirectory(target.getParent(), target.getFileName() + ".restoring-");
        try {
            // ZipInputStream checks every entry's CRC, so a damaged archive fails here rather than at the next start.
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    Path to = unpacking.resolve(entry.getName()).normalize();
                    if (!to.startsWith(unpacking) || to.equals(unpacking)) {
                        throw new IOException("Refusing an archive entry outside the data folder: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(to);
                    } else {
                        Files.createDirectories(to.getParent());
                        try (OutputStream out = Files.newOutputStream(to, StandardOpenOption.CREATE_NEW)) {
                            zip.transferTo(out);
                        }
                    }
                }
            }
            for (String required : List.of("PG_VERSION", EmbeddedPostgresEnvironment.SUPERUSER_SECRET, BACKUP_LABEL)) {
                if (!Files.exists(unpacking.resolve(required))) {
                    throw new IOException(archive + " is not a complete backup of Masar's embedded PostgreSQL ("
                            + required + " is missing)");
                }
            }
            onlyTheOwnerMayRead(unpacking);
            Files.deleteIfExists(target);
            Files.move(unpacking, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            FileSystemUtils.deleteRecursively(unpacking);
            throw e;
        }
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /** PostgreSQL refuses to start on a folder others may read; the superuser's secret must stay private too. */
    private static void onlyTheOwnerMayRead(Path folder) throws IOException {
        if (!Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.toList()) {
                Files.setPosixFilePermissions(
                        path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------"));
            }
        }
    }
}
