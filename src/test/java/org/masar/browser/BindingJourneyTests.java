package org.masar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.TestAccounts;
import org.masar.collect.BindingTestSupport;
import org.masar.collect.CollectTestSupport;
import org.masar.collect.CollectTestSupport.Phone;
import org.masar.collect.CollectTestSupport.User;
import org.masar.collect.api.BindingPageFixtures;
import org.masar.dtm.DtmTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/**
 * A form manager binds a form to a DTM assessment on a phone (390×844) in Arabic (right to left), then maps again a
 * submission the round refused once the round is open; the page, with its field list and the unmapped submission's
 * long reason, fits the phone in Arabic and in English.
 */
@MasarIntegrationTest
class BindingJourneyTests {

    private static final String PASSWORD = "Binding-journey-2026!x";

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
    void aManagerBindsAFormAndMapsAnUnmappedSubmissionAgainOnAPhoneInArabic() {
        CollectTestSupport collect = new CollectTestSupport(mvc, jdbc, encoder, json);
        BindingTestSupport bindings = new BindingTestSupport(mvc, jdbc, collect);
        DtmTestSupport dtm = new DtmTestSupport(mvc, json, jdbc);
        User uploader = collect.user("DTM_OFFICER");
        String formId = CollectTestSupport.uniqueFormId("bind_journey");
        bindings.upload(uploader, formId, BindingPageFixtures.assessmentForm(formId));

        String manager = TestAccounts.unique("binding-manager");
        new TestAccounts(jdbc, encoder, mvc).create(manager, PASSWORD, "DTM_OFFICER");
        browser.signIn(manager, PASSWORD, "ar");

        String page = "/collect/forms/" + formId + "/binding";
        browser.page(page, "ar");
        browser.waitFor(By.id("unbound"));
        browser.assertFitsThePhone();

        new Select(browser.driver.findElement(By.id("target"))).selectByValue("dtm-assessment");
        WebElement mapping = browser.driver.findElement(By.id("mapping"));
        browser.driver.executeScript(
                "arguments[0].value = arguments[1];", mapping, BindingPageFixtures.ASSESSMENT_MAPPING);
        browser.tap(browser.driver.findElement(By.id("save-binding")));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status].alert-success")));
        assertThat(browser.driver.findElement(By.id("bound")).isDisplayed()).isTrue();
        browser.assertFitsThePhone();

        // A submission the round refuses (it is not collecting yet) is listed with its reason.
        Phone phone = collect.phone(collect.user("DTM_ENUMERATOR"), "Phone");
        String round = dtm.round(DtmTestSupport.nextNumber());
        String sent = bindings.sent(phone, formId, null, BindingPageFixtures.assessment(round));
        browser.driver.get(browser.url(page + "?lang=ar"));
        WebElement listed = browser.waitFor(By.id("unmapped-list"));
        assertThat(listed.getText()).contains(sent).contains("dtm.version-not-open");
        browser.assertFitsThePhone();

        dtm.post("/api/v1/dtm/rounds/" + round + "/collection", DtmTestSupport.OFFICER, null);
        browser.tap(listed.findElement(By.cssSelector("button[type=submit]")));
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("no-unmapped")));
        assertThat(bindings.mapping(formId, sent).state()).isEqualTo("mapped");

        browser.page(page, "en");
        browser.waitFor(By.id("fields-table"));
        browser.assertFitsThePhone();
    }
}
