package org.masar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A phone (390×844) in Debian's headless Chromium on the running application, with the steps a journey takes as a
 * person does: sign in, open a page in a language and wait for its direction, wait for what they wait for, tap what
 * they see, and check that the page fits the phone. Only explicit waits: the driver never waits on its own.
 */
final class PhoneBrowser implements AutoCloseable {

    final ChromeDriver driver;
    private final int port;

    private PhoneBrowser(ChromeDriver driver, int port) {
        this.driver = driver;
        this.port = port;
    }

    static PhoneBrowser open(int port) throws IOException {
        ChromeDriver driver = HeadlessChromium.start();
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        driver.manage().window().setSize(new Dimension(390, 844));
        return new PhoneBrowser(driver, port);
    }

    /** Signs in on the sign-in page in that language ({@code ar}, {@code en}) and waits for the home page. */
    void signIn(String username, String password, String language) {
        driver.get(url("/login?lang=" + language));
        waitFor(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        tap(driver.findElement(By.cssSelector("#sign-in-form button[type=submit]")));
        waitUntil(browser -> URI.create(browser.getCurrentUrl()).getPath().equals("/"));
    }

    /** Opens a page (a path with no query) in a language and waits until it is laid out in that language's direction. */
    void page(String path, String language) {
        driver.get(url(path + "?lang=" + language));
        waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "ar".equals(language) ? "rtl" : "ltr"));
    }

    WebElement waitFor(By element) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(element));
    }

    <T> T waitUntil(Function<WebDriver, T> condition) {
        return HeadlessChromium.waitUntil(driver, condition);
    }

    /** Taps an element as a thumb does: scrolled into view first, and once it can be tapped. */
    void tap(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        waitUntil(ExpectedConditions.elementToBeClickable(element)).click();
    }

    void assertFitsThePhone() {
        Object overflow = ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(((Number) overflow).longValue())
                .as("pixels the page is wider than a phone")
                .isLessThanOrEqualTo(0);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
