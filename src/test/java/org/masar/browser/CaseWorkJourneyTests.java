package org.masar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.SystemIdentity;
import org.masar.cases.CaseWorkTestCases;
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
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * A caseworker on a phone, in Arabic, works a case: adds a task that is already overdue, finds it first among their
 * tasks, marks it done there, writes a note, plans a service; every page fits the phone and leads back to the case.
 */
@MasarIntegrationTest
class CaseWorkJourneyTests {

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

    @Autowired
    SystemIdentity system;

    @Autowired
    PlatformTransactionManager transactions;

    WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = HeadlessChromium.start();
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aCaseworkerOnAPhoneWorksACaseInArabic() {
        CaseWorkTestCases cases = new CaseWorkTestCases(jdbc, encoder, mvc, json, system, transactions);
        CaseWorkTestCases.User caseworker = cases.user("CASEWORKER");
        UUID caseId = cases.openCase("mrrm-assistance", caseworker, caseworker);

        browser.get(url("/login?lang=ar"));
        waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        browser.findElement(By.id("username")).sendKeys(caseworker.username());
        browser.findElement(By.id("password")).sendKeys(CaseWorkTestCases.PASSWORD);
        browser.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
        waitForPage("/");

        // A task due yesterday in Libya: overdue as soon as it is added.
        String tasks = "/cases/" + caseId + "/tasks";
        browser.get(url(tasks));
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("مهام الحالة");
        browser.findElement(By.id("title")).sendKeys("إحضار حقيبة النظافة");
        ((JavascriptExecutor) browser)
                .executeScript(
                        "document.getElementById('dueOn').value = arguments[0];",
                        LocalDate.now(ZoneId.of("Africa/Tripoli")).minusDays(1).toString());
        tap(browser.findElement(By.cssSelector("#task-form button[type=submit]")));
        waitForPage(tasks);
        assertThat(waitFor(By.cssSelector(".alert-success")).getText()).isEqualTo("أُضيفت المهمة.");
        assertThat(browser.findElement(By.id("tasks")).getText()).contains("إحضار حقيبة النظافة", "متأخرة");
        assertFitsThePhone(tasks);

        browser.get(url("/cases/tasks"));
        WebElement mine = waitFor(By.cssSelector("#tasks .list-group-item-danger"));
        assertThat(mine.getText()).contains("إحضار حقيبة النظافة");
        assertThat(browser.findElement(By.id("overdue-count")).getText()).contains("1");
        assertFitsThePhone("/cases/tasks");
        tap(mine.findElement(By.cssSelector("button[type=submit]")));
        waitForPage("/cases/tasks");
        assertThat(waitFor(By.cssSelector(".alert-success")).getText()).isEqualTo("أُنجزت المهمة.");
        assertThat(waitFor(By.id("tasks-none")).isDisplayed()).isTrue();

        String notes = "/cases/" + caseId + "/notes";
        browser.get(url(notes));
        waitFor(By.id("text")).sendKeys("تواصلنا مع الأسرة هاتفيًا");
        tap(browser.findElement(By.cssSelector("#note-form button[type=submit]")));
        waitForPage(notes);
        assertThat(waitFor(By.id("notes")).getText()).contains("تواصلنا مع الأسرة هاتفيًا");
        assertFitsThePhone(notes);

        String plan = "/cases/" + caseId + "/plan";
        browser.get(url(plan));
        new Select(waitFor(By.id("service"))).selectByValue("SHELTER");
        tap(browser.findElement(By.cssSelector("#plan-form button[type=submit]")));
        waitForPage(plan);
        assertThat(waitFor(By.id("plan")).getText()).contains("المأوى", "مخططة");
        assertFitsThePhone(plan);

        String documents = "/cases/" + caseId + "/documents";
        browser.get(url(documents));
        waitFor(By.id("document-form"));
        assertFitsThePhone(documents);
        tap(browser.findElement(By.id("back-to-case")));
        waitForPage("/cases/" + caseId);
    }

    /**
     * Scrolls the element to the middle of the screen at once, as a thumb brings it there, then taps it (as the
     * people journey does).
     */
    private void tap(WebElement element) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        waitUntil(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void assertFitsThePhone(String path) {
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("rtl");
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(((Number) overflow).longValue())
                .as("pixels %s is wider than a phone", path)
                .isLessThanOrEqualTo(0);
    }

    private void waitForPage(String path) {
        waitUntil(driver -> URI.create(driver.getCurrentUrl()).getPath().equals(path));
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
