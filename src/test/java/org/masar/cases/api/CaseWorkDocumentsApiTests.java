package org.masar.cases.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.SystemIdentity;
import org.masar.cases.CaseWorkTestCases;
import org.masar.cases.CaseWorkTestCases.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents attached to a case: typed by their content (a program named {@code .pdf} is a 415), at most 5 MB (413),
 * stored apart from the row, served only to readers of the case as an attachment with a safe name, deleted softly.
 */
@MasarIntegrationTest
class CaseWorkDocumentsApiTests {

    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

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
    void aDocumentIsServedToReadersOnlyAsAnAttachmentWithASafeName() throws Exception {
        UUID caseId = cases.openCase("trafficking", caseworker, caseworker);
        MvcTestResult uploaded = upload(
                caseworker, caseId, "..\\..\\report\"\r\nX-Evil: 1.pdf", MediaType.APPLICATION_OCTET_STREAM_VALUE, PDF);
        assertThat(uploaded).hasStatus(HttpStatus.CREATED);
        JsonNode document = cases.json(uploaded);
        assertThat(document.get("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(document.get("fileName").asString()).doesNotContain("\\", "\"", "\r", "\n");
        String contentUrl = document.get("contentUrl").asString();
        assertThat(uploaded.getResponse().getHeader("Location")).isEqualTo(contentUrl);

        MvcTestResult download =
                mvc.get().uri(contentUrl).cookie(caseworker.session()).exchange();
        assertThat(download).hasStatusOk();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
        assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
        String disposition = download.getResponse().getHeader("Content-Disposition");
        assertThat(disposition).startsWith("attachment;").doesNotContain("\r", "\n");
        assertThat(download.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(cases.audited(caseworker, "cases.document.downloaded", "SUCCESS"))
                .isOne();
        // The bytes live apart from the document's row.
        assertThat(cases.countAsSystem("SELECT count(*) FROM cases_case_document_content WHERE case_id = :id", caseId))
                .isOne();

        User outsider = cases.user("CASEWORKER");
        MvcTestResult refused =
                mvc.get().uri(contentUrl).cookie(outsider.session()).exchange();
        assertThat(refused).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(refused.getResponse().getContentAsByteArray()).isNotEqualTo(PDF);
        assertThat(cases.get(outsider, "/api/v1/cases/{id}/documents", caseId)).hasStatus(HttpStatus.FORBIDDEN);

        // The timeline says a document was attached, to readers of protection cases only.
        assertThat(jdbc.sql("""
                                SELECT visible_with FROM people_timeline_entry
                                 WHERE person_id = :person AND module = 'cases' AND kind = 'document.attached'
                                """)
                        .param("person", cases.personOf(caseId))
                        .query(String.class)
                        .list())
                .containsExactly("protection:read-restricted");
    }

    @Test
    void theContentDecidesTheTypeAndTheSizeIsLimitedAndNothingIsHalfWritten() {
        UUID caseId = cases.openCase("mrrm-assistance", caseworker, caseworker);
        byte[] program = "MZ\u0090\u0000 this is a Windows program".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(upload(caseworker, caseId, "passport.pdf", "application/pdf", program))
                .hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/cases.document-rejected");
        byte[] huge = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        assertThat(upload(caseworker, caseId, "big.pdf", "application/pdf", huge))
                .hasStatus(HttpStatus.CONTENT_TOO_LARGE)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/cases.document-too-large");
        assertThat(upload(caseworker, caseId, "empty.pdf", "application/pdf", new byte[0]))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(cases.countAsSystem("SELECT count(*) FROM cases_case_document WHERE case_id = :id", caseId))
                .isZero();
        assertThat(cases.countAsSystem("SELECT count(*) FROM cases_case_document_content WHERE case_id = :id", caseId))
                .isZero();
    }

    @Test
    void aDeletedDocumentIsKeptWithItsReasonAndNoLongerServed() {
        UUID caseId = cases.openCase("mrrm-assistance", caseworker, caseworker);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        JsonNode document = cases.json(upload(caseworker, caseId, "card.png", "image/png", png));
        String id = document.get("id").asString();
        assertThat(cases.post(
                        caseworker, "/api/v1/cases/{id}/documents/{d}/deletion", "{\"reason\": \"\"}", caseId, id))
                .hasStatus(HttpStatus.BAD_REQUEST);
        MvcTestResult deleted = cases.post(
                caseworker,
                "/api/v1/cases/{id}/documents/{d}/deletion",
                "{\"reason\": \"Uploaded to the wrong case\"}",
                caseId,
                id);
        assertThat(deleted).hasStatusOk();
        assertThat(cases.json(deleted).get("deleteReason").asString()).isEqualTo("Uploaded to the wrong case");
        assertThat(cases.json(deleted).get("contentUrl").isNull()).isTrue();
        assertThat(mvc.get()
                        .uri("/api/v1/cases/{id}/documents/{d}/content", caseId, id)
                        .cookie(caseworker.session())
                        .exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(cases.post(
                        caseworker, "/api/v1/cases/{id}/documents/{d}/deletion", "{\"reason\": \"Again\"}", caseId, id))
                .hasStatus(HttpStatus.NOT_FOUND);
        JsonNode list = cases.json(cases.get(caseworker, "/api/v1/cases/{id}/documents", caseId))
                .get("items");
        assertThat(list.size()).isOne();
        assertThat(list.get(0).get("deletedBy").asString()).isEqualTo(caseworker.username());
        assertThat(cases.audited(caseworker, "cases.document.deleted", "SUCCESS"))
                .isOne();
    }

    private MvcTestResult upload(User user, UUID caseId, String name, String type, byte[] bytes) {
        return mvc.post()
                .uri("/api/v1/cases/{id}/documents", caseId)
                .multipart()
                .file(new MockMultipartFile("file", name, type, bytes))
                .param("description", "Identity card")
                .cookie(user.session())
                .with(csrf())
                .header("Accept-Language", "en")
                .accept(MediaType.APPLICATION_JSON)
                .exchange();
    }
}
