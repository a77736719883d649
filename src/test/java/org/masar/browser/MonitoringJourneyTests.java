package org.masar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.assistance.MonitoringTestSupport;
import org.masar.referrals.ReferralsTestSupport;
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
 * On a phone, in Arabic, a monitoring officer surveys the recipients of a distribution: chooses it from the list,
 * draws the whole sample, interviews one recipient through the form drawn from the questionnaire, marks the other
 * not reached, and reads the summary; every page fits the phone's width.
 */
@MasarIntegrationTest
class MonitoringJourneyTests {

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
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aMonitoringOfficerSurveysADistributionsRecipientsOnAPhone() {
        MonitoringTestSupport support = new MonitoringTestSupport(jdbc, encoder, mvc, json);
        ReferralsTestSupport.User officer = support.people.user("ME_OFFICER");
        String layla = support.people.person(support.recorder, "Layla");
        String rania = support.people.person(support.recorder, "Rania");
        String distribution = support.distribution("SHELTER_NFI", List.of(layla, rania));

        signIn(officer.username());
        browser.get(url("/assistance/monitoring/new"));
        waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        tap(waitFor(By.cssSelector("#source-list a[href*='" + distribution + "']")));
        waitUntil(driver ->
                driver.findElement(By.id("sourceId")).getDomProperty("value").equals(distribution));
        WebElement percent = browser.findElement(By.id("samplePercent"));
        percent.clear();
        percent.sendKeys("100");
        assertFitsThePhone("/assistance/monitoring/new");
        tap(browser.findElement(By.cssSelector("#survey-form button[type=submit]")));

        waitUntil(
                driver -> URI.create(driver.getCurrentUrl()).getPath().matches("/assistance/monitoring/[0-9a-f-]{36}"));
        String survey = URI.create(browser.getCurrentUrl()).getPath();
        assertThat(browser.findElements(By.cssSelector(".sampled"))).hasSize(2);
        assertFitsThePhone(survey);

        tap(waitFor(By.cssSelector(".sampled[data-person-id='" + layla + "'] a")));
        waitFor(By.id("interview-form"));
        tap(browser.findElement(By.id("outcome-interviewed")));
        tap(browser.findElement(By.id("q.received-full-package.yes")));
        tap(browser.findElement(By.id("q.satisfaction.satisfied")));
        tap(browser.findElement(By.id("q.usefulness.very-useful")));
        tap(browser.findElement(By.id("q.felt-safe.yes")));
        tap(browser.findElement(By.id("q.problems.long-wait")));
        tap(browser.findElement(By.id("q.knows-feedback.no")));
        assertFitsThePhone(survey + "/interviews/" + layla);
        tap(browser.findElement(By.cssSelector("#interview-form button[type=submit]")));
        waitUntil(ExpectedConditions.attributeToBe(
                By.cssSelector(".sampled[data-person-id='" + layla + "']"), "data-status", "interviewed"));

        tap(waitFor(By.cssSelector(".sampled[data-person-id='" + rania + "'] a")));
        waitFor(By.id("interview-form"));
        tap(browser.findElement(By.id("outcome-not-reached")));
        browser.findElement(By.id("reason")).sendKeys("الهاتف مغلق");
        tap(browser.findElement(By.cssSelector("#interview-form button[type=submit]")));
        waitUntil(ExpectedConditions.attributeToBe(
                By.cssSelector(".sampled[data-person-id='" + rania + "']"), "data-status", "not-reached"));

        tap(waitFor(By.id("survey-summary")));
        waitFor(By.cssSelector(".summary-group[data-group='all']"));
        assertThat(browser.findElement(By.id("summary-interviewed")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.cssSelector(".satisfaction-mean")).getText())
                .contains("4");
        assertFitsThePhone(survey + "/summary");
    }

    private void signIn(String username) {
        browser.get(url("/login?lang=ar"));
        waitFor(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(ReferralsTestSupport.PASSWORD);
        browser.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
        waitUntil(driver -> URI.create(driver.getCurrentUrl()).getPath().equals("/"));
    }

    /** Brings the element to the middle of the screen at once, as a thumb does, then taps it. */
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
