package org.masar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.TestAccounts;
import org.masar.collect.CollectTestSupport;
import org.masar.collect.CollectTestSupport.Phone;
import org.masar.collect.CollectTestSupport.User;
import org.masar.collect.SubmissionTestSupport;
import org.masar.collect.SubmissionTestSupport.Visit;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reviewer on a phone (390×844) in Arabic (right to left) finds a form's submissions from the menu's page, opens one,
 * reads its answers and flags it with a note; every page fits the phone in Arabic and in English.
 */
@MasarIntegrationTest
class SubmissionJourneyTests {

    private static final String PASSWORD = "Review-journey-2026!x";

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
    void aReviewerFlagsASubmissionOnAPhoneInArabic() {
        CollectTestSupport collect = new CollectTestSupport(mvc, jdbc, encoder, json);
        SubmissionTestSupport phones = new SubmissionTestSupport(mvc, collect);
        User officer = collect.user("DTM_OFFICER");
        String formId = phones.form(officer, CollectTestSupport.uniqueFormId("review_journey"));
        Phone phone = collect.phone(collect.user("DTM_ENUMERATOR"), "Phone");
        String instanceId = phones.sent(
                phone, formId, Visit.of("مخيم تاجوراء، الطريق الساحلي، بجوار المدرسة الابتدائية القديمة والمستوصف"));

        String reviewer = TestAccounts.unique("reviewer");
        new TestAccounts(jdbc, encoder, mvc).create(reviewer, PASSWORD, "ME_OFFICER");
        browser.get(url("/login?lang=ar"));
        waitFor(By.id("username")).sendKeys(reviewer);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        tap(browser.findElement(By.cssSelector("#sign-in-form button[type=submit]")));
        waitUntil(driver -> URI.create(driver.getCurrentUrl()).getPath().equals("/"));

        browser.get(url("/collect/submissions?lang=ar"));
        waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        WebElement form = waitFor(By.cssSelector("[data-form-id='" + formId + "']"));
        assertFitsThePhone();
        tap(form);

        WebElement listed = waitFor(By.cssSelector("[data-instance-id='" + instanceId + "']"));
        assertThat(listed.findElement(By.cssSelector("[data-state=received]")).isDisplayed())
                .isTrue();
        assertFitsThePhone();
        tap(listed);

        WebElement answers = waitFor(By.id("answers"));
        assertThat(answers.getText())
                .contains("الموقع")
                .contains("مخيم تاجوراء")
                .contains("غذاء");
        assertFitsThePhone();
        tap(browser.findElement(By.id("review-has-issues")));
        browser.findElement(By.id("review-note")).sendKeys("حجم الأسرة لا يطابق عدد الأفراد");
        tap(browser.findElement(By.cssSelector("#review-form button[type=submit]")));
        WebElement reviews = waitFor(By.id("reviews"));
        assertThat(reviews.getText())
                .contains("حجم الأسرة لا يطابق عدد الأفراد")
                .contains(reviewer);
        assertThat(browser.findElements(By.cssSelector(".card [data-state=has-issues]")))
                .isNotEmpty();
        assertFitsThePhone();

        browser.get(browser.getCurrentUrl() + "?lang=en");
        waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "ltr"));
        waitFor(By.id("answers"));
        assertFitsThePhone();
        browser.get(url("/collect/forms/" + formId + "/submissions?lang=en"));
        waitFor(By.id("submission-filters"));
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
