package org.masar;

import org.masar.shared.database.EmbeddedPostgresBackupCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Masar: the information system of the Libya mission, one modular monolith over one PostgreSQL database.
 *
 * <p>Each business module is a package below this one; {@code shared} holds the few cross-cutting pieces every module
 * uses (problem details, layout, locale, the embedded database).
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
@EnableAsync
@EnableScheduling
public class MasarApplication {

    public static void main(String[] args) {
        if (EmbeddedPostgresBackupCommand.isRequested(args)) {
            // Without Spring: starting the application would start a second server on the running data folder.
            System.exit(EmbeddedPostgresBackupCommand.run(args));
        }
        SpringApplication.run(MasarApplication.class, args);
    }
}
