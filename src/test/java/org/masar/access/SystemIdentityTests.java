package org.masar.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.DatabaseOwner;
import org.masar.MasarIntegrationTest;
import org.masar.access.sample.RestrictedSamples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Background work (no request, nobody signed in) under the system identity: row-level security lets it change a
 * restricted row no user can see, every run is audited with its reason, and nobody can sign in as it.
 */
@MasarIntegrationTest
class SystemIdentityTests {

    @Autowired
    SystemIdentity system;

    @Autowired
    RestrictedRecords restricted;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Environment environment;

    @Autowired
    MockMvcTester mvc;

    UUID hidden;
    TransactionTemplate transaction;

    /** A restricted record assigned to nobody: no signed-in user reads it, not even a supervisor. */
    @BeforeEach
    void aRestrictedRowNoUserCanSee() {
        SecurityContextHolder.clearContext();
        transaction = new TransactionTemplate(transactions);
        hidden = UUID.randomUUID();
        DatabaseOwner.jdbc(environment).sql("""
                        INSERT INTO access_restricted_sample (id, title, sensitivity, created_by, updated_by)
                        VALUES (:id, 'Before the merge', 'RESTRICTED', 'test', 'test')
                        """).param("id", hidden).update();
    }

    @Test
    void aJobUnderTheSystemIdentityUpdatesTheRowWhichWithoutItTouchesNothing() {
        assertThat(rePointInATransaction()).isZero();

        String reason = "test: re-point after merge " + UUID.randomUUID();
        // On a thread of its own, as a scheduled job or an event listener runs: no request, nobody signed in.
        int touched = CompletableFuture.supplyAsync(() -> system.run(reason, this::rePointInATransaction))
                .join();
        assertThat(touched).isOne();

        assertThat(titleAsOwner()).isEqualTo("After the merge");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_entry
                         WHERE action = 'access.system-identity.run' AND actor = :actor AND reason = :reason
                        """)
                        .param("actor", SystemIdentity.NAME)
                        .param("reason", reason)
                        .query(Long.class)
                        .single())
                .isOne();
        // Whoever acted before (here: nobody) acts again afterwards.
        assertThat(system.isActive()).isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(rePointInATransaction()).isZero();
    }

    @Test
    void inATransactionAlreadyOpenItActsForTheRunOnlyAndHandsTheTransactionBack() {
        int[] touched = transaction.execute(status -> {
            int inside = system.run("test: listener in an open transaction", () -> rePoint());
            int after = rePoint();
            return new int[] {inside, after};
        });
        assertThat(touched).containsExactly(1, 0);
    }

    @Test
    void theFaceGuardLetsTheSystemIdentityReadAndAuditsTheRead() {
        RecordRef ref = RestrictedSamples.ref(hidden);
        assertThatThrownBy(() -> restricted.checkRead(ref)).isInstanceOf(RestrictedRecordDenied.class);

        GuardedRecord guarded = system.run("test: read for a merge", () -> restricted.checkRead(ref));

        assertThat(guarded.sensitivity()).isEqualTo(Sensitivity.RESTRICTED);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_entry
                         WHERE action = 'access.restricted-read' AND actor = :actor AND subject_id = :id
                           AND outcome = 'SUCCESS' AND details ->> 'basis' = 'system'
                        """)
                        .param("actor", SystemIdentity.NAME)
                        .param("id", hidden.toString())
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void aRunStartedOnAUsersThreadNamesThemAndHandsTheirIdentityBack() {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated("some-caseworker", null, List.of()));
        String reason = "test: started in a request " + UUID.randomUUID();

        system.run(reason, () -> assertThat(system.isActive()).isTrue());

        assertThat(SecurityContextHolder.getContext().getAuthentication().getName())
                .isEqualTo("some-caseworker");
        assertThat(jdbc.sql("""
                        SELECT details ->> 'startedBy' FROM audit_entry
                         WHERE action = 'access.system-identity.run' AND actor = :actor AND reason = :reason
                        """)
                        .param("actor", SystemIdentity.NAME)
                        .param("reason", reason)
                        .query(String.class)
                        .single())
                .isEqualTo("some-caseworker");
    }

    @Test
    void nobodyCanSignInAsTheSystemIdentityNorGiveItAnAccountOrAToken() {
        TestAccounts accounts = new TestAccounts(jdbc, null, mvc);
        MvcTestResult signIn = accounts.signIn(SystemIdentity.NAME, "any password at all");
        assertThat(signIn.getResponse().getRedirectedUrl()).isNotEqualTo("/");
        // Its name is not a possible username, and its id can never be an account's.
        assertThat(mvc.post()
                        .uri("/api/v1/admin/users")
                        .with(AccessTestSupport.administrator())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"%s\",\"displayName\":\"System\"}".formatted(SystemIdentity.NAME)))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(jdbc.sql("SELECT count(*) FROM access_user WHERE id = :id")
                        .param("id", SystemIdentity.ID.value())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThatThrownBy(() ->
                        jdbc.sql("""
                                INSERT INTO access_user (id, username, display_name, password_hash, created_by,
                                                         updated_by)
                                VALUES (:id, 'system-twin', 'System', 'x', 'test', 'test')
                                """).param("id", SystemIdentity.ID.value()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        // An API token belongs to an account, so none can be made for it.
        assertThatThrownBy(() -> jdbc.sql("""
                                INSERT INTO access_api_token (id, user_id, name, prefix, token_hash)
                                VALUES (:id, :user, 'job', 'msr_', repeat('a', 64))
                                """)
                        .param("id", UUID.randomUUID())
                        .param("user", SystemIdentity.ID.value())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @AfterEach
    void nobodyActsAfterwards() {
        SecurityContextHolder.clearContext();
    }

    private int rePointInATransaction() {
        Integer touched = transaction.execute(status -> rePoint());
        return touched == null ? 0 : touched;
    }

    private int rePoint() {
        return jdbc.sql("UPDATE access_restricted_sample SET title = 'After the merge' WHERE id = :id")
                .param("id", hidden)
                .update();
    }

    private String titleAsOwner() {
        return DatabaseOwner.jdbc(environment)
                .sql("SELECT title FROM access_restricted_sample WHERE id = :id")
                .param("id", hidden)
                .query(String.class)
                .single();
    }
}
