package org.masar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.TestAccounts;
import org.masar.collect.CollectTestSupport;
import org.masar.collect.CollectTestSupport.User;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
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

    WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = HeadlessChromium.start();
        browser.manage().timeouts().implicitlyWait(java.time.Duration.ZERO); // explicit waits only
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
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
        browser.get(url("/login?lang=ar"));
        waitFor(By.id("username")).sendKeys(manager);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        tap(browser.findElement(By.cssSelector("#sign-in-form button[type=submit]")));
        waitUntil(driver -> URI.create(driver.getCurrentUrl()).getPath().equals("/"));

        browser.get(url("/collect/forms/" + formId + "?lang=ar"));
        waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        WebElement box = waitFor(By.cssSelector("#access-offices input[value='" + office + "']"));
        String id = box.getDomAttribute("id");
        assertThat(browser.findElement(By.cssSelector("label[for='" + id + "']"))
                        .getText())
                .isEqualTo("مكتب مرزق");
        assertFitsThePhone();

        tap(browser.findElement(By.id("who-named")));
        tap(box);
        tap(browser.findElement(By.cssSelector("#access-form button[type=submit]")));
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status].alert-success")));
        assertThat(browser.findElement(By.cssSelector("#access-offices input[value='" + office + "']"))
                        .isSelected())
                .isTrue();
        assertThat(browser.findElement(By.id("who-named")).isSelected()).isTrue();
        assertThat(jdbc.sql("""
                        SELECT o.office FROM collect_form_office o JOIN collect_form f ON f.id = o.form
                         WHERE f.form_id = :id
                        """).param("id", formId).query(UUID.class).list()).containsExactly(office);
        assertFitsThePhone();

        browser.get(url("/collect/forms/" + formId + "?lang=en"));
        waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "ltr"));
        assertThat(browser.findElement(By.cssSelector("label[for='" + id + "']"))
                        .getText())
                .isEqualTo("Murzuq office");
        assertFitsThePhone();
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

    private void assertFitsThePhone() {
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(((Number) overflow).longValue())
                .as("pixels the page is wider than a phone")
                .isLessThanOrEqualTo(0);
    }

    private void tap(WebElement element) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        waitUntil(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private WebElement waitFor(By element) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(element));
    }

    private <T> T waitUntil(Function<WebDriver, T> condition) {
        return HeadlessChromium.waitUntil(browser, condition);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
