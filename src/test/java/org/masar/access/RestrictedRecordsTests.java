package org.masar.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.DatabaseOwner;
import org.masar.MasarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The restricted-record rule, guarded twice: through HTTP (the face answers 403 and audits) and in the database (raw
 * SQL as the application role cannot see the row, while the owner can).
 */
@MasarIntegrationTest
class RestrictedRecordsTests {

    private static final String PERMISSIONS = "people:read";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Environment environment;

    String top;
    String supervisor;
    String assignee;
    String friend;
    String stranger;
    UUID strangerId;
    UUID assigneeId;
    UUID sampleId;

    @BeforeEach
    void accountsAndARestrictedSample() {
        top = AccessTestSupport.uniqueName("top");
        supervisor = AccessTestSupport.uniqueName("supervisor");
        assignee = AccessTestSupport.uniqueName("assignee");
        friend = AccessTestSupport.uniqueName("friend");
        stranger = AccessTestSupport.uniqueName("stranger");
        UUID topId = AccessTestSupport.createUser(mvc, top, null, "CASEWORKER");
        UUID supervisorId = AccessTestSupport.createUser(mvc, supervisor, topId.toString(), "CASEWORKER");
        assigneeId = AccessTestSupport.createUser(mvc, assignee, supervisorId.toString(), "CASEWORKER");
        AccessTestSupport.createUser(mvc, friend, null, "CASEWORKER");
        strangerId = AccessTestSupport.createUser(mvc, stranger, null, "CASEWORKER");

        MvcTestResult created = mvc.post()
                .uri("/api/v1/access/restricted-samples")
                .with(as(assignee))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"title":"A survivor's file","sensitivity":"RESTRICTED","assignedTo":"%s"}
                        """.formatted(assigneeId))
                .exchange();
        assertThat(created).as(AccessTestSupport.body(created)).hasStatus(HttpStatus.CREATED);
        sampleId = UUID.fromString(com.jayway.jsonpath.JsonPath.read(AccessTestSupport.body(created), "$.id"));
        assertThat(created.getResponse().getHeader("Location"))
                .endsWith("/api/v1/access/restricted-samples/" + sampleId);
    }

    @Test
    void theAssignedUserReadsItAndTheReadIsAudited() {
        assertThat(read(assignee))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo("A survivor's file");
        assertThat(auditEntries(assignee, "SUCCESS")).isEqualTo(1);
    }

    @Test
    void theSupervisorsUpTheChainReadIt() {
        assertThat(read(supervisor)).hasStatusOk();
        assertThat(read(top)).hasStatusOk();
        assertThat(auditEntries(top, "SUCCESS")).isEqualTo(1);
    }

    @Test
    void aUserItWasSharedWithReadsIt() {
        assertThat(read(friend)).hasStatus(HttpStatus.FORBIDDEN);
        UUID friendId = idOf(friend);
        assertThat(mvc.post()
                        .uri("/api/v1/access/restricted-samples/{id}/shares", sampleId)
                        .with(as(assignee))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"userId\":\"%s\",\"reason\":\"Second opinion\"}".formatted(friendId)))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(read(friend)).hasStatusOk();
    }

    @Test
    void aStrangerWithTheSamePermissionsIsRefusedAndTheAttemptAudited() {
        assertThat(read(stranger))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.restricted-record-denied");
        assertThat(auditEntries(stranger, "DENIED")).isEqualTo(1);
        // Nor may the stranger share it with themselves.
        assertThat(mvc.post()
                        .uri("/api/v1/access/restricted-samples/{id}/shares", sampleId)
                        .with(as(stranger))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"userId\":\"%s\",\"reason\":\"Curious\"}".formatted(strangerId)))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void anUnknownSampleIsNotFound() {
        assertThat(mvc.get()
                        .uri("/api/v1/access/restricted-samples/{id}", UUID.randomUUID())
                        .with(as(stranger)))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.restricted-sample-not-found");
    }

    @Test
    void rawSqlAsTheApplicationRoleSeesNoRestrictedRowOfSomeoneElse() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        Long strangerSees = transaction.execute(status -> rowsAs(strangerId));
        Long assigneeSees = transaction.execute(status -> rowsAs(assigneeId));
        assertThat(strangerSees).isZero();
        assertThat(assigneeSees).isOne();
        // Outside a transaction nobody is named: fail closed.
        assertThat(jdbc.sql("SELECT count(*) FROM access_restricted_sample WHERE id = :id")
                        .param("id", sampleId)
                        .query(Long.class)
                        .single())
                .isZero();
        // The application role really is the one connected, and the owner (a superuser here) sees the row.
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single())
                .isEqualTo(environment.getProperty("masar.database.app-role"));
        JdbcClient owner = DatabaseOwner.jdbc(environment);
        assertThat(owner.sql("SELECT count(*) FROM access_restricted_sample WHERE id = :id")
                        .param("id", sampleId)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    private long rowsAs(UUID userId) {
        jdbc.sql("SELECT set_config('masar.user_id', :id, true)")
                .param("id", userId.toString())
                .query()
                .singleValue();
        return jdbc.sql("SELECT count(*) FROM access_restricted_sample WHERE id = :id")
                .param("id", sampleId)
                .query(Long.class)
                .single();
    }

    private MvcTestResult read(String username) {
        return mvc.get()
                .uri("/api/v1/access/restricted-samples/{id}", sampleId)
                .with(as(username))
                .exchange();
    }

    private long auditEntries(String actor, String outcome) {
        return jdbc.sql("""
                        SELECT count(*) FROM audit_entry
                         WHERE action = 'access.restricted-read' AND subject_type = 'access.restricted-sample'
                           AND subject_id = :id AND actor = :actor AND outcome = :outcome
                        """)
                .param("id", sampleId.toString())
                .param("actor", actor)
                .param("outcome", outcome)
                .query(Long.class)
                .single();
    }

    private UUID idOf(String username) {
        return jdbc.sql("SELECT id FROM access_user WHERE username = :username")
                .param("username", username)
                .query(UUID.class)
                .single();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(username).authorities(List.of(() -> PERMISSIONS));
    }
}
