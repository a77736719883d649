package org.masar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.assistance.DistributionsTestSupport;
import org.masar.referrals.ReferralsTestSupport;
import org.masar.referrals.ReferralsTestSupport.User;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * On a phone in a detention centre, a caseworker opens a distribution's hand-over page while connected, loses the
 * connection (the browser's network emulation), hands over to two people (one of them through a proxy), sees "2
 * waiting", and, when the connection returns, sees the queue empty and both recorded once; the page still opens with
 * no connection. Then a person is handed over on this phone while offline and, meanwhile, from another phone: when the
 * connection returns the page shows who recorded it and when, until dismissed.
 */
@MasarIntegrationTest
class HandoverJourneyTests {

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

    ChromeDriver browser;

    final Map<String, Object> workerSessions = new LinkedHashMap<>();
    int workerCommands;

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

    /** One person on a distribution's list, as the test knows them. */
    record Listed(String beneficiaryId, String registrationNumber, String nameLat, String nameAr, boolean received) {}

    @Test
    void aCaseworkerHandsOverWithNoConnectionAndEveryHandOverIsRecordedOnceWhenItReturns() {
        DistributionsTestSupport support = new DistributionsTestSupport(jdbc, encoder, mvc, json);
        User manager = support.people.user("PROGRAMME_MANAGER");
        User caseworker = support.people.user("CASEWORKER");
        User otherPhone = support.people.user("CASEWORKER");
        UUID warehouse = support.warehouse("blanket", 10);
        String distribution = support.planned(
                        manager,
                        DistributionsTestSupport.plan(warehouse, false, "{\"item\": \"blanket\", \"quantity\": 2}"))
                .get("id")
                .asString();
        support.add(
                manager,
                distribution,
                support.people.person(caseworker, "Salma"),
                support.people.person(caseworker, "Huda"),
                support.people.person(caseworker, "Nour"));
        support.open(manager, distribution);
        List<Listed> people = listed(support, caseworker, distribution);
        String page = "/assistance/distributions/" + distribution + "/handover";

        signIn(caseworker.username(), "en");
        browser.get(url(page));
        waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#handover-results .beneficiary"), 3));
        assertThat(browser.findElement(By.id("list-state")).getDomAttribute("data-received"))
                .isEqualTo("0");
        // The service worker installed on this first visit keeps the page for when there is no connection.
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "var done = arguments[0]; navigator.serviceWorker.ready.then(function () { done(true); });");
        if (script("return !!navigator.serviceWorker.controller;") != Boolean.TRUE) {
            browser.navigate().refresh();
        }
        waitUntil(driver -> Boolean.TRUE.equals(script("return !!navigator.serviceWorker.controller;")));
        waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#handover-results .beneficiary"), 3));

        // The connection is lost.
        network(false);
        waitUntil(ExpectedConditions.attributeToBe(By.id("connection"), "data-online", "false"));

        Listed first = people.get(0);
        search(first.nameLat().substring(0, 6));
        tap(By.cssSelector(".beneficiary[data-beneficiary-id='" + first.beneficiaryId() + "']"));
        waitFor(By.id("handover-form"));
        assertThat(browser.findElement(By.id("chosen-registration")).getText()).isEqualTo(first.registrationNumber());
        assertThat(browser.findElement(By.id("record-handover")).isEnabled())
                .as("not before the identity is checked")
                .isFalse();
        tap(By.id("identity-checked"));
        tap(By.id("record-handover"));
        waitUntil(ExpectedConditions.attributeToBe(By.id("queue-count"), "data-count", "1"));

        Listed second = people.get(1);
        search(second.registrationNumber());
        tap(By.cssSelector(".beneficiary[data-beneficiary-id='" + second.beneficiaryId() + "']"));
        waitFor(By.id("handover-form"));
        tap(By.id("identity-checked"));
        tap(By.id("received-by-proxy"));
        waitFor(By.id("proxy-name")).sendKeys("Fatima, his sister");
        tap(By.id("record-handover"));
        waitUntil(ExpectedConditions.attributeToBe(By.id("queue-count"), "data-count", "2"));
        assertThat(browser.findElement(By.id("queue-count")).getText()).isEqualTo("2 waiting to be sent");
        search("");
        waitUntil(ExpectedConditions.attributeToBe(
                By.cssSelector(".beneficiary[data-beneficiary-id='" + second.beneficiaryId() + "']"),
                "data-received",
                "here"));
        assertThat(support.handovers(distribution))
                .as("nothing reached the server")
                .isZero();

        // With no connection, the page opens again from what the phone keeps.
        browser.navigate().refresh();
        waitUntil(ExpectedConditions.attributeToBe(By.id("queue-count"), "data-count", "2"));
        waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#handover-results .beneficiary"), 3));

        // The connection returns.
        network(true);
        waitUntil(ExpectedConditions.attributeToBe(By.id("queue-count"), "data-count", "0"));
        waitUntil(ExpectedConditions.attributeToBe(
                By.cssSelector(".beneficiary[data-beneficiary-id='" + first.beneficiaryId() + "']"),
                "data-received",
                "received"));
        assertThat(support.handovers(distribution)).isEqualTo(2);
        tap(By.id("send-now"));
        waitUntil(ExpectedConditions.attributeToBe(By.id("queue-count"), "data-count", "0"));
        assertThat(support.handovers(distribution)).as("recorded once").isEqualTo(2);
        assertThat(support.dispatches(distribution))
                .as("stock dispatched once each")
                .isEqualTo(2);
        assertThat(support.services(distribution)).isEqualTo(2);
        assertThat(listed(support, caseworker, distribution))
                .extracting(Listed::received)
                .containsExactly(true, true, false);
        assertThat(browser.findElements(By.cssSelector(".handover-conflict"))).isEmpty();

        // The third person: on this phone with no connection, and meanwhile on another phone.
        network(false);
        waitUntil(ExpectedConditions.attributeToBe(By.id("connection"), "data-online", "false"));
        Listed third = people.get(2);
        search(third.registrationNumber());
        tap(By.cssSelector(".beneficiary[data-beneficiary-id='" + third.beneficiaryId() + "']"));
        tap(By.id("identity-checked"));
        tap(By.id("record-handover"));
        waitUntil(ExpectedConditions.attributeToBe(By.id("queue-count"), "data-count", "1"));
        assertThat(support.handOver(otherPhone, distribution, UUID.randomUUID(), third.beneficiaryId()))
                .as("meanwhile, on another phone")
                .hasStatus(HttpStatus.CREATED);
        network(true);
        // The conflict is drawn again as the queue empties: read it within the wait, never from an element kept.
        By conflict = By.cssSelector(".handover-conflict[data-beneficiary-id='" + third.beneficiaryId() + "']");
        waitUntil(ExpectedConditions.attributeToBe(conflict, "data-outcome", "conflict"));
        waitUntil(driver -> {
            String shown = driver.findElement(conflict).getText();
            return shown.contains(third.nameLat()) && shown.contains(otherPhone.username());
        });
        waitUntil(ExpectedConditions.attributeToBe(By.id("queue-count"), "data-count", "0"));
        assertThat(support.handovers(distribution)).as("the other phone's only").isEqualTo(3);
        assertThat(support.dispatches(distribution)).isEqualTo(3);
        browser.navigate().refresh();
        tap(By.cssSelector(".handover-conflict .dismiss-conflict"));
        waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("conflicts")));
        assertThat(browser.findElements(By.cssSelector(".handover-conflict"))).isEmpty();

        // The same page in Arabic fits the phone, right to left.
        browser.get(url(page + "?lang=ar"));
        waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#handover-results .beneficiary"), 3));
        assertThat(browser.findElement(By.id("queue-count")).getText()).isEqualTo("لا شيء بانتظار الإرسال");
        assertFitsThePhone(page);
        assertThat(kept()).contains("masar.handover.distribution." + distribution);

        // Another user on this phone: nothing the first one kept is left for them.
        browser.manage().deleteAllCookies();
        signIn(otherPhone.username(), "en");
        browser.get(url("/assistance/distributions/" + UUID.randomUUID() + "/handover"));
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("connection"), "Online"));
        assertThat(kept()).doesNotContain("masar.handover.distribution." + distribution);

        // Signing out on the page erases the list, the queue and the page kept for offline use.
        browser.get(url(page));
        waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#handover-results .beneficiary"), 3));
        waitUntil(driver -> kept().contains("masar.handover.distribution." + distribution));
        waitUntil(driver -> Boolean.TRUE.equals(script("return !!navigator.serviceWorker.controller;")));
        tap(By.cssSelector(".navbar-toggler"));
        // Bootstrap marks the menu "show" once it has finished unfolding; until then the button may still move.
        waitUntil(ExpectedConditions.attributeContains(By.id("main-nav"), "class", "show"));
        tap(By.id("sign-out"));
        waitUntil(driver -> URI.create(driver.getCurrentUrl()).getPath().equals("/login"));
        assertThat(kept()).doesNotContain("masar.handover");
    }

    /** The names of what the page keeps on the phone: localStorage keys and Cache Storage caches. */
    private String kept() {
        return String.valueOf(((JavascriptExecutor) browser).executeAsyncScript("""
                var done = arguments[0];
                var keys = Object.keys(localStorage);
                caches.keys().then(function (names) { done(keys.concat(names).join(' ')); });
                """));
    }

    // --- Through the API
    // -----------------------------------------------------------------------------------------------

    private List<Listed> listed(DistributionsTestSupport support, User recorder, String distribution) {
        JsonNode list = support.people.json(support.people.get(
                recorder, DistributionsTestSupport.DISTRIBUTIONS + "/{id}/handover-list", distribution));
        List<Listed> people = new ArrayList<>();
        for (JsonNode b : list.get("beneficiaries")) {
            people.add(new Listed(
                    b.get("beneficiaryId").asString(),
                    b.get("registrationNumber").asString(),
                    b.get("names").get("lat").asString(),
                    b.get("names").get("ar").asString(),
                    b.get("received").asBoolean()));
        }
        assertThat(people).hasSize(3);
        return people;
    }

    // --- The browser
    // ---------------------------------------------------------------------------------------------------

    /**
     * The browser's network emulation, offline or back to normal, for the page and for its service worker: the worker
     * fetches on its own (the page's emulation does not reach it), so it is emulated through its own DevTools session,
     * reached from the page's with {@code Target.attachToTarget} and {@code Target.sendMessageToTarget}.
     */
    private void network(boolean online) {
        String conditions =
                "{\"offline\":" + !online + ",\"latency\":0,\"downloadThroughput\":-1,\"uploadThroughput\":-1}";
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.emulateNetworkConditions", json.readValue(conditions, Map.class));
        Map<String, Object> targets = browser.executeCdpCommand("Target.getTargets", Map.of());
        for (Object info : (List<?>) targets.get("targetInfos")) {
            Map<?, ?> target = (Map<?, ?>) info;
            if ("service_worker".equals(target.get("type"))) {
                Object session = workerSessions.computeIfAbsent(
                        String.valueOf(target.get("targetId")),
                        id -> browser.executeCdpCommand(
                                        "Target.attachToTarget", Map.of("targetId", id, "flatten", false))
                                .get("sessionId"));
                workerCommand(session, "Network.enable", "{}");
                workerCommand(session, "Network.emulateNetworkConditions", conditions);
            }
        }
    }

    private void workerCommand(Object session, String method, String parameters) {
        String message =
                "{\"id\":" + (++workerCommands) + ",\"method\":\"" + method + "\",\"params\":" + parameters + "}";
        browser.executeCdpCommand("Target.sendMessageToTarget", Map.of("sessionId", session, "message", message));
    }

    private void search(String text) {
        WebElement search = waitFor(By.id("handover-search"));
        search.clear();
        if (!text.isEmpty()) {
            search.sendKeys(text);
        } else {
            script("arguments[0].dispatchEvent(new Event('input'));", search);
        }
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private void signIn(String username, String language) {
        browser.get(url("/login?lang=" + language));
        waitFor(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(ReferralsTestSupport.PASSWORD);
        browser.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
        waitUntil(driver -> URI.create(driver.getCurrentUrl()).getPath().equals("/"));
    }

    /** Taps what the locator finds once it can be tapped, finding it again if the page redrew it meanwhile. */
    private void tap(By locator) {
        waitUntil(driver -> {
            WebElement element = driver.findElement(locator);
            script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            try {
                element.click();
            } catch (ElementClickInterceptedException covered) {
                return false; // still moving into place (a menu opening): tapped again on the next try
            }
            return true;
        });
    }

    private void assertFitsThePhone(String path) {
        Object overflow = script("return document.documentElement.scrollWidth - window.innerWidth;");
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
