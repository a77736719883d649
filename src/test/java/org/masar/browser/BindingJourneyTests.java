package org.masar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.function.Function;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
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
    void aManagerBindsAFormAndMapsAnUnmappedSubmissionAgainOnAPhoneInArabic() {
        CollectTestSupport collect = new CollectTestSupport(mvc, jdbc, encoder, json);
        BindingTestSupport bindings = new BindingTestSupport(mvc, jdbc, collect);
        DtmTestSupport dtm = new DtmTestSupport(mvc, json, jdbc);
        User uploader = collect.user("DTM_OFFICER");
        String formId = CollectTestSupport.uniqueFormId("bind_journey");
        bindings.upload(uploader, formId, BindingPageFixtures.assessmentForm(formId));

        String manager = TestAccounts.unique("binding-manager");
        new TestAccounts(jdbc, encoder, mvc).create(manager, PASSWORD, "DTM_OFFICER");
        browser.get(url("/login?lang=ar"));
        waitFor(By.id("username")).sendKeys(manager);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        tap(browser.findElement(By.cssSelector("#sign-in-form button[type=submit]")));
        waitUntil(driver -> URI.create(driver.getCurrentUrl()).getPath().equals("/"));

        String page = "/collect/forms/" + formId + "/binding";
        browser.get(url(page + "?lang=ar"));
        waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        waitFor(By.id("unbound"));
        assertFitsThePhone();

        new Select(browser.findElement(By.id("target"))).selectByValue("dtm-assessment");
        WebElement mapping = browser.findElement(By.id("mapping"));
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1];", mapping, BindingPageFixtures.ASSESSMENT_MAPPING);
        tap(browser.findElement(By.id("save-binding")));
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status].alert-success")));
        assertThat(browser.findElement(By.id("bound")).isDisplayed()).isTrue();
        assertFitsThePhone();

        // A submission the round refuses (it is not collecting yet) is listed with its reason.
        Phone phone = collect.phone(collect.user("DTM_ENUMERATOR"), "Phone");
        String round = dtm.round(DtmTestSupport.nextNumber());
        String sent = bindings.sent(phone, formId, null, BindingPageFixtures.assessment(round));
        browser.get(url(page + "?lang=ar"));
        WebElement listed = waitFor(By.id("unmapped-list"));
        assertThat(listed.getText()).contains(sent).contains("dtm.version-not-open");
        assertFitsThePhone();

        dtm.post("/api/v1/dtm/rounds/" + round + "/collection", DtmTestSupport.OFFICER, null);
        tap(listed.findElement(By.cssSelector("button[type=submit]")));
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("no-unmapped")));
        assertThat(bindings.mapping(formId, sent).state()).isEqualTo("mapped");

        browser.get(url(page + "?lang=en"));
        waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "ltr"));
        waitFor(By.id("fields-table"));
        assertFitsThePhone();
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
