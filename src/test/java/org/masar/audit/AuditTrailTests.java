package org.masar.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.DatabaseOwner;
import org.masar.MasarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The trail is append-only, chained, searchable, and any tampering is found by the verification. Entries are linked by
 * the scheduled chainer after they commit; tests wait for it with Awaitility rather than sleeping.
 */
@MasarIntegrationTest
class AuditTrailTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void actAsAuditor() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "auditor",
                null,
                List.of(new SimpleGrantedAuthority("audit:read"), new SimpleGrantedAuthority("audit:verify"))));
        SecurityContextHolder.setContext(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void recordsWhoDidWhatAndKeepsTheChainIntact() {
        String subject = UUID.randomUUID().toString();
        audit.record(AuditEvent.of("test.thing.created", "thing", subject).with("count", 3));
        audit.record(AuditEvent.of("test.thing.read", "thing", subject)
                .withOutcome(AuditOutcome.DENIED)
                .because("not assigned"));

        var found = audit.search(new AuditFilter(null, null, null, "thing", subject, null, null), 0, 10);
        assertThat(found.total()).isEqualTo(2);
        assertThat(found.items().getFirst().action()).isEqualTo("test.thing.read");
        assertThat(found.items().getFirst().outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(found.items().getFirst().reason()).isEqualTo("not assigned");
        assertThat(found.items().getLast().actor()).isEqualTo("auditor");
        assertThat(found.items().getLast().details()).isEqualTo(Map.of("count", "3"));
        awaitChained();
        AuditVerification verification = audit.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void successesRollBackWithTheStepButRefusalsAndFailuresSurviveIt() {
        String subject = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> {
            audit.record(AuditEvent.of("test.rollback.done", "thing", subject));
            audit.record(
                    AuditEvent.of("test.rollback.refused", "thing", subject).withOutcome(AuditOutcome.DENIED));
            audit.record(AuditEvent.of("test.rollback.failed", "thing", subject).withOutcome(AuditOutcome.FAILURE));
            status.setRollbackOnly();
        });
        var kept = audit.search(new AuditFilter(null, null, null, "thing", subject, null, null), 0, 10);
        assertThat(kept.items())
                .extracting(AuditEntry::action)
                .containsExactlyInAnyOrder("test.rollback.refused", "test.rollback.failed");

        String committed = UUID.randomUUID().toString();
        transactions.executeWithoutResult(
                status -> audit.record(AuditEvent.of("test.commit.done", "thing", committed)));
        assertThat(audit.search(new AuditFilter(null, null, null, "thing", committed, null, null), 0, 10)
                        .total())
                .isEqualTo(1);
    }

    @Test
    void manyConcurrentAuditedStepsShareTheDefaultPoolWithoutFailing() throws Exception {
        // Seen before: 16 concurrent audited steps on the pool of 10 failed 11 times, each holding its connection while
        // waiting for a second one and for a global lock. Four times the pool, each step writing several entries.
        String subject = UUID.randomUUID().toString();
        int callers = 40;
        int entriesEach = 5;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Callable<Void>> steps = new ArrayList<>();
            for (int caller = 0; caller < callers; caller++) {
                steps.add(() -> {
                    transactions.executeWithoutResult(status -> {
                        for (int entry = 0; entry < entriesEach; entry++) {
                            audit.record(AuditEvent.of("test.concurrent.step", "thing", subject));
                        }
                    });
                    return null;
                });
            }
            for (Future<Void> step : pool.invokeAll(steps)) {
                step.get(); // rethrows the first failure
            }
        } finally {
            pool.shutdown();
        }
        assertThat(audit.count(new AuditFilter(null, null, null, "thing", subject, null, null)))
                .isEqualTo((long) callers * entriesEach);
        awaitChained();
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aSearchIsItselfAuditedWithItsFilter() {
        String subject = UUID.randomUUID().toString();
        audit.search(
                new AuditFilter(null, "test.searched.for", AuditOutcome.DENIED, "thing", subject, null, null), 0, 10);
        var searches =
                audit.search(new AuditFilter("auditor", "audit.entries.searched", null, null, null, null, null), 0, 50);
        assertThat(searches.items())
                .anySatisfy(entry -> assertThat(entry.details())
                        .containsEntry("action", "test.searched.for")
                        .containsEntry("outcome", "DENIED")
                        .containsEntry("subject-id", subject)
                        .containsEntry("results", "0"));
    }

    @Test
    void theApplicationCannotChangeOrRemoveEntries() {
        audit.record(AuditEvent.of("test.append-only.checked"));
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET actor = 'someone else'")
                        .update())
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry").update())
                .rootCause()
                .hasMessageContaining("permission denied");
        awaitChained();
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_link SET mac = mac").update())
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_link").update())
                .rootCause()
                .hasMessageContaining("permission denied");
    }

    @Test
    void aChangedEntryIsFoundByTheVerification() {
        String subject = UUID.randomUUID().toString();
        audit.record(AuditEvent.of("test.tamper.target", "thing", subject));
        audit.record(AuditEvent.of("test.tamper.after", "thing", subject));
        awaitChained();
        long target = sequenceOf("test.tamper.target", subject);
        JdbcClient owner = DatabaseOwner.jdbc(environment);
        try {
            // Even the owner has to switch the append-only trigger off to do this.
            tamper(owner, "UPDATE audit_entry SET actor = 'nobody' WHERE sequence = " + target);
            AuditVerification broken = audit.verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBrokenSequence()).isEqualTo(target);
            assertThat(broken.problem()).isEqualTo("hash");
        } finally {
            tamper(owner, "UPDATE audit_entry SET actor = 'auditor' WHERE sequence = " + target);
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aRemovedEntryIsFoundByTheVerification() {
        String subject = UUID.randomUUID().toString();
        audit.record(AuditEvent.of("test.remove.target", "thing", subject));
        audit.record(AuditEvent.of("test.remove.after", "thing", subject));
        awaitChained();
        long target = sequenceOf("test.remove.target", subject);
        long after = sequenceOf("test.remove.after", subject);
        JdbcClient owner = DatabaseOwner.jdbc(environment);
        Map<String, Object> entry = owner.sql("SELECT * FROM audit_entry WHERE sequence = :s")
                .param("s", target)
                .query()
                .singleRow();
        Map<String, Object> link = owner.sql("SELECT * FROM audit_link WHERE entry_sequence = :s")
                .param("s", target)
                .query()
                .singleRow();
        try {
            // Only the entry: its link is left pointing at nothing.
            tamper(owner, "DELETE FROM audit_entry WHERE sequence = " + target);
            AuditVerification missing = audit.verify();
            assertThat(missing.intact()).isFalse();
            assertThat(missing.firstBrokenSequence()).isEqualTo(target);
            assertThat(missing.problem()).isEqualTo("missing");

            // The entry and its link, as someone hiding a step would: the next link no longer follows.
            tamper(owner, "DELETE FROM audit_link WHERE entry_sequence = " + target);
            AuditVerification broken = audit.verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBrokenSequence()).isEqualTo(after);
            assertThat(broken.problem()).isEqualTo("link");
        } finally {
            owner.sql("""
                            INSERT INTO audit_entry (sequence, occurred_at, actor, client_address, user_agent, action,
                                                     outcome, subject_type, subject_id, reason, details)
                            OVERRIDING SYSTEM VALUE
                            VALUES (:sequence, :occurred_at, :actor, :client_address, :user_agent, :action, :outcome,
                                    :subject_type, :subject_id, :reason, CAST(:details AS jsonb))
                            ON CONFLICT DO NOTHING
                            """)
                    .params(Map.of(
                            "sequence", entry.get("sequence"),
                            "occurred_at", entry.get("occurred_at"),
                            "actor", entry.get("actor"),
                            "action", entry.get("action"),
                            "outcome", entry.get("outcome"),
                            "subject_type", entry.get("subject_type"),
                            "subject_id", entry.get("subject_id"),
                            "details", entry.get("details").toString()))
                    .param("client_address", entry.get("client_address"))
                    .param("user_agent", entry.get("user_agent"))
                    .param("reason", entry.get("reason"))
                    .update();
            owner.sql("""
                            INSERT INTO audit_link (position, entry_sequence, mac, linked_at)
                            VALUES (:position, :entry_sequence, :mac, :linked_at) ON CONFLICT DO NOTHING
                            """).params(link).update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void anInsertedEntryIsFoundByTheVerification() throws Exception {
        audit.record(AuditEvent.of("test.insert.before"));
        awaitChained();
        JdbcClient owner = DatabaseOwner.jdbc(environment);
        // Someone with write access to the database appends an entry and a link to it. Without the key, the best
        // they can do is a MAC under a key of their own (or an unkeyed hash, as V15 used).
        javax.crypto.Mac forger = javax.crypto.Mac.getInstance("HmacSHA256");
        forger.init(new javax.crypto.spec.SecretKeySpec(new byte[32], "HmacSHA256"));
        long forged = owner.sql("""
                        INSERT INTO audit_entry (occurred_at, actor, action, outcome, details)
                        VALUES (now(), 'nobody', 'test.insert.forged', 'SUCCESS', '{}') RETURNING sequence
                        """).query(Long.class).single();
        try {
            owner.sql("""
                            INSERT INTO audit_link (position, entry_sequence, mac)
                            SELECT coalesce(max(position), 0) + 1, :forged, :mac FROM audit_link
                            """)
                    .param("forged", forged)
                    .param(
                            "mac",
                            forger.doFinal("whatever they like".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .update();
            AuditVerification broken = audit.verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBrokenSequence()).isEqualTo(forged);
            assertThat(broken.problem()).isEqualTo("hash");
        } finally {
            tamper(owner, "DELETE FROM audit_link WHERE entry_sequence = " + forged);
            tamper(owner, "DELETE FROM audit_entry WHERE sequence = " + forged);
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void theVerificationAndTheEntriesAreOnTheApiForThoseAllowed() {
        audit.record(AuditEvent.of("test.api.visible"));
        assertThat(mvc.get()
                        .uri("/api/v1/audit/verification")
                        .with(user("auditor").authorities(() -> "audit:verify")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.intact")
                .isEqualTo(true);
        assertThat(mvc.get()
                        .uri("/api/v1/audit/entries?action=test.api.visible")
                        .with(user("auditor").authorities(() -> "audit:read")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[0].action")
                .isEqualTo("test.api.visible");
        assertThat(mvc.get().uri("/api/v1/audit/entries").with(user("clerk").authorities(() -> "geo:read")))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.denied");
        assertThat(mvc.get()
                        .uri("/api/v1/audit/verification")
                        .with(user("reader").authorities(() -> "audit:read")))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aSearchReachingFarIntoThePastOrFutureFindsEverythingInsteadOfFailing() {
        audit.record(AuditEvent.of("test.search.far"));
        var auditor = user("far-auditor").authorities(() -> "audit:read");
        // Seen: 500 (Timestamp overflow) for the first, 409 "breaks a rule of the records" for the others.
        for (String[] range : List.of(
                new String[] {"from", "-999999999-01-01T00:00:00Z"},
                new String[] {"from", "-4714-01-01T00:00:00Z"},
                new String[] {"to", "+294277-01-01T00:00:00Z"},
                new String[] {"to", "+1000000-01-01T00:00:00Z"})) {
            assertThat(mvc.get()
                            .uri("/api/v1/audit/entries")
                            .param("action", "test.search.far")
                            .param(range[0], range[1])
                            .with(auditor))
                    .as(range[0] + "=" + range[1])
                    .hasStatusOk()
                    .bodyJson()
                    .extractingPath("$.items[0].action")
                    .isEqualTo("test.search.far");
        }
        // The viewer's dates: the first and last days there are (seen: 500 for both).
        assertThat(mvc.get()
                        .uri("/audit")
                        .param("action", "test.search.far")
                        .param("from", "-999999999-01-01")
                        .param("to", "+999999999-12-31")
                        .with(auditor))
                .hasStatusOk()
                .bodyText()
                .contains("title=\"test.search.far\"");
        assertThat(mvc.get()
                        .uri("/audit")
                        .param("action", "test.search.far")
                        .param("from", "+300000-01-01")
                        .with(auditor))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("title=\"test.search.far\"");
    }

    @Test
    void theViewerFiltersAndVerifiesInBothLanguages() {
        audit.record(AuditEvent.of("test.viewer.shown"));
        var admin = user("viewer-admin").authorities(() -> "audit:read", () -> "audit:verify");
        assertThat(mvc.get().uri("/audit?action=test.viewer.shown&lang=ar").with(admin))
                .hasStatusOk()
                .bodyText()
                .contains("dir=\"rtl\"")
                .contains("test.viewer.shown")
                .contains("سجل التدقيق");
        assertThat(mvc.post()
                        .uri("/audit/verification")
                        .with(admin)
                        .with(csrf())
                        .header("HX-Request", "true"))
                .hasStatusOk()
                .bodyText()
                .contains("alert-success");
        assertThat(mvc.get().uri("/audit").with(user("clerk").authorities(() -> "geo:read")))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void theViewerShowsLabelsAndLibyaTimeAndFitsAPhone() {
        String subject = UUID.randomUUID().toString();
        audit.record(AuditEvent.of("geo.site.created", "site", subject));
        AuditEntry entry = audit.search(new AuditFilter(null, null, null, "site", subject, null, null), 0, 1)
                .items()
                .getFirst();
        var tripoli = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(java.time.ZoneId.of("Africa/Tripoli"));
        var utc = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(java.time.ZoneOffset.UTC);
        var admin = user("viewer-admin").authorities(() -> "audit:read");
        assertThat(mvc.get().uri("/audit?subjectId={id}&lang=ar", subject).with(admin))
                .hasStatusOk()
                .bodyText()
                .contains("إنشاء موقع") // the label, not the code
                .contains(">" + tripoli.format(entry.occurredAt()) + "<")
                .contains("title=\"" + utc.format(entry.occurredAt()) + " بالتوقيت العالمي\"")
                .contains("audit-cards") // one card per entry on a phone
                .contains("table-responsive d-none d-md-block");
        assertThat(mvc.get().uri("/audit?subjectId={id}&lang=en", subject).with(admin))
                .hasStatusOk()
                .bodyText()
                .contains("Site created")
                .contains("title=\"" + utc.format(entry.occurredAt()) + " UTC\"");
    }

    private long sequenceOf(String action, String subject) {
        return jdbc.sql("SELECT sequence FROM audit_entry WHERE action = :action AND subject_id = :subject")
                .param("action", action)
                .param("subject", subject)
                .query(Long.class)
                .single();
    }

    /** Waits until the scheduled chainer has linked every entry committed so far. */
    private void awaitChained() {
        long last = jdbc.sql("SELECT coalesce(max(sequence), 0) FROM audit_entry")
                .query(Long.class)
                .single();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("""
                                SELECT count(*) FROM audit_entry e
                                WHERE e.sequence <= :last
                                  AND NOT EXISTS (SELECT FROM audit_link l WHERE l.entry_sequence = e.sequence)
                                """).param("last", last).query(Long.class).single() == 0);
    }

    /** Runs a statement as the owner with triggers off (session_replication_role = replica), as an attacker would. */
    private static void tamper(JdbcClient owner, String statement) {
        owner.sql("SET session_replication_role = replica; " + statement + "; SET session_replication_role = DEFAULT")
                .update();
    }
}
