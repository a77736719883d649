package org.masar.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.TestAccounts;
import org.masar.people.PeopleTestSupport;
import org.masar.people.PeopleTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/** Exporting a list of people: only with people:export, only what a list shows, formulas defused, audited. */
@MasarIntegrationTest
class PeopleExportTests {

    static final String TRIPOLI = "LY021104";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    PeopleTestSupport people;

    @BeforeEach
    void setUp() {
        people = new PeopleTestSupport(jdbc, encoder, mvc, json);
    }

    @Test
    void aManagerExportsWhatTheListShowsAndACaseworkerMayNot() {
        User caseworker = people.user("CASEWORKER", TRIPOLI);
        User manager = people.user("PROGRAMME_MANAGER");
        String family = "Zway" + TestAccounts.unique("x").substring(2, 8).replaceAll("[^a-z]", "q");
        String number = people.register(caseworker, """
                        {"givenName": {"ar": "سالم", "lat": "Salem"}, "familyName": {"lat": "%s"}, "sex": "M",
                         "phones": ["0912223344"], "baladiya": "%s"}
                        """.formatted(family, TRIPOLI))
                .get("registrationNumber")
                .asString();

        MvcTestResult exported = mvc.get()
                .uri("/people/export.csv?q={q}", "Salem " + family)
                .cookie(manager.session())
                .exchange();
        assertThat(exported).hasStatus(HttpStatus.OK);
        String csv = new String(exported.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFF")
                .contains(number)
                .contains("سالم / Salem")
                .doesNotContain("0912223344");
        assertThat(new TestAccounts(jdbc, encoder, mvc).audited(manager.username(), "people.people.exported", null))
                .isEqualTo(1);

        MvcTestResult refused =
                mvc.get().uri("/people/export.csv").cookie(caseworker.session()).exchange();
        assertThat(refused).hasStatus(HttpStatus.FORBIDDEN);
    }
}
