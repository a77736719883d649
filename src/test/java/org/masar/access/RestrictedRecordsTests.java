package org.masar.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.DatabaseOwner;
import org.masar.MasarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The restricted-record rule, guarded twice: through HTTP (the face answers 403 and audits) and in the database (raw
 * SQL as the application role cannot see the row, while the owner can); who may pass a record on (share, revoke,
 * assign); and the one-call declaration of a restricted table. The sample table and its endpoint exist in tests only
 * ({@code org.masar.access.sample}).
 */
@MasarIntegrationTest
class RestrictedRecordsTests {

    private static final String PERMISSIONS = "people:read";
    private static final String[] SHARER = {PERMISSIONS, RestrictedRecords.SHARE_PERMISSION};
    private static final String[] ASSIGNER = {PERMISSIONS, RestrictedRecords.ASSIGN_PERMISSION};

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Environment environment;

    @Autowired
    PasswordEncoder passwordEncoder;

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
        assertThat(mvc.get()
                        .uri("/api/v1/access/restricted-samples/{id}/shares", sampleId)
                        .with(as(friend)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].userId")
                .asArray()
                .containsExactly(friendId.toString());
    }

    @Test
    void someoneItWasSharedWithCannotShareItOn() {
        UUID friendId = idOf(friend);
        assertThat(share(assignee, friendId)).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(read(friend)).hasStatusOk();

        assertThat(share(friend, strangerId))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.restricted-share-denied");
        assertThat(audited(friend, "access.record.shared", "DENIED")).isEqualTo(1);
        assertThat(read(stranger)).hasStatus(HttpStatus.FORBIDDEN);
        // Nor may they take shares away: passing on and taking back belong to the same few people.
        assertThat(revoke(friend, friendId)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(read(friend)).hasStatusOk();
    }

    @Test
    void aSupervisorSharesItAndRevokesTheShareWhichIsAudited() {
        UUID friendId = idOf(friend);
        assertThat(share(top, friendId)).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(read(friend)).hasStatusOk();

        assertThat(revoke(top, friendId)).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(audited(top, "access.record.share-revoked", "SUCCESS")).isEqualTo(1);
        assertThat(read(friend)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(revoke(top, friendId))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.record-share-not-found");
    }

    @Test
    void theAssigneeRevokesAShareTheirSupervisorMade() {
        UUID friendId = idOf(friend);
        assertThat(share(supervisor, friendId)).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(revoke(assignee, friendId)).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(read(friend)).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aHolderOfTheSharingPermissionSharesItWithOthersButNotWithThemselves() {
        UUID friendId = idOf(friend);
        String manager = AccessTestSupport.uniqueName("manager");
        UUID managerId = AccessTestSupport.createUser(mvc, manager, null, "PROGRAMME_MANAGER");
        assertThat(share(manager, friendId, SHARER)).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(read(friend)).hasStatusOk();
        // The permission passes the record on; it does not open it to its holder.
        assertThat(read(manager, SHARER)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(share(manager, managerId, SHARER))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.restricted-share-denied");
        assertThat(read(manager, SHARER)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(revoke(manager, friendId, SHARER)).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(read(friend)).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void sharingWithAnUnknownUserIsABadRequestAndSharesAreListedOnlyToReaders() {
        assertThat(share(assignee, UUID.randomUUID()))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.unknown-user");
        assertThat(mvc.get()
                        .uri("/api/v1/access/restricted-samples/{id}/shares", sampleId)
                        .with(as(stranger)))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.restricted-record-denied");
    }

    @Test
    void aShareWithoutAReasonIsRefusedByTheFaceItselfAndNothingIsWritten(@Autowired RestrictedRecords records) {
        RecordRef sample = new RecordRef("access.restricted-sample", sampleId);
        long before = jdbc.sql("SELECT count(*) FROM access_record_share")
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> records.share(sample, new UserId(strangerId), "  "))
                .isInstanceOf(ShareReasonMissing.class);
        assertThat(jdbc.sql("SELECT count(*) FROM access_record_share")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void assigningANewRecordToSomeoneElseNeedsThePermissionAndTheRefusalDoesNotTellWhetherTheUserExists() {
        MvcTestResult toRealUser = create(stranger, assigneeId, PERMISSIONS);
        MvcTestResult toNobody = create(stranger, UUID.randomUUID(), PERMISSIONS);
        for (MvcTestResult refused : List.of(toRealUser, toNobody)) {
            assertThat(refused)
                    .hasStatus(HttpStatus.FORBIDDEN)
                    .bodyJson()
                    .extractingPath("$.type")
                    .isEqualTo("/problems/access.restricted-assignment-denied");
        }
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(AccessTestSupport.body(toNobody), "$.detail"))
                .isEqualTo(com.jayway.jsonpath.JsonPath.<String>read(AccessTestSupport.body(toRealUser), "$.detail"));
        assertThat(audited(stranger, "access.restricted-assignment", "DENIED")).isEqualTo(2);
        assertThat(DatabaseOwner.jdbc(environment)
                        .sql("SELECT count(*) FROM access_restricted_sample WHERE created_by = :actor")
                        .param("actor", stranger)
                        .query(Long.class)
                        .single())
                .isZero();

        // With the permission, a real colleague may be given the record; an unknown id is then simply unknown.
        String manager = AccessTestSupport.uniqueName("manager");
        AccessTestSupport.createUser(mvc, manager, null, "PROGRAMME_MANAGER");
        assertThat(create(manager, assigneeId, ASSIGNER)).hasStatus(HttpStatus.CREATED);
        assertThat(create(manager, UUID.randomUUID(), ASSIGNER))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.unknown-user");
    }

    @Test
    void aNormalRecordIsReadByAnyUserWithoutAnAuditEntry() {
        MvcTestResult created = mvc.post()
                .uri("/api/v1/access/restricted-samples")
                .with(as(assignee))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"title":"A training list","sensitivity":"NORMAL","assignedTo":"%s"}
                        """.formatted(assigneeId))
                .exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED);
        String normalId = com.jayway.jsonpath.JsonPath.read(AccessTestSupport.body(created), "$.id");
        assertThat(mvc.get()
                        .uri("/api/v1/access/restricted-samples/{id}", normalId)
                        .with(as(stranger)))
                .hasStatusOk();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_entry
                         WHERE action = 'access.restricted-read' AND subject_id = :id
                        """).param("id", normalId).query(Long.class).single())
                .isZero();
    }

    @Test
    void oneCallDeclaresTheSampleTableRestrictedAndOnlyTheOwnerMayMakeThatCall() {
        JdbcClient owner = DatabaseOwner.jdbc(environment);
        assertThat(owner.sql("SELECT cmd FROM pg_policies WHERE tablename = 'access_restricted_sample' ORDER BY cmd")
                        .query(String.class)
                        .list())
                .containsExactly("DELETE", "INSERT", "SELECT", "UPDATE");
        assertThat(owner.sql("SELECT table_name::text FROM access_restricted_table WHERE record_type = :type")
                        .param("type", "access.restricted-sample")
                        .query(String.class)
                        .single())
                .endsWith("access_restricted_sample");
        // The application may neither declare tables nor point a record type at another table.
        assertThatThrownBy(() -> jdbc.sql("CALL access_restrict_table('access_user', 'access.user')")
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("UPDATE access_restricted_table SET table_name = 'access_user'::regclass")
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied");
        // A table without the conventional columns is refused when a migration declares it.
        assertThatThrownBy(() -> owner.sql("CALL access_restrict_table('access_role', 'access.role')")
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("needs the column");
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
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.restricted-share-denied");
        assertThat(read(stranger)).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void anUnknownSampleIsNotFound() {
        assertThat(mvc.get()
                        .uri("/api/v1/access/restricted-samples/{id}", UUID.randomUUID())
                        .with(as(stranger)))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.restricted-record-not-found");
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

    @Test
    void signedInForRealAProgrammeManagerSharesItButACaseworkerItWasSharedWithCannotShareItOn() {
        TestAccounts accounts = new TestAccounts(jdbc, passwordEncoder, mvc);
        String password = "correct horse battery staple 42";
        String manager = TestAccounts.unique("manager");
        accounts.create(manager, password, "PROGRAMME_MANAGER");
        String caseworker = TestAccounts.unique("caseworker");
        UUID caseworkerId = accounts.create(caseworker, password, "CASEWORKER");

        Cookie managerSession = accounts.signedIn(manager, password);
        assertThat(mvc.post()
                        .uri("/api/v1/access/restricted-samples/{id}/shares", sampleId)
                        .cookie(managerSession)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"userId\":\"%s\",\"reason\":\"Case conference\"}".formatted(caseworkerId)))
                .hasStatus(HttpStatus.NO_CONTENT);

        Cookie caseworkerSession = accounts.signedIn(caseworker, password);
        assertThat(mvc.get()
                        .uri("/api/v1/access/restricted-samples/{id}", sampleId)
                        .cookie(caseworkerSession))
                .hasStatusOk();
        assertThat(mvc.post()
                        .uri("/api/v1/access/restricted-samples/{id}/shares", sampleId)
                        .cookie(caseworkerSession)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"userId\":\"%s\",\"reason\":\"Passing it on\"}".formatted(strangerId)))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.restricted-share-denied");
        assertThat(read(stranger)).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void someoneARecordWasSharedWithMayReadItButNotEraseIt() {
        UUID friendId = idOf(friend);
        assertThat(share(assignee, friendId)).hasStatus(HttpStatus.NO_CONTENT);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        Long friendSees = transaction.execute(status -> rowsAs(friendId));
        assertThat(friendSees).isOne();
        // Raw SQL as the application role: the friend's DELETE finds nothing it may remove.
        Integer erasedByFriend = transaction.execute(status -> {
            actAs(friendId);
            return jdbc.sql("DELETE FROM access_restricted_sample WHERE id = :id")
                    .param("id", sampleId)
                    .update();
        });
        assertThat(erasedByFriend).isZero();
        // The assignee may; rolled back, so the sample stays for the other tests.
        Integer erasedByAssignee = transaction.execute(status -> {
            actAs(assigneeId);
            int erased = jdbc.sql("DELETE FROM access_restricted_sample WHERE id = :id")
                    .param("id", sampleId)
                    .update();
            status.setRollbackOnly();
            return erased;
        });
        assertThat(erasedByAssignee).isOne();
    }

    @Test
    void theDatabaseItselfRefusesSharingOnAndAssigningToOthers() {
        UUID friendId = idOf(friend);
        assertThat(share(assignee, friendId)).hasStatus(HttpStatus.NO_CONTENT);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        // Raw SQL as the application role, acting for the friend: the row-level security of the share table refuses.
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    actAs(friendId);
                    jdbc.sql("""
                                    INSERT INTO access_record_share (record_type, record_id, user_id, granted_by, reason)
                                    VALUES ('access.restricted-sample', :id, :stranger, :friend, 'Passing it on')
                                    """)
                            .param("id", sampleId)
                            .param("stranger", strangerId)
                            .param("friend", friendId)
                            .update();
                }))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("row-level security");
        Integer revoked = transaction.execute(status -> {
            actAs(friendId);
            return jdbc.sql("DELETE FROM access_record_share WHERE record_id = :id")
                    .param("id", sampleId)
                    .update();
        });
        assertThat(revoked).isZero();
        // Nor may a user without the permission insert a restricted row assigned to someone else.
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    actAs(strangerId);
                    jdbc.sql("""
                                    INSERT INTO access_restricted_sample (id, title, sensitivity, assigned_to,
                                                                          created_by, updated_by)
                                    VALUES (:id, 'Pushed', 'RESTRICTED', :assignee, 'test', 'test')
                                    """)
                            .param("id", UUID.randomUUID())
                            .param("assignee", assigneeId)
                            .update();
                }))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("row-level security");
    }

    @Test
    void theDatabaseRefusesWhoMayOnlyReadARecordToHandItOverOrLowerItAndHidesItsSharesFromOthers() {
        UUID friendId = idOf(friend);
        assertThat(share(assignee, friendId)).hasStatus(HttpStatus.NO_CONTENT);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        // The friend reads the record and may still change what it says...
        Integer edited = transaction.execute(status -> {
            actAs(friendId);
            return jdbc.sql("UPDATE access_restricted_sample SET title = 'Corrected' WHERE id = :id")
                    .param("id", sampleId)
                    .update();
        });
        assertThat(edited).isOne();
        // ...but not pass it on: not to the stranger, not to themselves, not to everyone by lowering it to NORMAL.
        for (String change : List.of(
                "assigned_to = '%s'".formatted(strangerId),
                "assigned_to = '%s'".formatted(friendId),
                "sensitivity = 'NORMAL'",
                "id = '%s'".formatted(UUID.randomUUID()))) {
            assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                        actAs(friendId);
                        jdbc.sql("UPDATE access_restricted_sample SET " + change + " WHERE id = :id")
                                .param("id", sampleId)
                                .update();
                    }))
                    .as(change)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .hasMessageContaining("restricted record");
        }
        assertThat(read(stranger)).hasStatus(HttpStatus.FORBIDDEN);
        // The assignee may lower it, but hands it over only with the permission to assign to someone else.
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    actAs(assigneeId);
                    jdbc.sql("UPDATE access_restricted_sample SET assigned_to = :stranger WHERE id = :id")
                            .param("stranger", strangerId)
                            .param("id", sampleId)
                            .update();
                }))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("hand it over");
        // Who a record is shared with, and why, is hidden from a stranger even in raw SQL; the friend sees their share.
        Long strangerSeesShares = transaction.execute(status -> {
            actAs(strangerId);
            return sharesOfTheSample();
        });
        Long friendSeesShares = transaction.execute(status -> {
            actAs(friendId);
            return sharesOfTheSample();
        });
        Long assigneeSeesShares = transaction.execute(status -> {
            actAs(assigneeId);
            return sharesOfTheSample();
        });
        assertThat(strangerSeesShares).isZero();
        assertThat(friendSeesShares).isOne();
        assertThat(assigneeSeesShares).isOne();
        // The face still answers as before.
        assertThat(read(friend)).hasStatusOk();
        assertThat(read(stranger))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.restricted-record-denied");
    }

    private long sharesOfTheSample() {
        return jdbc.sql("SELECT count(*) FROM access_record_share WHERE record_id = :id")
                .param("id", sampleId)
                .query(Long.class)
                .single();
    }

    private void actAs(UUID userId) {
        jdbc.sql("SELECT set_config('masar.user_id', :id, true)")
                .param("id", userId.toString())
                .query()
                .singleValue();
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
        return read(username, PERMISSIONS);
    }

    private MvcTestResult read(String username, String... permissions) {
        return mvc.get()
                .uri("/api/v1/access/restricted-samples/{id}", sampleId)
                .with(as(username, permissions))
                .exchange();
    }

    private MvcTestResult share(String username, UUID with, String... permissions) {
        return mvc.post()
                .uri("/api/v1/access/restricted-samples/{id}/shares", sampleId)
                .with(as(username, permissions.length == 0 ? new String[] {PERMISSIONS} : permissions))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"userId\":\"%s\",\"reason\":\"Hand-over\"}".formatted(with))
                .exchange();
    }

    private MvcTestResult revoke(String username, UUID with, String... permissions) {
        return mvc.delete()
                .uri("/api/v1/access/restricted-samples/{id}/shares/{user}", sampleId, with)
                .with(as(username, permissions.length == 0 ? new String[] {PERMISSIONS} : permissions))
                .with(csrf())
                .exchange();
    }

    private MvcTestResult create(String username, UUID assignedTo, String... permissions) {
        return mvc.post()
                .uri("/api/v1/access/restricted-samples")
                .with(as(username, permissions))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"title":"Another file","sensitivity":"RESTRICTED","assignedTo":"%s"}
                        """.formatted(assignedTo))
                .exchange();
    }

    private long audited(String actor, String action, String outcome) {
        return jdbc.sql("""
                        SELECT count(*) FROM audit_entry
                         WHERE action = :action AND actor = :actor AND outcome = :outcome
                        """)
                .param("action", action)
                .param("actor", actor)
                .param("outcome", outcome)
                .query(Long.class)
                .single();
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
        return as(username, PERMISSIONS);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(
            String username, String... permissions) {
        return user(username).authorities(AuthorityUtils.createAuthorityList(permissions));
    }
}
