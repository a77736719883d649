package org.masar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.referrals.ReferralsTestSupport;
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
 * On a phone, a caseworker in Tripoli refers a person who consented to share with a partner to that partner's legal
 * aid, in Arabic; the partner's caseworker signs in on their own phone, in English, finds the referral sent to their
 * organisation, reads only what was shared, and accepts it.
 */
@MasarIntegrationTest
class ReferralJourneyTests {

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
        // Explicit waits only: an absence is asserted once the page it is absent from has been waited for.
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aCaseworkerRefersAPersonToAPartnerOnAPhoneAndThePartnersCaseworkerAcceptsIt() {
        ReferralsTestSupport support = new ReferralsTestSupport(jdbc, encoder, mvc, json);
        ReferralsTestSupport.User caseworker = support.user("CASEWORKER");
        ReferralsTestSupport.User manager = support.user("PROGRAMME_MANAGER", null, null);
        UUID partner = support.organisation("PARTNER_NGO");
        String provider = support.provider(manager, "organisation", partner, "legal", "shelter");
        ReferralsTestSupport.User partnerUser = support.user("PARTNER_CASEWORKER", partner, null);
        String person = support.person(caseworker, "Samira");
        support.consentToShare(caseworker, person, partner);

        // The caseworker, in Arabic.
        signIn(caseworker.username(), "ar");
        browser.get(url("/referrals/new?person=" + person));
        waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        assertThat(waitFor(By.id("referral-subject")).getText()).contains("أمل");
        new Select(browser.findElement(By.id("service"))).selectByValue("legal");
        new Select(browser.findElement(By.id("provider"))).selectByValue(provider);
        new Select(browser.findElement(By.id("urgency"))).selectByValue("high");
        browser.findElement(By.id("reason")).sendKeys("نزاع على الإيجار");
        tap(browser.findElement(By.id("share-age")));
        assertFitsThePhone("/referrals/new");
        tap(browser.findElement(By.id("send-referral")));
        waitUntil(driver -> isReferralPage(driver.getCurrentUrl()));
        String page = URI.create(browser.getCurrentUrl()).getPath();
        String id = page.substring("/referrals/".length());
        assertThat(waitFor(By.id("referral-status")).getDomAttribute("data-status"))
                .isEqualTo("sent");
        assertThat(browser.findElements(By.id("accept-form")))
                .as("the sender does not answer")
                .isEmpty();
        assertFitsThePhone(page);

        // The partner's caseworker, on another phone, in English.
        browser.manage().deleteAllCookies();
        signIn(partnerUser.username(), "en");
        browser.get(url("/referrals"));
        WebElement item = waitFor(By.cssSelector(".referral-item[data-referral-id='" + id + "']"));
        assertThat(browser.findElements(By.id("referral-boxes")))
                .as("a partner has one box")
                .isEmpty();
        tap(item);
        waitForPage(page);
        assertThat(waitFor(By.cssSelector("[data-field='names']")).getText()).contains("Samira");
        assertThat(browser.findElement(By.cssSelector("[data-field='age']")).getText())
                .isEqualTo("31");
        assertThat(browser.findElements(By.cssSelector("[data-field='phones']")))
                .isEmpty();
        assertThat(browser.findElements(By.id("referral-person")))
                .as("no link to the person's record")
                .isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("نزاع على الإيجار");
        tap(browser.findElement(By.id("accept-referral")));
        waitUntil(ExpectedConditions.attributeToBe(By.id("referral-status"), "data-status", "accepted"));
        assertThat(waitFor(By.cssSelector(".alert-success")).getText()).contains("accepted");
        assertThat(browser.findElement(By.id("referral-answered-by")).getText()).isEqualTo(partnerUser.username());
        assertThat(browser.findElements(By.id("complete-form"))).isNotEmpty();
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("ltr");
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(((Number) overflow).longValue()).isLessThanOrEqualTo(0);
    }

    private void signIn(String username, String language) {
        browser.get(url("/login?lang=" + language));
        waitFor(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(ReferralsTestSupport.PASSWORD);
        browser.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
        waitForPage("/");
    }

    /** Brings the element to the middle of the screen at once, as a thumb does, then taps it. */
    private void tap(WebElement element) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        waitUntil(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private static boolean isReferralPage(String address) {
        return URI.create(address).getPath().matches("/referrals/[0-9a-f-]{36}");
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
