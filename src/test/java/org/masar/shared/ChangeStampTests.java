package org.masar.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.collect.CollectTestSupport.basic;
import static org.masar.collect.CollectTestSupport.from;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.masar.ApplicationRole;
import org.masar.MasarIntegrationTest;
import org.masar.collect.CollectTestSupport;
import org.masar.collect.CollectTestSupport.Phone;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Caches under the change stamp are never staler than the database: the stamp moves when a transaction that changed a
 * stamped table commits, once, and not before; inside that transaction the caches read the database; the application's
 * own role (this test's connection) reads the stamp but cannot move it; and a change made by a plain statement, as
 * another node would make it, is seen by the next OpenRosa request.
 */
@MasarIntegrationTest
class ChangeStampTests {

    @Autowired
    ChangeStamp changes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JsonMapper json;

    private long stamp() {
        return jdbc.sql("SELECT stamp FROM shared_change_stamp")
                .query(Long.class)
                .single();
    }

    private UUID newUser() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO access_user (id, username, display_name, password_hash, must_change_password,
                                                 created_by, updated_by)
                        VALUES (:id, :username, 'Stamp test', 'x', false, 'test', 'test')
                        """)
                .param("id", id)
                .param("username", "stamp-" + id.toString().substring(0, 8))
                .update();
        return id;
    }

    @Test
    void theApplicationRoleReadsTheStampButCannotMoveIt() {
        assertThat(stamp()).isPositive();
        ApplicationRole.isRefused(
                jdbc,
                List.of(
                        "UPDATE shared_change_stamp SET stamp = 1",
                        "DELETE FROM shared_change_stamp",
                        "INSERT INTO shared_change_stamp (only_row, stamp) VALUES (false, 1)",
                        "TRUNCATE shared_change_stamp"));
    }

    @Test
    void aValueIsReadAgainOnlyAfterAChangeToAStampedTableCommitted() {
        ChangeStamp.Cache<String, Integer> cache = changes.cache(10);
        AtomicInteger reads = new AtomicInteger();
        Function<String, Integer> read = key -> reads.incrementAndGet();
        assertThat(cache.get("k", read)).isEqualTo(1);
        assertThat(cache.get("k", read)).as("nothing changed").isEqualTo(1);

        // a table that is not stamped moves nothing
        long before = stamp();
        jdbc.sql("""
                        INSERT INTO access_office (id, organisation_id, code, name_en, name_ar, created_by, updated_by)
                        SELECT :id, o.id, :code, 'Stamp office', 'مكتب', 'test', 'test'
                          FROM access_organisation o LIMIT 1
                        """)
                .param("id", UUID.randomUUID())
                .param(
                        "code",
                        "STAMP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase())
                .update();
        assertThat(stamp()).isEqualTo(before);
        assertThat(cache.get("k", read)).isEqualTo(1);

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            UUID user = newUser();
            jdbc.sql("UPDATE access_user SET display_name = 'Renamed' WHERE id = :id")
                    .param("id", user)
                    .update();
            assertThat(stamp()).as("moved only when the change commits").isEqualTo(before);
            // the transaction that changed a stamped table reads its own writes: the caches read the database
            assertThat(cache.get("k", read)).isEqualTo(2);
            assertThat(cache.get("k", read)).isEqualTo(3);
        });
        assertThat(stamp())
                .as("once for the transaction, however many rows it changed")
                .isEqualTo(before + 1);
        assertThat(cache.get("k", read)).isEqualTo(4);
        assertThat(cache.get("k", read)).isEqualTo(4);

        // a change undone moves nothing
        TransactionTemplate undone = new TransactionTemplate(transactionManager);
        undone.executeWithoutResult(status -> {
            newUser();
            status.setRollbackOnly();
        });
        assertThat(stamp()).isEqualTo(before + 1);
        assertThat(cache.get("k", read)).isEqualTo(4);
    }

    @Test
    void aPasswordRevokedOrAnAccountDisabledByAStatementStopsTheNextOpenRosaRequest() {
        CollectTestSupport collect = new CollectTestSupport(mvc, jdbc, encoder, json);
        CollectTestSupport.User enumerator = collect.user("DTM_ENUMERATOR");
        Phone phone = collect.phone(enumerator, "Phone");
        assertThat(formList(phone)).hasStatusOk();
        assertThat(formList(phone)).as("read from the caches").hasStatusOk();

        // its last use is written at most once a minute and is not stamped: the caches stay
        long before = stamp();
        jdbc.sql("UPDATE collect_password SET last_used_at = now() WHERE id = :id")
                .param("id", phone.passwordId())
                .update();
        assertThat(stamp()).isEqualTo(before);

        // as another node would: a plain statement, no cache told
        jdbc.sql("UPDATE access_user SET enabled = false WHERE id = :id")
                .param("id", enumerator.id())
                .update();
        assertThat(formList(phone)).hasStatus(HttpStatus.UNAUTHORIZED);
        jdbc.sql("UPDATE access_user SET enabled = true WHERE id = :id")
                .param("id", enumerator.id())
                .update();
        assertThat(formList(phone)).hasStatusOk();

        jdbc.sql("UPDATE collect_password SET revoked_at = now() WHERE id = :id")
                .param("id", phone.passwordId())
                .update();
        assertThat(formList(phone)).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    private MvcTestResult formList(Phone phone) {
        return mvc.get()
                .uri("/formList")
                .header("X-OpenRosa-Version", "1.0")
                .header("Authorization", basic(phone.username(), phone.password()))
                .with(from("192.0.2.77"))
                .exchange();
    }
}
