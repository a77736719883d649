package org.masar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.TestAccounts;
import org.masar.collect.CollectTestSupport;
import org.masar.collect.CollectTestSupport.User;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/**
 * A form manager limits a form to a team on a phone (390×844), in Arabic (right to left): the form's page offers the
 * offices by their Arabic names, the office ticked is saved and shown ticked again, and the page fits the phone in
 * Arabic and in English.
 */
@MasarIntegrationTest
class CollectFormJourneyTests {

    private static final String PASSWORD = "Collect-journey-2026!x";

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    PhoneBrowser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = PhoneBrowser.open(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aManagerLimitsAFormToAnOfficeOnAPhoneInArabic() {
        CollectTestSupport collect = new CollectTestSupport(mvc, jdbc, encoder, json);
        User uploader = collect.user("DTM_OFFICER");
        String formId = CollectTestSupport.uniqueFormId("journey");
        assertThat(collect.upload(uploader, "f.xml", CollectTestSupport.simpleForm(formId, "1", "Team form")))
                .hasStatus(HttpStatus.CREATED);
        UUID office = office();

        String manager = TestAccounts.unique("form-manager");
        new TestAccounts(jdbc, encoder, mvc).create(manager, PASSWORD, "DTM_OFFICER");
        browser.signIn(manager, PASSWORD, "ar");

        browser.page("/collect/forms/" + formId, "ar");
        WebElement box = browser.waitFor(By.cssSelector("#access-offices input[value='" + office + "']"));
        String id = box.getDomAttribute("id");
        assertThat(browser.driver
                        .findElement(By.cssSelector("label[for='" + id + "']"))
                        .getText())
                .isEqualTo("مكتب مرزق");
        browser.assertFitsThePhone();

        browser.tap(browser.driver.findElement(By.id("who-named")));
        browser.tap(box);
        browser.tap(browser.driver.findElement(By.cssSelector("#access-form button[type=submit]")));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status].alert-success")));
        assertThat(browser.driver
                        .findElement(By.cssSelector("#access-offices input[value='" + office + "']"))
                        .isSelected())
                .isTrue();
        assertThat(browser.driver.findElement(By.id("who-named")).isSelected()).isTrue();
        assertThat(jdbc.sql("""
                        SELECT o.office FROM collect_form_office o JOIN collect_form f ON f.id = o.form
                         WHERE f.form_id = :id
                        """).param("id", formId).query(UUID.class).list()).containsExactly(office);
        browser.assertFitsThePhone();

        browser.page("/collect/forms/" + formId, "en");
        assertThat(browser.driver
                        .findElement(By.cssSelector("label[for='" + id + "']"))
                        .getText())
                .isEqualTo("Murzuq office");
        browser.assertFitsThePhone();
    }

    /** A new office of a new organisation. */
    private UUID office() {
        UUID organisation = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO access_organisation (id, code, kind, name_en, name_ar, created_by, updated_by)
                        VALUES (:id, :code, 'PARTNER_NGO', 'Collect partner', 'شريك الجمع', 'test', 'test')
                        """)
                .param("id", organisation)
                .param("code", "ORG-" + organisation.toString().substring(0, 8).toUpperCase())
                .update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO access_office (id, organisation_id, code, name_en, name_ar, created_by, updated_by)
                        VALUES (:id, :organisation, :code, 'Murzuq office', 'مكتب مرزق', 'test', 'test')
                        """)
                .param("id", id)
                .param("organisation", organisation)
                .param("code", "OFF-" + id.toString().substring(0, 8).toUpperCase())
                .update();
        return id;
    }
}
