package org.masar.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.people.PeopleTestSupport;
import org.masar.people.PeopleTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/** The household, consent and screening panels of a person, and their forms, as a browser uses them. */
@MasarIntegrationTest
class RecordPagesTests {

    static final String TRIPOLI = "LY021104";

    static final String WAZIN = "LY020906";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    PeopleTestSupport people;

    User caseworker;

    String person;

    @BeforeEach
    void setUp() {
        people = new PeopleTestSupport(jdbc, encoder, mvc, json);
        caseworker = people.user("CASEWORKER", TRIPOLI);
        person = people.register(caseworker, """
                        {"givenName": {"ar": "سلمى"}, "sex": "F", "baladiya": "%s"}
                        """.formatted(TRIPOLI)).get("id").asString();
    }

    @Test
    void aCaseworkerRecordsAndWithdrawsAConsentAndScreensThePersonInArabic() {
        MvcTestResult page = page(caseworker, "/people/" + person + "/records", "ar");
        assertThat(page).hasStatus(HttpStatus.OK);
        assertThat(page).bodyText().contains("فحص أوجه الضعف", "هل عمر الشخص أقل من 18 سنة؟", "ليس فرداً في أي أسرة.");

        MvcTestResult given = form(
                caseworker,
                "/people/" + person + "/records/consents",
                "purpose",
                "follow_up",
                "givenHow",
                "thumbprint");
        assertThat(given).hasStatus(HttpStatus.FOUND);
        String consent = jdbc.sql("SELECT id FROM people_consent WHERE person_id = :id")
                .param("id", UUID.fromString(person))
                .query(UUID.class)
                .single()
                .toString();
        assertThat(form(
                        caseworker,
                        "/people/" + person + "/records/consents/" + consent + "/withdrawal",
                        "reason",
                        "لا تريد أن يُتصل بها"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(page(caseworker, "/people/" + person + "/records/consents", "ar"))
                .bodyText()
                .contains("مسحوبة", "لا تريد أن يُتصل بها");

        MvcTestResult screened = form(
                caseworker,
                "/people/" + person + "/records/screenings",
                "answer.under-18",
                "no",
                "answer.serious-medical-condition",
                "yes",
                "answer.functional-difficulty",
                "no-difficulty",
                "answer.aged-60-or-over",
                "no",
                "answer.children-in-care",
                "2");
        assertThat(screened).hasStatus(HttpStatus.FOUND);
        assertThat(page(caseworker, "/people/" + person + "/records/screenings", "en"))
                .bodyText()
                .contains("High", "Serious medical condition");

        MvcTestResult incomplete =
                form(caseworker, "/people/" + person + "/records/screenings", "answer.under-18", "no");
        assertThat(incomplete).hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.sql("SELECT count(*) FROM people_screening WHERE person_id = :id")
                        .param("id", UUID.fromString(person))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aCaseworkerOfAnotherBaladiyaIsRefusedEveryPanel() {
        User wazin = people.user("CASEWORKER", WAZIN);
        for (String panel : new String[] {"", "/household", "/consents", "/screenings"}) {
            assertThat(page(wazin, "/people/" + person + "/records" + panel, "en"))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(form(
                        wazin,
                        "/people/" + person + "/records/consents",
                        "purpose",
                        "registration",
                        "givenHow",
                        "verbal"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    private MvcTestResult page(User user, String uri, String language) {
        return mvc.get()
                .uri(uri)
                .cookie(user.session())
                .header("Accept-Language", language)
                .accept(MediaType.TEXT_HTML)
                .exchange();
    }

    private MvcTestResult form(User user, String uri, String... fields) {
        var request = mvc.post()
                .uri(uri)
                .cookie(user.session())
                .with(csrf())
                .accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED);
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }
}
