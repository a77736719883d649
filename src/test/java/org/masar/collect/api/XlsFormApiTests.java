package org.masar.collect.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.javarosa.core.model.FormDef;
import org.javarosa.xform.util.XFormUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.TestAccounts;
import org.masar.collect.internal.xlsform.XlsFormWorkbooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/collect/xlsform} as a form designer's script uses it: the XForm back for a valid workbook (one
 * JavaRosa loads), a problem naming sheet, row and reason for each error, a 400 for a file that is no workbook, and a
 * 403 (audited) for someone who may not manage forms.
 */
@MasarIntegrationTest
class XlsFormApiTests {

    private static final String PASSWORD = "a designer's long password";
    private static final String URI = "/api/v1/collect/xlsform";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JsonMapper json;

    TestAccounts accounts;
    String officer;
    Cookie officerSession;

    @BeforeEach
    void aDtmOfficerWhoManagesForms() {
        accounts = new TestAccounts(jdbc, passwordEncoder, mvc);
        officer = TestAccounts.unique("dtm-officer");
        accounts.create(officer, PASSWORD, "DTM_OFFICER");
        officerSession = accounts.signedIn(officer, PASSWORD);
    }

    @Test
    void aValidWorkbookComesBackAsAnXFormThatJavaRosaLoads() throws Exception {
        MvcTestResult result = upload(officerSession, "dtm-key-informant.xlsx", resource("dtm-key-informant.xlsx"));

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith("application/xml");
        assertThat(result.getResponse().getHeader("X-XForm-Id")).isEqualTo("dtm_ki_baladiya");
        assertThat(result.getResponse().getHeader("X-XForm-Version")).isEqualTo("2026120401");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("dtm_ki_baladiya.xml");
        String xml = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(xml).startsWith("<?xml version=\"1.0\"?>").contains("المنطقة");
        FormDef form =
                XFormUtils.getFormFromInputStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(form.getTitle()).isEqualTo("DTM Libya: key-informant assessment");
    }

    @Test
    void aWorkbookWithErrorsIsAProblemNamingSheetRowAndReasonOfEach() throws Exception {
        byte[] workbook = XlsFormWorkbooks.xlsx("""
                | survey |
                |        | type            | name | label | relevant      |
                |        | text            | a    | A     |               |
                |        | foo             | b    | B     |               |
                |        | select_one nope | c    | C     |               |
                |        | integer         | a    | A2    |               |
                |        | text            | d    | D     | ${missing} > 1 |
                """);
        MvcTestResult result = upload(officerSession, "bad.xlsx", workbook);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.get("type").asString()).isEqualTo("/problems/collect.xlsform-invalid");
        JsonNode errors = problem.get("errors");
        assertThat(errors.size()).isEqualTo(4);
        assertThat(errors.get(0).get("sheet").asString()).isEqualTo("survey");
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(3);
        assertThat(errors.get(0).get("reason").asString()).contains("Unknown question type 'foo'");
        assertThat(errors.get(1).get("row").asInt()).isEqualTo(4);
        assertThat(errors.get(1).get("reason").asString()).contains("'nope'");
        assertThat(errors.get(2).get("row").asInt()).isEqualTo(5);
        assertThat(errors.get(2).get("reason").asString()).contains("The 'name' value 'a' is invalid");
        assertThat(errors.get(3).get("row").asInt()).isEqualTo(6);
        assertThat(errors.get(3).get("reason").asString()).contains("Could not find the name 'missing'");
        assertThat(problem.get("detail").asString()).contains("4");
    }

    @Test
    void aFileThatIsNoWorkbookIsAProblemOfTheWholeFile() throws Exception {
        MvcTestResult result = upload(officerSession, "form.csv", "type,name,label\ntext,a,A\n".getBytes());

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        JsonNode problem = json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.get("type").asString()).isEqualTo("/problems/collect.xlsform-invalid");
        assertThat(problem.get("errors").get(0).get("sheet").isNull()).isTrue();
        assertThat(problem.get("errors").get(0).get("row").isNull()).isTrue();
        assertThat(problem.get("errors").get(0).get("reason").asString()).contains("not an XLSX workbook");
    }

    @Test
    void theProblemIsTitledInArabicForAnArabicReader() throws Exception {
        MvcTestResult result = mvc.post()
                .uri(URI)
                .multipart()
                .file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", new byte[] {1, 2, 3}))
                .cookie(officerSession)
                .header("Accept-Language", "ar")
                .with(csrf())
                .exchange();
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        JsonNode problem = json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.get("title").asString()).matches(".*[\\u0600-\\u06FF].*");
    }

    @Test
    void someoneWhoMayNotManageFormsIsRefusedAndTheRefusalAudited() throws Exception {
        String enumerator = TestAccounts.unique("enumerator");
        accounts.create(enumerator, PASSWORD, "DTM_ENUMERATOR");
        Cookie session = accounts.signedIn(enumerator, PASSWORD);

        MvcTestResult result = upload(session, "dtm-key-informant.xlsx", resource("dtm-key-informant.xlsx"));

        assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("<h:html");
        assertThat(accounts.audited(enumerator, "access.refused", "DENIED")).isEqualTo(1);
    }

    @Test
    void nobodySignedInIsAskedToSignIn() {
        assertThat(mvc.post()
                        .uri(URI)
                        .multipart()
                        .file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", new byte[] {1}))
                        .accept(MediaType.APPLICATION_JSON)
                        .with(csrf()))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    private MvcTestResult upload(Cookie session, String name, byte[] content) {
        return mvc.post()
                .uri(URI)
                .multipart()
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .cookie(session)
                .with(csrf())
                .exchange();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = XlsFormApiTests.class.getResourceAsStream("/collect/xlsform/" + name)) {
            if (in == null) {
                throw new IOException("No test resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
