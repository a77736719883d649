package org.masar.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The restricted sample is a test bed, not a feature: none of its classes, endpoints or tables ship in the application,
 * so it is in neither the public API nor the OpenAPI document of a real start.
 */
class RestrictedSampleIsTestOnlyTests {

    @Test
    void noApplicationClassIsPartOfTheSample() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.masar");
        assertThat(classes).isNotEmpty();
        assertThat(classes.stream().map(JavaClass::getName))
                .noneMatch(name -> name.startsWith("org.masar.access.sample") || name.contains("RestrictedSample"));
    }

    @Test
    void noApplicationMigrationCreatesTheSampleTable() throws IOException {
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            assertThat(migrations.filter(file -> read(file).contains("restricted_sample")))
                    .isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
