package org.masar.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.masar.DatabaseOwner;
import org.masar.MasarIntegrationTest;
import org.masar.audit.AuditEntry;
import org.masar.audit.AuditOutcome;
import org.masar.audit.AuditVerification;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A database whose trail was written by V15's unkeyed SHA-256 chain upgrades, gets its old entries linked afresh under
 * the key, and still verifies, its old hashes included: an entry changed before the upgrade is still found.
 */
@MasarIntegrationTest
class AuditUpgradeTests {

    @Autowired
    Environment environment;

    @Autowired
    AuditKey key;

    @Autowired
    JsonMapper json;

    @Test
    void entriesOfTheUnkeyedChainVerifyAfterTheUpgrade() {
        try (var upgraded = new UpgradedDatabase("masar_upgrade_intact")) {
            upgraded.migrateTo("15");
            upgraded.writeLegacyEntries(3);
            upgraded.migrateTo("latest");

            assertThat(upgraded.chainer().linkAllCommitted()).isEqualTo(3);
            AuditVerification verification = upgraded.verify();
            assertThat(verification.intact()).isTrue();
            assertThat(verification.entriesChecked()).isEqualTo(3);
            assertThat(verification.pendingEntries()).isZero();
        }
    }

    @Test
    void anEntryChangedBeforeTheUpgradeIsStillFound() {
        try (var upgraded = new UpgradedDatabase("masar_upgrade_tampered")) {
            upgraded.migrateTo("15");
            upgraded.writeLegacyEntries(3);
            upgraded.owner
                    .sql("SET session_replication_role = replica;"
                            + " UPDATE audit_entry SET actor = 'nobody' WHERE sequence = 2;"
                            + " SET session_replication_role = DEFAULT")
                    .update();
            upgraded.migrateTo("latest");

            upgraded.chainer().linkAllCommitted();
            AuditVerification verification = upgraded.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSequence()).isEqualTo(2L);
            assertThat(verification.problem()).isEqualTo("hash");
        }
    }

    /** A database of its own on the test's PostgreSQL server, dropped afterwards. */
    private final class UpgradedDatabase implements AutoCloseable {

        final String name;
        final PGSimpleDataSource dataSource = new PGSimpleDataSource();
        final JdbcClient owner;
        final AuditAppender appender;

        UpgradedDatabase(String name) {
            this.name = name;
            JdbcClient server = DatabaseOwner.jdbc(environment);
            server.sql("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)").update();
            server.sql("CREATE DATABASE " + name).update();
            String serverUrl = environment.getRequiredProperty("spring.flyway.url");
            dataSource.setUrl(serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name);
            dataSource.setUser(environment.getRequiredProperty("spring.flyway.user"));
            dataSource.setPassword(environment.getProperty("spring.flyway.password", ""));
            owner = JdbcClient.create(dataSource);
            appender = new AuditAppender(
                    owner,
                    new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(dataSource),
                    json,
                    dataSource.getUrl(),
                    dataSource.getUser(),
                    dataSource.getPassword(),
                    1);
        }

        void migrateTo(String version) {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .placeholders(Map.of("app_role", environment.getRequiredProperty("masar.database.app-role")))
                    .target(version)
                    .load()
                    .migrate();
        }

        /** Entries exactly as V15's AuditService wrote them: each hashed, unkeyed, over the one before. */
        void writeLegacyEntries(int count) {
            String previous = AuditChain.GENESIS;
            Instant at = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MICROS);
            for (int number = 1; number <= count; number++) {
                AuditEntry entry = new AuditEntry(
                        number,
                        at.plusSeconds(number),
                        "admin",
                        "127.0.0.1",
                        null,
                        "access.sign-in",
                        AuditOutcome.SUCCESS,
                        "user",
                        "u-" + number,
                        null,
                        Map.of("factor", "password"),
                        null);
                String hash = AuditChain.legacyHash(previous, entry);
                owner.sql("""
                                INSERT INTO audit_entry (occurred_at, actor, client_address, user_agent, action, outcome,
                                                         subject_type, subject_id, reason, details, previous_hash, hash)
                                VALUES (:at, 'admin', '127.0.0.1', NULL, 'access.sign-in', 'SUCCESS', 'user', :subject,
                                        NULL, '{"factor": "password"}', :previous, :hash)
                                """)
                        .param("at", Timestamp.from(entry.occurredAt()))
                        .param("subject", entry.subjectId())
                        .param("previous", previous)
                        .param("hash", hash)
                        .update();
                previous = hash;
            }
        }

        AuditChainer chainer() {
            return new AuditChainer(
                    owner, new TransactionTemplate(new DataSourceTransactionManager(dataSource)), key, json, 2);
        }

        AuditVerification verify() {
            AuditService service =
                    new AuditService(owner, dataSource, appender, key, json, Clock.systemUTC(), Duration.ofMinutes(15));
            return new TransactionTemplate(new DataSourceTransactionManager(dataSource))
                    .execute(status -> service.verify());
        }

        @Override
        public void close() {
            appender.destroy();
            DatabaseOwner.jdbc(environment)
                    .sql("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
                    .update();
        }
    }
}
