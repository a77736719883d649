package org.masar.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The {@code test.echo} command type is a test bed: none of it ships in the application. */
class EchoSampleIsTestOnlyTests {

    @Test
    void noApplicationClassIsPartOfTheSample() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.masar");
        assertThat(classes).isNotEmpty();
        assertThat(classes.stream().map(JavaClass::getName))
                .noneMatch(name -> name.startsWith("org.masar.approvals.sample"));
    }
}
