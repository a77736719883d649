package org.masar.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver: nothing is downloaded. The flags keep Chromium
 * from reaching for Google's services, which this network refuses.
 */
final class HeadlessChromium {

    static final String BROWSER = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    /** How long a journey waits for what a person waits for (an element, the next address) before failing. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private HeadlessChromium() {}

    /**
     * Waits until the condition holds, as a person does, through the page being replaced: an element read just as a
     * form's answer arrives is stale, and is looked up again on the next try rather than failing the wait.
     */
    static <T> T waitUntil(WebDriver browser, Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, PATIENCE)
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    static ChromeDriver start() throws java.io.IOException {
        Path profile = Files.createTempDirectory("masar-chromium");
        // Chromium writes some megabytes into its profile, and a run of the suite starts a dozen browsers: removed
        // when the tests' JVM ends, by which time every browser has quit, so that runs do not pile them up in /tmp.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                FileSystemUtils.deleteRecursively(profile);
            } catch (java.io.IOException e) {
                // left behind, as before: nothing a test can do about it
            }
        }));
        ChromeOptions options = new ChromeOptions()
                .setBinary(BROWSER)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--window-size=1280,900",
                        "--lang=en",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }
}
