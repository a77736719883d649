package org.masar.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.masar.shared.database.ReleasedMigrations.Released;

/**
 * Installations have run the released migrations, and Flyway refuses to start on a database whose history differs from
 * the files (see issue 10: renamed and out-of-order migrations broke every existing database). So a released migration
 * is never edited, renamed or removed, and a new one always comes after the last released one.
 */
class ReleasedMigrationsTests {

    private static final String HOW_TO = """

            Released migrations have already run on installations: never edit, rename or remove one (Flyway would \
            refuse to start there). To change the schema, add a new file src/main/resources/db/migration/\
            V<next>__<module>_<step>.sql numbered above every existing migration (now above %s), which alters what \
            you need. At a release, append the new migrations to src/test/resources/%s.""";

    private final List<Released> released = ReleasedMigrations.released();
    private final MigrationVersion lastReleased = ReleasedMigrations.lastReleasedVersion();

    @Test
    void everyReleasedMigrationIsStillThereUnchanged() {
        assertThat(released).isNotEmpty();
        for (Released migration : released) {
            assertThat(ReleasedMigrations.sha256(migration.fileName()))
                    .as("released migration " + migration.fileName() + " is missing, renamed or edited"
                            + howToAddMigrations())
                    .isEqualTo(migration.sha256());
            assertThat(ReleasedMigrations.shipped().get(migration.fileName()))
                    .as("%s is listed with the version of its file name", migration.fileName())
                    .isEqualTo(migration.version());
        }
    }

    @Test
    void everyNewMigrationComesAfterTheLastReleasedOne() {
        var listed = released.stream().map(Released::fileName).collect(Collectors.toSet());
        Map<String, MigrationVersion> unreleasedOutOfOrder = ReleasedMigrations.shipped().entrySet().stream()
                .filter(shipped -> !listed.contains(shipped.getKey()))
                .filter(shipped -> shipped.getValue().compareTo(lastReleased) <= 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(unreleasedOutOfOrder)
                .as("new migrations numbered at or below the last released version " + lastReleased
                        + ": an installation at that version would never run them" + howToAddMigrations())
                .isEmpty();
    }

    @Test
    void noTwoMigrationsShareAVersion() {
        // Two branches that each took the next number meet here after merging.
        Map<MigrationVersion, List<String>> byVersion = ReleasedMigrations.shipped().entrySet().stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        assertThat(byVersion.values())
                .as("migrations sharing a version: renumber the unreleased one above " + highestShipped())
                .allSatisfy(files -> assertThat(files).hasSize(1));
    }

    private static String howToAddMigrations() {
        return HOW_TO.formatted(highestShipped(), ReleasedMigrations.LIST);
    }

    private static MigrationVersion highestShipped() {
        return ReleasedMigrations.shipped().values().stream()
                .max(MigrationVersion::compareTo)
                .orElseThrow();
    }
}
