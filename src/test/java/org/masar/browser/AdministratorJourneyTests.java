package org.masar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.masar.access.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A new installation, as its first administrator meets it in a real browser: the one-time password printed at start,
 * the forced change, Arabic turning the page right-to-left, a first user, and signing out.
 *
 * <p>Runs on a server and an embedded PostgreSQL of its own, so that it sees a truly fresh install.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "masar.embedded-postgres.data-dir=target/embedded-postgres-browser")
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class AdministratorJourneyTests {

    private static final String NEW_PASSWORD = "Sahel-caravan-2026-Ghat";
    /** Generous, for a loaded two-core CI machine: a wait ends as soon as its condition holds. */
    private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("One-time password: (\\S+)");

    @LocalServerPort
    int port;

    WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void firstAdministratorSignsInSwitchesToArabicCreatesAUserAndSignsOut(CapturedOutput output) {
        Matcher printed = ONE_TIME_PASSWORD.matcher(output.getOut());
        assertThat(printed.find())
                .as("the one-time password is printed at first start")
                .isTrue();

        browser.get(url("/"));
        waitForPage("/login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(printed.group(1));
        browser.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();

        // The one-time password must be replaced before anything else.
        waitForPage("/account/password");
        assertThat(browser.findElement(By.id("password-change-required")).isDisplayed())
                .isTrue();
        browser.findElement(By.id("currentPassword")).sendKeys(printed.group(1));
        browser.findElement(By.id("newPassword")).sendKeys(NEW_PASSWORD);
        browser.findElement(By.id("confirmation")).sendKeys(NEW_PASSWORD);
        browser.findElement(By.cssSelector("#password-form button[type=submit]"))
                .click();

        // Administrators must then enrol a second factor: read the secret as an authenticator app would.
        waitForPage("/account/mfa");
        String secret = browser.findElement(By.id("totp-secret")).getText();
        browser.findElement(By.id("code")).sendKeys(TestAccounts.totp(secret, Duration.ZERO));
        browser.findElement(By.cssSelector("#mfa-confirm-form button[type=submit]"))
                .click();
        waitForPage("/account");
        assertThat(waitFor(By.cssSelector(".alert-success")).isDisplayed()).isTrue();

        browser.get(url("/"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("ltr");
        browser.findElement(By.id("lang-ar")).click();
        // The old page answers too until the new one has arrived: wait for the direction to change.
        waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("لوحة المتابعة");

        // A first caseworker, created in Arabic; the one-time password is shown once, to hand over.
        browser.get(url("/admin/users"));
        browser.findElement(By.id("new-user")).click();
        waitForPage("/admin/users/new");
        browser.findElement(By.id("username")).sendKeys("amina.caseworker");
        browser.findElement(By.id("displayName")).sendKeys("أمينة الورفلي");
        new Select(browser.findElement(By.id("roles"))).selectByValue("CASEWORKER");
        browser.findElement(By.id("save-user")).click();
        assertThat(waitFor(By.id("one-time-password")).getText()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir"))
                .isEqualTo("rtl");
        browser.get(url("/admin/users"));
        assertThat(browser.findElement(By.id("users-table")).getText()).contains("amina.caseworker");

        // On a phone, in Arabic, the pages a field user opens fit the screen: nothing to scroll sideways.
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String path : new String[] {"/", "/audit", "/admin/users", "/geo/sites", "/account"}) {
            browser.get(url(path));
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir"))
                    .isEqualTo("rtl");
            Object overflow = ((JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(((Number) overflow).longValue())
                    .as("pixels %s is wider than a phone", path)
                    .isLessThanOrEqualTo(0);
        }

        // The menu folds away on a phone: open it, as the user taps the button, to sign out.
        browser.findElement(By.cssSelector(".navbar-toggler")).click();
        // Bootstrap marks the menu "show" once it has finished unfolding; until then the button may still move.
        waitUntil(ExpectedConditions.attributeContains(By.id("main-nav"), "class", "show"));
        waitUntil(ExpectedConditions.elementToBeClickable(By.id("sign-out"))).click();
        waitForPage("/login");
        assertThat(waitFor(By.id("signed-out")).isDisplayed()).isTrue();
    }

    /**
     * Waits, as the user does, until the browser shows {@code path}: after a click the old page stays while the server
     * works (hashing a password takes a while on a busy machine), so reading the address at once would race it.
     */
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
