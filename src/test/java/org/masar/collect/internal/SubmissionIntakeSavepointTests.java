package org.masar.collect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.CurrentUser;
import org.masar.access.UserId;
import org.masar.audit.AuditTrail;
import org.masar.collect.CollectTestSupport;
import org.masar.collect.CollectTestSupport.User;
import org.masar.collect.FormServer;
import org.masar.collect.OpenRosaReceiver;
import org.masar.shared.ChangeStamp;
import org.masar.shared.InvalidFields;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bound target that writes and then throws: what it wrote is undone (with the transaction it was mapped in, which
 * is then received again), the submission is kept with {@code mapping_state = 'unmapped'} and the exception's message
 * as the reason, and the request succeeds.
 */
@MasarIntegrationTest
class SubmissionIntakeSavepointTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JsonMapper json;

    @Autowired
    FormServer forms;

    @Autowired
    FormSchemas schemas;

    @Autowired
    AuditTrail audit;

    @Autowired
    Clock clock;

    @Autowired
    ChangeStamp changes;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aTargetThatThrowsIsUndoneAndTheSubmissionIsKeptUnmapped() {
        CollectTestSupport collect = new CollectTestSupport(mvc, jdbc, encoder, json);
        User officer = collect.user("DTM_OFFICER");
        User enumerator = collect.user("DTM_ENUMERATOR");
        String formId = CollectTestSupport.uniqueFormId("savepoint");
        assertThat(collect.upload(officer, "f.xml", CollectTestSupport.simpleForm(formId, "1", "Savepoint")))
                .hasStatus(HttpStatus.CREATED);
        jdbc.sql("""
                        INSERT INTO collect_binding (form, target, mapping, updated_by, updated_at)
                        SELECT id, 'dtm-flow-survey', '{}'::jsonb, 'test', now() FROM collect_form WHERE form_id = :formId
                        """).param("formId", formId).update();
        AtomicInteger mapped = new AtomicInteger();
        BindingService.TargetMapper throwing = new BindingService.TargetMapper() {
            @Override
            public String target() {
                return "dtm-flow-survey";
            }

            @Override
            public List<InvalidFields.Field> check(JsonNode mapping, FormSchema schema) {
                return List.of();
            }

            @Override
            public SubmissionBindings.Outcome map(SubmissionBindings.Stored stored, JsonNode mapping) {
                // a write the target made before it failed: it must be undone
                jdbc.sql("INSERT INTO collect_attachment_content (sha256, bytes)"
                                + " VALUES (sha256(convert_to(:marker, 'UTF8')), convert_to(:marker, 'UTF8'))")
                        .param("marker", stored.instanceId())
                        .update();
                mapped.incrementAndGet();
                throw new IllegalStateException("The flow-monitoring point is closed");
            }
        };
        SubmissionIntake intake = new SubmissionIntake(
                jdbc,
                jdbcTemplate,
                forms,
                schemas,
                new BindingService(jdbc, json, transactions, List.of(throwing)),
                audit,
                transactions,
                clock,
                changes,
                1);
        String instanceId = "uuid:" + UUID.randomUUID();
        String xml = "<data id=\"" + formId + "\" version=\"1\"><name>Amal</name><meta><instanceID>" + instanceId
                + "</instanceID></meta></data>";

        OpenRosaReceiver.Receipt receipt = as(
                enumerator,
                () -> new TransactionTemplate(transactions)
                        .execute(status -> intake.receive(new OpenRosaReceiver.Incoming(
                                xml.getBytes(StandardCharsets.UTF_8), List.of(), null, null))));

        assertThat(receipt.status()).isEqualTo(201);
        Map<String, Object> row = jdbc.sql("SELECT * FROM collect_submission WHERE instance_id = :i")
                .param("i", instanceId)
                .query()
                .singleRow();
        assertThat(row.get("review_state")).isEqualTo("received");
        assertThat(jdbc.sql("SELECT count(*) FROM collect_attachment_content"
                                + " WHERE sha256 = sha256(convert_to(:marker, 'UTF8'))")
                        .param("marker", instanceId)
                        .query(Long.class)
                        .single())
                .as("the target's write before it failed")
                .isZero();
        assertThat(mapped)
                .as("mapped once: received again, it is not mapped again")
                .hasValue(1);
        assertThat(row.get("mapping_state")).isEqualTo("unmapped");
        assertThat(row.get("mapping_target")).isEqualTo("dtm-flow-survey");
        assertThat(row.get("mapping_reason"))
                .isEqualTo("The target failed: IllegalStateException: The flow-monitoring point is closed");
    }

    private static <T> T as(User user, java.util.function.Supplier<T> action) {
        CurrentUser principal = new CurrentUser() {
            @Override
            public UserId id() {
                return new UserId(user.id());
            }

            @Override
            public String username() {
                return user.username();
            }
        };
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, List.of(new SimpleGrantedAuthority("collect:submit"))));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
