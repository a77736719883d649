package org.masar.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The migrations installations have already run ({@code db/released-migrations.txt}), and the versioned migrations
 * the application ships now ({@code db/migration}).
 */
final class ReleasedMigrations {

    static final String LIST = "db/released-migrations.txt";
    static final String LOCATION = "db/migration";

    private static final Pattern VERSIONED = Pattern.compile("V([0-9]+(?:[._][0-9]+)*)__.+");

    record Released(MigrationVersion version, String fileName, String sha256) {}

    private ReleasedMigrations() {}

    static List<Released> released() {
        List<Released> released = new ArrayList<>();
        for (String line : read(new ClassPathResource(LIST)).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.strip().split("\\|");
            if (fields.length != 3) {
                throw new IllegalStateException(LIST + ": expected version|file name|sha256, found: " + line);
            }
            released.add(new Released(MigrationVersion.fromVersion(fields[0]), fields[1], fields[2]));
        }
        return released;
    }

    static MigrationVersion lastReleasedVersion() {
        return released().stream()
                .map(Released::version)
                .max(MigrationVersion::compareTo)
                .orElseThrow(() -> new IllegalStateException(LIST + " lists no migration"));
    }

    /**
     * The release an installation of this build upgrades from: the newest release below the newest migration this build
     * ships, given by the last migration of each {@code # Release} block of the list. While a build adds migrations to
     * the last release it is that release; once its migrations are listed as a release of their own, it is the one
     * before.
     */
    static MigrationVersion previousRelease() {
        MigrationVersion newestShipped = shipped().values().stream()
                .max(MigrationVersion::compareTo)
                .orElseThrow(() -> new IllegalStateException("no migration in " + LOCATION));
        List<MigrationVersion> ends = new ArrayList<>();
        MigrationVersion last = null;
        for (String line : read(new ClassPathResource(LIST)).split("\n")) {
            if (line.startsWith("# Release") && last != null) {
                ends.add(last);
            } else if (!line.isBlank() && !line.startsWith("#")) {
                last = MigrationVersion.fromVersion(line.strip().split("\\|")[0]);
            }
        }
        if (last != null) {
            ends.add(last);
        }
        return ends.stream()
                .filter(end -> end.compareTo(newestShipped) < 0)
                .max(MigrationVersion::compareTo)
                .orElseThrow(() -> new IllegalStateException(LIST + " lists no release below " + newestShipped));
    }

    /** Every versioned migration the application ships, by file name (SQL and Java alike). */
    static Map<String, MigrationVersion> shipped() {
        try {
            Map<String, MigrationVersion> shipped = new TreeMap<>();
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:" + LOCATION + "/*")) {
                String name = resource.getFilename();
                Matcher versioned = name == null ? null : VERSIONED.matcher(name);
                if (versioned != null && versioned.matches()) {
                    shipped.put(name, MigrationVersion.fromVersion(versioned.group(1)));
                }
            }
            return shipped;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 of the file with its line endings normalised, so that a checkout with CRLF hashes the same. */
    static String sha256(String fileName) {
        ClassPathResource file = new ClassPathResource(LOCATION + "/" + fileName);
        if (!file.exists()) {
            return null;
        }
        try (var in = file.getInputStream()) {
            byte[] bytes = in.readAllBytes();
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < bytes.length; i++) {
                boolean carriageReturnOfCrLf = bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n';
                if (!carriageReturnOfCrLf) {
                    sha256.update(bytes[i]);
                }
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }
}
