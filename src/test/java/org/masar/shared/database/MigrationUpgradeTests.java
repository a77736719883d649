package org.masar.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.DatabaseOwner;
import org.masar.MasarIntegrationTest;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An installation of the previous release, with data in it, upgrades to this build: the new migrations run on top of
 * the released ones without losing what was there, and the result validates.
 *
 * <p>The old installation is a database of its own on the test's embedded server, migrated only up to the previous
 * release ({@link ReleasedMigrations#previousRelease()}); the data is written with the SQL of that release's schema, as
 * the application of that release would have. When a release moves on, so does that SQL.
 */
@MasarIntegrationTest
class MigrationUpgradeTests {

    @Autowired
    Environment environment;

    private final String database =
            "masar_upgrade_" + UUID.randomUUID().toString().replace("-", "");
    private JdbcClient server;

    @BeforeEach
    void createDatabaseOfThePreviousRelease() {
        server = DatabaseOwner.jdbc(environment);
        // The name is generated above, never input.
        server.sql("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0")
                .update();
    }

    @AfterEach
    void dropDatabase() {
        server.sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)").update();
    }

    @Test
    void anInstallationOfTheLastReleaseUpgradesWithItsDataIntact() {
        MigrationVersion previousRelease = ReleasedMigrations.previousRelease();
        DataSource oldInstallation = dataSourceOf(database);
        flyway(oldInstallation).target(previousRelease).load().migrate();
        assertThat(flyway(oldInstallation).load().info().current().getVersion())
                .as("the old installation stops at the previous release")
                .isEqualTo(previousRelease);
        JdbcClient sql = JdbcClient.create(oldInstallation);
        writeDataAsTheLastReleaseDid(sql);

        var upgrade = flyway(oldInstallation).load();
        upgrade.migrate();
        upgrade.validate();

        assertThat(sql.sql("SELECT display_name FROM access_user WHERE username = 'amina.caseworker'")
                        .query(String.class)
                        .single())
                .isEqualTo("أمينة الورفلي");
        assertThat(sql.sql("""
                                SELECT r.role_code FROM access_user_role r JOIN access_user u ON u.id = r.user_id
                                WHERE u.username = 'amina.caseworker'""").query(String.class).list()).containsExactly("CASEWORKER");
        assertThat(sql.sql("SELECT name_ar FROM geo_site WHERE code = 'DP-ZAWIYA-1'")
                        .query(String.class)
                        .single())
                .isEqualTo("نقطة إنزال الزاوية");
        assertThat(sql.sql("SELECT action FROM audit_entry WHERE actor = 'admin' ORDER BY occurred_at")
                        .query(String.class)
                        .list())
                .containsExactly("access.user.created", "geo.site.created", "access.sign-in");
    }

    /** A caseworker, a disembarkation point and the audit entries of their creation, in the released schema. */
    private static void writeDataAsTheLastReleaseDid(JdbcClient sql) {
        UUID user = UUID.randomUUID();
        sql.sql("""
                        INSERT INTO access_user (id, username, display_name, password_hash, created_by, updated_by)
                        VALUES (?, 'amina.caseworker', 'أمينة الورفلي', '{argon2}$argon2id$v=19$m=16384,t=2,p=1$x$y',
                                'admin', 'admin')""").param(user).update();
        sql.sql("INSERT INTO access_user_role (user_id, role_code) VALUES (?, 'CASEWORKER')")
                .param(user)
                .update();
        sql.sql("""
                        INSERT INTO geo_site (id, code, type, name_en, name_ar, baladiya_pcode, lat, lon,
                                              created_at, created_by, updated_at, updated_by)
                        SELECT ?, 'DP-ZAWIYA-1', 'DISEMBARKATION_POINT', 'Zawiya disembarkation point',
                               'نقطة إنزال الزاوية', (SELECT min(pcode) FROM geo_baladiya), 32.76, 12.72,
                               now(), 'admin', now(), 'admin'""").param(UUID.randomUUID()).update();
        String previousHash = "0".repeat(64);
        int minute = 0;
        for (String action : new String[] {"access.user.created", "geo.site.created", "access.sign-in"}) {
            String hash = String.format("%064x", action.hashCode() & 0xffffffffL);
            sql.sql("""
                            INSERT INTO audit_entry (occurred_at, actor, client_address, action, outcome, subject_type,
                                                     subject_id, details, previous_hash, hash)
                            VALUES (timestamptz '2026-12-01 09:00Z' + make_interval(mins => ?), 'admin', '127.0.0.1',
                                    ?, 'SUCCESS', 'user', 'amina.caseworker', '{"note": "upgrade test"}'::jsonb, ?, ?)""").params(minute++, action, previousHash, hash).update();
            previousHash = hash;
        }
    }

    /** Flyway as the application configures it (locations and placeholders), with its own target. */
    private org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource dataSource) {
        Map<String, String> placeholders = Binder.get(environment)
                .bind("spring.flyway.placeholders", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:" + ReleasedMigrations.LOCATION)
                .placeholders(placeholders);
    }

    private DataSource dataSourceOf(String name) {
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setUrl(
                environment.getRequiredProperty("spring.flyway.url").replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"));
        owner.setUser(environment.getRequiredProperty("spring.flyway.user"));
        owner.setPassword(environment.getProperty("spring.flyway.password", ""));
        return owner;
    }
}
