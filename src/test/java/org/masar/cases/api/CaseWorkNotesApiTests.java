package org.masar.cases.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.DatabaseOwner;
import org.masar.MasarIntegrationTest;
import org.masar.access.SystemIdentity;
import org.masar.cases.CaseWorkTestCases;
import org.masar.cases.CaseWorkTestCases.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notes on a case: a restricted case's notes (and notes marked restricted) are stored sealed, never as their text,
 * and opened for readers only, their read audited; notes are append-only, corrected by new notes.
 */
@MasarIntegrationTest
class CaseWorkNotesApiTests {

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

    @Autowired
    Environment environment;

    CaseWorkTestCases cases;
    User caseworker;

    @BeforeEach
    void setUp() {
        cases = new CaseWorkTestCases(jdbc, encoder, mvc, json, system, transactions);
        caseworker = cases.user("CASEWORKER");
    }

    @Test
    void aRestrictedCasesNoteIsStoredSealedAndOpenedForItsReadersOnly() throws Exception {
        UUID caseId = cases.openCase("gbv", caseworker, caseworker);
        String text = "She described the night at the warehouse near the port";
        MvcTestResult written =
                cases.post(caseworker, "/api/v1/cases/{id}/notes", "{\"text\": \"%s\"}".formatted(text), caseId);
        assertThat(written).hasStatus(HttpStatus.CREATED);
        assertThat(cases.json(written).get("restricted").asBoolean()).isTrue();
        String noteId = cases.json(written).get("id").asString();

        // What the table holds (read as the database owner, around row-level security) is not the text.
        JdbcClient owner = DatabaseOwner.jdbc(environment);
        var stored = owner.sql("SELECT plain_text, sealed_text FROM cases_case_note WHERE id = :id")
                .param("id", UUID.fromString(noteId))
                .query()
                .singleRow();
        assertThat(stored.get("plain_text")).isNull();
        assertThat((String) stored.get("sealed_text")).startsWith("v1:").doesNotContain("warehouse");
        assertThat(owner.sql("SELECT count(*) FROM cases_case_note WHERE sealed_text LIKE '%warehouse%'")
                        .query(Long.class)
                        .single())
                .isZero();

        // The assignee reads it in clear, and the read of the restricted case is audited.
        long readsBefore = cases.audited(caseworker, "access.restricted-read", "SUCCESS");
        JsonNode notes = cases.json(cases.get(caseworker, "/api/v1/cases/{id}/notes", caseId));
        assertThat(notes.get("items").get(0).get("text").asString()).isEqualTo(text);
        assertThat(cases.audited(caseworker, "access.restricted-read", "SUCCESS"))
                .isGreaterThan(readsBefore);

        // Someone else gets a 403, audited, and nothing of the note.
        User outsider = cases.user("CASEWORKER");
        MvcTestResult refused = cases.get(outsider, "/api/v1/cases/{id}/notes", caseId);
        assertThat(refused).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(refused.getResponse().getContentAsString()).doesNotContain("warehouse");
        assertThat(cases.audited(outsider, "access.restricted-read", "DENIED")).isOne();
    }

    @Test
    void aNoteMarkedRestrictedOnANormalCaseIsSealedAndItsReadAudited() {
        UUID caseId = cases.openCase("mrrm-assistance", caseworker, caseworker);
        assertThat(cases.post(caseworker, "/api/v1/cases/{id}/notes", "{\"text\": \"Plain visit\"}", caseId))
                .hasStatus(HttpStatus.CREATED);
        assertThat(cases.post(
                        caseworker,
                        "/api/v1/cases/{id}/notes",
                        "{\"text\": \"Fears her employer\", \"restricted\": true}",
                        caseId))
                .hasStatus(HttpStatus.CREATED);
        JdbcClient owner = DatabaseOwner.jdbc(environment);
        assertThat(owner.sql("SELECT count(*) FROM cases_case_note WHERE case_id = :id AND sealed_text IS NOT NULL")
                        .param("id", caseId)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(owner.sql("SELECT count(*) FROM cases_case_note WHERE case_id = :id AND plain_text = 'Plain visit'")
                        .param("id", caseId)
                        .query(Long.class)
                        .single())
                .isOne();
        JsonNode notes = cases.json(cases.get(caseworker, "/api/v1/cases/{id}/notes", caseId));
        assertThat(notes.get("total").asInt()).isEqualTo(2);
        assertThat(notes.toString()).contains("Fears her employer");
        assertThat(cases.audited(caseworker, "cases.note.restricted-read", "SUCCESS"))
                .isOne();
    }

    @Test
    void notesAreNeverEditedButCorrectedByANewNoteAndBothAreKept() {
        UUID caseId = cases.openCase("mrrm-assistance", caseworker, caseworker);
        String first = cases.json(
                        cases.post(caseworker, "/api/v1/cases/{id}/notes", "{\"text\": \"Met on Monday\"}", caseId))
                .get("id")
                .asString();
        MvcTestResult corrected = cases.post(
                caseworker,
                "/api/v1/cases/{id}/notes/{n}/corrections",
                "{\"text\": \"Met on Tuesday\"}",
                caseId,
                first);
        assertThat(corrected).hasStatus(HttpStatus.CREATED);
        assertThat(cases.json(corrected).get("corrects").asString()).isEqualTo(first);
        assertThat(cases.post(
                        caseworker,
                        "/api/v1/cases/{id}/notes/{n}/corrections",
                        "{\"text\": \"Met on Wednesday\"}",
                        caseId,
                        first))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/cases.note-already-corrected");

        JsonNode notes = cases.json(cases.get(caseworker, "/api/v1/cases/{id}/notes", caseId));
        assertThat(notes.get("total").asInt()).isEqualTo(2);
        assertThat(notes.toString()).contains("Met on Monday").contains("Met on Tuesday");
        JsonNode original = notes.get("items").get(1);
        assertThat(original.get("id").asString()).isEqualTo(first);
        assertThat(original.get("correctedBy").asString())
                .isEqualTo(cases.json(corrected).get("id").asString());

        // The application's own role cannot rewrite a note, whatever its query says.
        assertThat(cases.countAsSystem("SELECT count(*) FROM cases_case_note WHERE case_id = :id", caseId))
                .isEqualTo(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cases.countAsSystem(
                        "WITH changed AS (UPDATE cases_case_note SET plain_text = 'rewritten' WHERE case_id = :id"
                                + " RETURNING 1) SELECT count(*) FROM changed",
                        caseId))
                .rootCause()
                .hasMessageContaining("permission denied");

        assertThat(cases.post(caseworker, "/api/v1/cases/{id}/notes", "{\"text\": \"\"}", caseId))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(cases.post(
                        caseworker,
                        "/api/v1/cases/{id}/notes/{n}/corrections",
                        "{\"text\": \"x\"}",
                        caseId,
                        UUID.randomUUID()))
                .hasStatus(HttpStatus.NOT_FOUND);
    }
}
