package org.masar.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Map;
import java.util.UUID;
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

/** The trail is append-only, chained, searchable, and any tampering is found by the verification. */
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
        assertThat(audit.verify().intact()).isTrue();
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
    }

    @Test
    void aChangedEntryIsFoundByTheVerification() {
        String subject = UUID.randomUUID().toString();
        audit.record(AuditEvent.of("test.tamper.target", "thing", subject));
        audit.record(AuditEvent.of("test.tamper.after", "thing", subject));
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
        long target = sequenceOf("test.remove.target", subject);
        long after = sequenceOf("test.remove.after", subject);
        JdbcClient owner = DatabaseOwner.jdbc(environment);
        Map<String, Object> row = owner.sql("SELECT * FROM audit_entry WHERE sequence = :s")
                .param("s", target)
                .query()
                .singleRow();
        try {
            tamper(owner, "DELETE FROM audit_entry WHERE sequence = " + target);
            AuditVerification broken = audit.verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBrokenSequence()).isEqualTo(after);
            assertThat(broken.problem()).isEqualTo("link");
        } finally {
            owner.sql("""
                            INSERT INTO audit_entry (sequence, occurred_at, actor, client_address, user_agent, action,
                                                     outcome, subject_type, subject_id, reason, details,
                                                     previous_hash, hash)
                            OVERRIDING SYSTEM VALUE
                            VALUES (:sequence, :occurred_at, :actor, :client_address, :user_agent, :action, :outcome,
                                    :subject_type, :subject_id, :reason, CAST(:details AS jsonb), :previous_hash, :hash)
                            """)
                    .params(Map.of(
                            "sequence", row.get("sequence"),
                            "occurred_at", row.get("occurred_at"),
                            "actor", row.get("actor"),
                            "action", row.get("action"),
                            "outcome", row.get("outcome"),
                            "subject_type", row.get("subject_type"),
                            "subject_id", row.get("subject_id"),
                            "details", row.get("details").toString(),
                            "previous_hash", row.get("previous_hash"),
                            "hash", row.get("hash")))
                    .param("client_address", row.get("client_address"))
                    .param("user_agent", row.get("user_agent"))
                    .param("reason", row.get("reason"))
                    .update();
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

    private long sequenceOf(String action, String subject) {
        return jdbc.sql("SELECT sequence FROM audit_entry WHERE action = :action AND subject_id = :subject")
                .param("action", action)
                .param("subject", subject)
                .query(Long.class)
                .single();
    }

    /** Runs a statement as the owner with triggers off (session_replication_role = replica), as an attacker would. */
    private static void tamper(JdbcClient owner, String statement) {
        owner.sql("SET session_replication_role = replica; " + statement + "; SET session_replication_role = DEFAULT")
                .update();
    }
}
