package org.masar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.cases.CasesTestSupport;
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
 * A caseworker in Tripoli, on a phone in Arabic, opens a case for a person, flags it and moves it to its assessment;
 * a second tab still holding the page's first version is told that someone changed the case meanwhile.
 */
@MasarIntegrationTest
class CaseJourneyTests {

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
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aCaseworkerOnAPhoneOpensAFlagsAndMovesACaseInArabic() {
        CasesTestSupport cases = new CasesTestSupport(jdbc, encoder, mvc, json);
        CasesTestSupport.User caseworker = cases.user("CASEWORKER", CasesTestSupport.TRIPOLI);
        UUID office = cases.office();
        cases.worksIn(caseworker, office);
        String person = cases.person(caseworker, CasesTestSupport.TRIPOLI);

        browser.get(url("/login?lang=ar"));
        waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        browser.findElement(By.id("username")).sendKeys(caseworker.username());
        browser.findElement(By.id("password")).sendKeys(CasesTestSupport.PASSWORD);
        browser.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
        waitUntil(driver -> URI.create(driver.getCurrentUrl()).getPath().equals("/"));

        browser.get(url("/cases/new?person=" + person));
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("فتح حالة");
        assertThat(browser.findElement(By.id("case-person")).getText()).contains("سالم");
        new Select(browser.findElement(By.id("caseType"))).selectByValue("mrrm-assistance");
        assertFitsThePhone("/cases/new");
        tap(browser.findElement(By.cssSelector("#new-case-form button[type=submit]")));
        waitUntil(driver -> URI.create(driver.getCurrentUrl()).getPath().matches("/cases/[0-9a-f-]{36}"));
        String page = URI.create(browser.getCurrentUrl()).getPath();
        assertThat(waitFor(By.id("case-stage")).getText()).isEqualTo("جديدة");
        assertFitsThePhone(page);

        browser.findElement(By.id("flag-message")).sendKeys("لا تتصلوا بالعائلة");
        tap(browser.findElement(By.cssSelector("#flag-form button[type=submit]")));
        assertThat(waitFor(By.cssSelector(".alert-warning[data-flag-id]")).getText())
                .contains("لا تتصلوا بالعائلة");

        // A second tab drawn now, before the first moves the case.
        String firstTab = browser.getWindowHandle();
        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        browser.get(url(page));
        waitFor(By.id("stage-form"));
        String secondTab = browser.getWindowHandle();

        browser.switchTo().window(firstTab);
        browser.navigate().refresh();
        new Select(waitFor(By.id("to"))).selectByValue("assessment");
        tap(browser.findElement(By.cssSelector("#stage-form button[type=submit]")));
        waitUntil(ExpectedConditions.textToBe(By.id("case-stage"), "التقييم"));
        assertFitsThePhone(page);

        browser.switchTo().window(secondTab);
        browser.findElement(By.id("flag-message")).sendKeys("ثانية");
        tap(browser.findElement(By.cssSelector("#flag-form button[type=submit]")));
        assertThat(waitFor(By.id("problem-alert")).getText()).isEqualTo("قام شخص آخر بتغيير هذا في الأثناء");
        assertFitsThePhone(page);
    }

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
