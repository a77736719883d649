package org.masar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.TestAccounts;
import org.masar.referrals.ReferralsTestSupport;
import org.masar.referrals.ReferralsTestSupport.User;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/**
 * A monitoring officer opens the assistance report on a phone (390×844): the chart of people reached per month is drawn
 * from the JSON API, the table shows the service delivered, a programme picked in the filter narrows the results in
 * place (htmx) and the chart is drawn again; in Arabic, right to left, the page still fits the phone.
 */
@MasarIntegrationTest
class ReportJourneyTests {

    private static final String PASSWORD = "Report-journey-2026!x";

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
    void anOfficerReadsTheReportOnAPhoneAndNarrowsIt() {
        ReferralsTestSupport support = new ReferralsTestSupport(jdbc, encoder, mvc, json);
        User caseworker = support.user("CASEWORKER");
        String person = support.person(caseworker, "Rabia");
        String project = "JRN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        assertThat(support.post(caseworker, "/api/v1/assistance/services", """
                        {"person": "%s", "type": "dignity-kit", "quantity": 1, "unit": "kits", "baladiya": "%s",
                         "deliveredOn": "%s", "programme": "WASH", "project": "%s"}
                        """.formatted(
                        person, ReferralsTestSupport.TRIPOLI, LocalDate.now(ZoneId.of("Africa/Tripoli")), project)))
                .hasStatus(HttpStatus.CREATED);

        String reader = TestAccounts.unique("report-reader");
        new TestAccounts(jdbc, encoder, mvc).create(reader, PASSWORD, "ME_OFFICER");
        browser.get(url("/login?lang=en"));
        waitFor(By.id("username")).sendKeys(reader);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        tap(browser.findElement(By.cssSelector("#sign-in-form button[type=submit]")));
        waitUntil(driver -> URI.create(driver.getCurrentUrl()).getPath().equals("/"));

        browser.get(url("/assistance/reports?project=" + project));
        waitUntil(driver -> "ready".equals(chart(driver).getDomAttribute("data-state")));
        assertThat(chart(browser).getDomAttribute("data-months")).isEqualTo("12");
        assertThat(browser.findElement(By.cssSelector("#report-services .report-row .report-people"))
                        .getText())
                .isEqualTo("1");
        assertThat(browser.findElement(By.id("total-people")).getText()).isEqualTo("1");
        assertFitsThePhone();

        // Another programme: the results are narrowed in place, and the chart drawn again.
        new Select(browser.findElement(By.id("programme"))).selectByValue("MRRM");
        tap(browser.findElement(By.id("report-apply")));
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("report-no-services")));
        waitUntil(driver -> "ready".equals(chart(driver).getDomAttribute("data-state")));
        assertThat(browser.findElement(By.id("total-people")).getText()).isEqualTo("0");
        assertThat(browser.getCurrentUrl()).contains("programme=MRRM");

        browser.get(url("/assistance/reports?project=" + project + "&lang=ar"));
        waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        waitUntil(driver -> "ready".equals(chart(driver).getDomAttribute("data-state")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("تقارير المساعدة");
        assertFitsThePhone();
    }

    private static WebElement chart(WebDriver driver) {
        return driver.findElement(By.id("report-chart"));
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
