package org.masar.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.DatabaseOwner;
import org.masar.MasarIntegrationTest;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.audit.AuditVerification;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chainer links entries in the order they commit, whatever sequence they took, and the verification tells entries
 * waiting for it from entries that it should have linked long ago. The chainer is called directly, never waited for.
 */
@MasarIntegrationTest
class AuditChainerTests {

    @Autowired
    AuditChainer chainer;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Environment environment;

    @Autowired
    MockMvcTester mvc;

    @BeforeEach
    void actAsAuditor() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "auditor", null, List.of(new SimpleGrantedAuthority("audit:verify"))));
        SecurityContextHolder.setContext(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anEntryThatCommitsLateIsLinkedLaterNotSkipped() throws Exception {
        String subject = UUID.randomUUID().toString();
        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        // The slow step takes the lower sequence, then keeps its transaction open.
        CompletableFuture<Void> slowStep =
                CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
                    audit.record(AuditEvent.of("test.order.slow", "thing", subject));
                    recorded.countDown();
                    try {
                        assertThat(mayCommit.await(30, TimeUnit.SECONDS)).isTrue();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }));
        assertThat(recorded.await(30, TimeUnit.SECONDS)).isTrue();
        audit.record(AuditEvent.of("test.order.fast", "thing", subject));
        chainer.linkAllCommitted();
        assertThat(positionOf("test.order.fast", subject)).isNotNull();
        assertThat(positionOf("test.order.slow", subject)).isNull();

        mayCommit.countDown();
        slowStep.get(30, TimeUnit.SECONDS);
        chainer.linkAllCommitted();

        assertThat(sequenceOf("test.order.slow", subject)).isLessThan(sequenceOf("test.order.fast", subject));
        assertThat(positionOf("test.order.slow", subject)).isGreaterThan(positionOf("test.order.fast", subject));
        AuditVerification verification = audit.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.pendingEntries()).isZero();
    }

    @Test
    void recentUnlinkedEntriesArePendingAndLongUnlinkedOnesBreakTheChain() throws Exception {
        chainer.linkAllCommitted();
        JdbcClient owner = DatabaseOwner.jdbc(environment);
        // Hold the chainer's lock, as a chainer busy on another node would: nothing gets linked meanwhile.
        try (Connection otherNode = ownerDataSource().getConnection()) {
            try (var lock = otherNode.createStatement()) {
                lock.execute("SELECT pg_advisory_lock(" + AuditChainer.LOCK + ")");
            }
            audit.record(AuditEvent.of("test.pending.recent"));
            AuditVerification pending = audit.verify();
            assertThat(pending.intact()).isTrue();
            assertThat(pending.pendingEntries()).isEqualTo(1);
            assertThat(mvc.get()
                            .uri("/audit?action=test.pending.recent")
                            .with(user("viewer").authorities(() -> "audit:read")))
                    .hasStatusOk()
                    .bodyText()
                    .contains("audit-pending");
            actAsAuditor(); // MockMvc leaves the thread without the test's signed-in user

            // An entry that nobody queued for the chainer (its queue row emptied) and that is long past the grace.
            long forgotten = owner.sql("""
                            INSERT INTO audit_entry (occurred_at, actor, action, outcome, details)
                            VALUES (now() - interval '1 day', 'system', 'test.pending.forgotten', 'SUCCESS', '{}')
                            RETURNING sequence
                            """).query(Long.class).single();
            try {
                AuditVerification overdue = audit.verify();
                assertThat(overdue.intact()).isFalse();
                assertThat(overdue.problem()).isEqualTo("unchained");
                assertThat(overdue.firstBrokenSequence()).isEqualTo(forgotten);
                // The recent entry, the viewer's own search of the trail, and the forgotten one.
                assertThat(overdue.pendingEntries()).isEqualTo(3);
            } finally {
                owner.sql("SET session_replication_role = replica; DELETE FROM audit_entry WHERE sequence = "
                                + forgotten + "; SET session_replication_role = DEFAULT")
                        .update();
            }
        }
        assertThat(chainer.linkAllCommitted()).isGreaterThanOrEqualTo(1);
        AuditVerification linked = audit.verify();
        assertThat(linked.intact()).isTrue();
        assertThat(linked.pendingEntries()).isZero();
    }

    private PGSimpleDataSource ownerDataSource() {
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setUrl(environment.getRequiredProperty("spring.flyway.url"));
        owner.setUser(environment.getRequiredProperty("spring.flyway.user"));
        owner.setPassword(environment.getProperty("spring.flyway.password", ""));
        return owner;
    }

    private long sequenceOf(String action, String subject) {
        return jdbc.sql("SELECT sequence FROM audit_entry WHERE action = :action AND subject_id = :subject")
                .param("action", action)
                .param("subject", subject)
                .query(Long.class)
                .single();
    }

    private Long positionOf(String action, String subject) {
        return jdbc.sql("""
                        SELECT l.position FROM audit_entry e JOIN audit_link l ON l.entry_sequence = e.sequence
                        WHERE e.action = :action AND e.subject_id = :subject
                        """)
                .param("action", action)
                .param("subject", subject)
                .query(Long.class)
                .optional()
                .orElse(null);
    }
}
