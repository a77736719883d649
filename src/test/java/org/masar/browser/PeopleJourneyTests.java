package org.masar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.people.PeopleTestSupport;
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
 * A caseworker in Tripoli, on a phone in Arabic, registers a person, then meets the same person again: the page
 * suggests the record already kept, with its reasons, and the caseworker links to it instead of making a second one.
 *
 * <p>Runs on the application every HTTP test shares (it listens on a random port too); the person's family name is
 * this run's own, so only this test's people resemble each other.
 */
@MasarIntegrationTest
class PeopleJourneyTests {

    private static final String TRIPOLI = "LY021104";

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
    void aCaseworkerOnAPhoneRegistersAPersonInArabicAndLinksTheSecondRegistrationToTheFirst() {
        PeopleTestSupport.User caseworker = new PeopleTestSupport(jdbc, encoder, mvc, json).user("CASEWORKER", TRIPOLI);
        String family = org.masar.people.web.PeopleNames.unique();

        browser.get(url("/login?lang=ar"));
        waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        browser.findElement(By.id("username")).sendKeys(caseworker.username());
        browser.findElement(By.id("password")).sendKeys(PeopleTestSupport.PASSWORD);
        browser.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
        waitForPage("/");

        // The first registration: nobody resembles her yet, so saving registers her at once.
        browser.get(url("/people/new"));
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("تسجيل شخص");
        fillIn(family);
        tap(browser.findElement(By.id("save-person")));
        waitUntil(driver -> isRecordPage(driver.getCurrentUrl()));
        String first = URI.create(browser.getCurrentUrl()).getPath();
        String number = waitFor(By.id("registration-number")).getText();
        assertThat(browser.findElement(By.id("person-name")).getText()).contains("زينب إدريس " + family);
        assertFitsThePhone(first);

        // Met again, she gives the same name: the check shows her record, with why it may be her.
        browser.get(url("/people/new"));
        fillIn(family);
        tap(browser.findElement(By.id("check-duplicates")));
        String personId = first.substring("/people/".length());
        WebElement candidate = waitFor(By.cssSelector(".candidate[data-person-id='" + personId + "']"));
        assertThat(candidate.getText()).contains(number).contains("زينب إدريس " + family);
        assertThat(candidate.findElements(By.cssSelector(".reasons li")))
                .isNotEmpty()
                .allSatisfy(reason -> assertThat(reason.getText()).isNotBlank());
        assertFitsThePhone("/people/new");

        long registered = persons();
        tap(candidate.findElement(By.cssSelector("button.same-person")));
        waitForPage(first);
        assertThat(waitFor(By.cssSelector(".alert-success")).getText()).contains("هذا هو السجل الموجود");
        assertThat(browser.findElement(By.id("registration-number")).getText()).isEqualTo(number);
        assertThat(persons()).as("nothing new was registered").isEqualTo(registered);

        // She is found in the list too, by her registration number.
        browser.get(url("/people?q=" + number));
        assertThat(waitFor(By.cssSelector(".person-item[data-person-id='" + personId + "']"))
                        .getText())
                .contains(family);
        assertFitsThePhone("/people");

        // The smallest phones in use are 360 pixels wide: the list and the form fit them too.
        browser.manage().window().setSize(new Dimension(360, 740));
        for (String path : new String[] {"/people?q=" + number, "/people/new", first}) {
            browser.get(url(path));
            waitFor(By.tagName("h1"));
            assertFitsThePhone(path);
        }
    }

    /** Fills in the form as the caseworker does: the names in Arabic, sex, and the baladiya. */
    private void fillIn(String family) {
        waitFor(By.id("givenName.ar")).sendKeys("زينب");
        browser.findElement(By.id("fatherName.ar")).sendKeys("إدريس");
        browser.findElement(By.id("familyName.ar")).sendKeys(family);
        tap(browser.findElement(By.cssSelector("input[name=sex][value=F]")));
        browser.findElement(By.id("estimatedAge")).sendKeys("34");
        new Select(browser.findElement(By.id("baladiya"))).selectByValue(TRIPOLI);
    }

    /**
     * Scrolls the element to the middle of the screen at once, as a thumb brings it there, then taps it: Selenium's own
     * scrolling leaves it on the screen's edge, and Bootstrap's smooth scrolling would still be moving it at the click.
     */
    private void tap(WebElement element) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        waitUntil(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private static boolean isRecordPage(String address) {
        String path = URI.create(address).getPath();
        return path.matches("/people/[0-9a-f-]{36}");
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

    private long persons() {
        return jdbc.sql("SELECT count(*) FROM people_person").query(Long.class).single();
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
