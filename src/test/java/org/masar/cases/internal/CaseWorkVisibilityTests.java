package org.masar.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.SystemIdentity;
import org.masar.cases.CaseWorkTestCases;
import org.masar.cases.CaseWorkTestCases.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parts of a restricted case (tasks, notes, plan, documents and their content) follow its row-level security:
 * raw SQL as the application's role, naming an outsider as the user, sees none of them, nor can it add one; naming the
 * assignee, it sees each.
 */
@MasarIntegrationTest
class CaseWorkVisibilityTests {

    static final List<String> PARTS = List.of(
            "cases_case_task",
            "cases_case_note",
            "cases_service_plan_item",
            "cases_case_document",
            "cases_case_document_content");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SystemIdentity system;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anOutsiderSeesNoneOfARestrictedCasesPartsAndTheAssigneeSeesEach() {
        CaseWorkTestCases cases = new CaseWorkTestCases(jdbc, encoder, mvc, json, system, transactions);
        User assignee = cases.user("PROTECTION_CASEWORKER");
        User outsider = cases.user("PROTECTION_CASEWORKER");
        UUID caseId = cases.openCase("gbv", assignee, assignee);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(
                status -> system.run("test: a case's parts", () -> insertParts(caseId, assignee)));

        // The application connects as its own role, which row-level security applies to.
        assertThat(jdbc.sql("SELECT rolbypassrls OR rolsuper FROM pg_roles WHERE rolname = current_user")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        for (String part : PARTS) {
            assertThat(countAs(transaction, outsider.id(), part, caseId))
                    .as(part + " for an outsider")
                    .isZero();
            assertThat(countAs(transaction, assignee.id(), part, caseId))
                    .as(part + " for the assignee")
                    .isOne();
        }
        assertThat(countAs(transaction, UUID.randomUUID(), "cases_case_task", caseId))
                .isZero();

        // Nor may the outsider slip a task into the case.
        String refused = transaction.execute(status -> {
            actAs(outsider.id());
            try {
                jdbc.sql("""
                                INSERT INTO cases_case_task (id, case_id, title, due_on, assigned_to, created_at,
                                                             created_by, updated_at, updated_by)
                                VALUES (gen_random_uuid(), :case, 'x', current_date, :me, now(), 'x', now(), 'x')
                                """).param("case", caseId).param("me", outsider.id()).update();
                return "inserted";
            } catch (RuntimeException rowLevelSecurity) {
                status.setRollbackOnly();
                return String.valueOf(
                        org.springframework.core.NestedExceptionUtils.getMostSpecificCause(rowLevelSecurity)
                                .getMessage());
            }
        });
        assertThat(refused).contains("row-level security");
    }

    private long countAs(TransactionTemplate transaction, UUID user, String table, UUID caseId) {
        Long count = transaction.execute(status -> {
            actAs(user);
            // The table names are this test's own constants, never input.
            return jdbc.sql("SELECT count(*) FROM " + table + " WHERE case_id = :case")
                    .param("case", caseId)
                    .query(Long.class)
                    .single();
        });
        return count == null ? -1 : count;
    }

    private void actAs(UUID user) {
        jdbc.sql("SELECT set_config('masar.user_id', :id, true)")
                .param("id", user.toString())
                .query()
                .singleValue();
    }

    private void insertParts(UUID caseId, User assignee) {
        Timestamp now = Timestamp.from(Instant.now());
        UUID document = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO cases_case_task (id, case_id, title, due_on, assigned_to, created_at, created_by,
                                                     updated_at, updated_by)
                        VALUES (gen_random_uuid(), :case, 'Visit', current_date, :assignee, :now, 't', :now, 't')
                        """)
                .param("case", caseId)
                .param("assignee", assignee.id())
                .param("now", now)
                .update();
        jdbc.sql("""
                        INSERT INTO cases_case_note (id, case_id, restricted, sealed_text, written_at, written_by)
                        VALUES (gen_random_uuid(), :case, true, 'v1:sealed', :now, 't')
                        """).param("case", caseId).param("now", now).update();
        jdbc.sql("""
                        INSERT INTO cases_service_plan_item (id, case_id, service, planned_at, planned_by)
                        VALUES (gen_random_uuid(), :case, 'MEDICAL', :now, 't')
                        """).param("case", caseId).param("now", now).update();
        jdbc.sql("""
                        INSERT INTO cases_case_document (id, case_id, file_name, media_type, size_bytes, sha256,
                                                         uploaded_at, uploaded_by)
                        VALUES (:id, :case, 'a.pdf', 'application/pdf', 5, repeat('a', 64), :now, 't')
                        """)
                .param("id", document)
                .param("case", caseId)
                .param("now", now)
                .update();
        jdbc.sql("""
                        INSERT INTO cases_case_document_content (document_id, case_id, sealed, content)
                        VALUES (:id, :case, false, '\\x255044462d'::bytea)
                        """).param("id", document).param("case", caseId).update();
    }
}
