package org.masar.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.TestAccounts;
import org.masar.dtm.DashboardTestRounds;
import org.masar.dtm.DtmTestSupport;
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
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A DTM officer publishes a round through the API with the maker-checker (she asks, a second DTM officer approves),
 * then a monitoring officer who may only read the DTM opens the dashboard on a phone, picks migrants for the map (and
 * waits for it to redraw), looks at muhalla, and downloads the HXL CSV of the round by baladiya: its hashtag row is
 * under the header row, and the small cell is shown as {@code <5}.
 *
 * <p>Runs on the application every HTTP test shares (it listens on a random port too). Only explicit waits.
 */
@MasarIntegrationTest
class DtmDashboardJourneyTests {

    private static final String PASSWORD = "Dtm-journey-2026!x";

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
        browser.manage().timeouts().implicitlyWait(Duration.ZERO); // explicit waits only
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void anOfficerPublishesARoundAndAReaderMapsItAndDownloadsItsHxlFile() throws Exception {
        TestAccounts accounts = new TestAccounts(jdbc, encoder, mvc);
        String maker = TestAccounts.unique("dtm-maker");
        String checker = TestAccounts.unique("dtm-checker");
        String reader = TestAccounts.unique("dtm-reader");
        accounts.create(maker, PASSWORD, "DTM_OFFICER");
        accounts.create(checker, PASSWORD, "DTM_OFFICER");
        accounts.create(reader, PASSWORD, "ME_OFFICER");
        int number = DashboardTestRounds.nextNumber();
        String round = publish(
                number, signedIn(accounts.signedIn(maker, PASSWORD)), signedIn(accounts.signedIn(checker, PASSWORD)));

        // An emergency event in Derna an hour ago, not yet reported on: drawn on the map beside Derna.
        String incident = java.time.LocalDateTime.now(java.time.ZoneId.of("Africa/Tripoli"))
                .minusHours(1)
                .withSecond(0)
                .withNano(0)
                .toString();
        MvcTestResult event = new DtmTestSupport(mvc, json, jdbc)
                .post("/api/v1/dtm/events", DtmTestSupport.OFFICER, """
                {"type": "FLOOD", "incidentAt": "%s", "baladiya": "LY010102", "description": "Wadi flood"}
                """.formatted(incident));
        assertThat(event.getResponse().getStatus())
                .as(DtmTestSupport.body(event))
                .isEqualTo(201);

        browser.get(url("/login?lang=en"));
        waitFor(By.id("username")).sendKeys(reader);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        tap(browser.findElement(By.cssSelector("#sign-in-form button[type=submit]")));
        waitUntil(driver -> URI.create(driver.getCurrentUrl()).getPath().equals("/"));

        browser.get(url("/dtm"));
        assertThat(waitFor(By.id("dtm-round")).getText()).startsWith("Round " + number + " (version 1)");
        assertThat(browser.findElement(By.cssSelector("[data-figure='idps.ind'] .dtm-national-value"))
                        .getText())
                .isEqualTo("1,250");
        WebElement map = browser.findElement(By.id("dtm-map"));
        waitUntil(driver -> "ready".equals(map.getDomAttribute("data-state")));
        assertThat(map.getDomAttribute("data-figure")).isEqualTo("idps.ind");
        // Three baladiya of the Derna mantika, and Tripoli, whose figures are its two muhalla's.
        assertThat(map.getDomAttribute("data-units")).isEqualTo("4");
        waitUntil(
                driver -> "ready".equals(driver.findElement(By.id("dtm-trends")).getDomAttribute("data-state")));
        waitUntil(driver -> map.getDomAttribute("data-events") != null);
        assertThat(Integer.parseInt(map.getDomAttribute("data-events"))).isPositive();

        // Migrants on the map: the map redraws, and its legend says what it shows.
        new Select(browser.findElement(By.id("map-figure"))).selectByValue("migrants.ind");
        waitUntil(driver -> "migrants.ind".equals(map.getDomAttribute("data-figure"))
                && "ready".equals(map.getDomAttribute("data-state")));
        assertThat(browser.findElement(By.cssSelector("#dtm-map-legend li")).getText())
                .isEqualTo("Migrants");
        assertThat(browser.findElements(By.cssSelector("#dtm-map .leaflet-interactive")))
                .isNotEmpty();

        // By muhalla: Tripoli's two muhalla, drawn at their baladiya's point.
        new Select(browser.findElement(By.id("map-level"))).selectByValue("muhalla");
        waitUntil(driver -> "muhalla".equals(map.getDomAttribute("data-level"))
                && "ready".equals(map.getDomAttribute("data-state")));
        assertThat(map.getDomAttribute("data-units")).isEqualTo("2");
        assertFitsThePhone();

        // The HXL CSV of the round by baladiya, downloaded with the reader's session as the link does.
        WebElement link = browser.findElement(By.cssSelector("a.dtm-export[data-level='baladiya'][data-format='csv']"));
        assertThat(link.getDomAttribute("href")).contains("/api/v1/dtm/rounds/" + round + "/export");
        Object text = ((JavascriptExecutor) browser).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                  .then(function (r) { return r.text().then(function (t) { done(r.status + '\\n' + t); }); })
                  .catch(function (e) { done('failed ' + e); });
                """, link.getDomProperty("href"));
        String response = (String) text;
        assertThat(response).startsWith("200\n");
        List<CSVRecord> records =
                CSVFormat.RFC4180.parse(new StringReader(response.substring(4))).getRecords();
        assertThat(records.get(0).toList()).contains("Baladiya P-code", "idps.ind");
        assertThat(records.get(1).toList()).contains("#adm3+code", "#adm3+name+i_ar", "#affected+idps+ind");
        assertThat(records.stream().skip(2).flatMap(r -> r.toList().stream())).contains("<5", "Alqubba", "القبة");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = :who AND action = 'dtm.round.exported'")
                        .param("who", reader)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // The same dashboard in Arabic, right to left, still fits the phone.
        browser.get(url("/dtm?lang=ar"));
        waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        waitUntil(driver -> "ready".equals(driver.findElement(By.id("dtm-map")).getDomAttribute("data-state")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("مصفوفة تتبع النزوح");
        assertThat(browser.findElement(By.cssSelector("#map-figure option[value='migrants.ind']"))
                        .getText())
                .isEqualTo("المهاجرون");
        assertFitsThePhone();
    }

    /**
     * The maker plans the round, collects three baladiya (Alqubba's 2 IDPs a small cell) and two muhalla of Tripoli,
     * records the other baladiya as not planned, validates, confirms what validation flags (a change from the previous
     * published round), asks for publication; the checker approves in the maker-checker's queue.
     */
    private String publish(int number, RequestPostProcessor maker, RequestPostProcessor checker) {
        DtmTestSupport dtm = new DtmTestSupport(mvc, json, jdbc);
        MvcTestResult created = dtm.post("/api/v1/dtm/rounds", maker, """
                {"number": %d, "periodStart": "2026-09-01", "periodEnd": "2026-10-31"}
                """.formatted(number));
        assertThat(created.getResponse().getStatus())
                .as(DtmTestSupport.body(created))
                .isEqualTo(201);
        String round = dtm.json(created).get("id").asString();
        ok(dtm.post("/api/v1/dtm/rounds/" + round + "/collection", maker, null));
        assess(dtm, maker, round, "LY010102", "{\"idps.ind\": 1200, \"returnees.ind\": 300, \"migrants.ind\": 250}");
        assess(dtm, maker, round, "LY010103", "{\"idps.ind\": 2, \"returnees.ind\": 40, \"migrants.ind\": 60}");
        assess(dtm, maker, round, "LY010101", "{\"idps.ind\": 48, \"returnees.ind\": 20, \"migrants.ind\": 10}");
        assess(dtm, maker, round, "LY02110401", "{\"idps.ind\": 0, \"returnees.ind\": 20, \"migrants.ind\": 150}");
        assess(dtm, maker, round, "LY02110402", "{\"idps.ind\": 0, \"returnees.ind\": 50, \"migrants.ind\": 100}");
        dtm.gapsForAllBut(round, "LY010101", "LY010102", "LY010103", "LY021104");
        ok(dtm.post("/api/v1/dtm/rounds/" + round + "/validation", maker, null));
        for (JsonNode flag : dtm.json(dtm.get("/api/v1/dtm/rounds/" + round + "/validation-flags", maker))) {
            if ("OPEN".equals(flag.get("status").asString())) {
                ok(dtm.post(
                        "/api/v1/dtm/rounds/" + round + "/validation-flags/"
                                + flag.get("id").asString() + "/confirmation",
                        maker,
                        "{\"reason\": \"Confirmed with the field team\"}"));
            }
        }
        MvcTestResult requested = dtm.post("/api/v1/dtm/rounds/" + round + "/publication-request", maker, null);
        assertThat(requested.getResponse().getStatus())
                .as(DtmTestSupport.body(requested))
                .isEqualTo(202);
        JsonNode versions =
                dtm.json(dtm.get("/api/v1/dtm/rounds/" + round, maker)).get("versions");
        String approval =
                versions.get(versions.size() - 1).get("publicationRequest").asString();
        MvcTestResult approved = mvc.post()
                .uri("/api/v1/approvals/" + approval + "/approval")
                .with(checker)
                .with(csrf())
                .exchange();
        assertThat(approved.getResponse().getStatus())
                .as(DtmTestSupport.body(approved))
                .isEqualTo(200);
        JsonNode published = dtm.json(dtm.get("/api/v1/dtm/rounds/" + round, maker));
        assertThat(published.get("publishedVersion").asInt()).isEqualTo(1);
        return round;
    }

    private void assess(DtmTestSupport dtm, RequestPostProcessor maker, String round, String pcode, String figures) {
        ok(dtm.put("/api/v1/dtm/rounds/" + round + "/assessments/" + pcode, maker, """
                {"assessedOn": "2026-09-15", "figures": %s,
                 "keyInformants": [{"role": "muhalla-leader", "sex": "m", "organisationType": "local-council"}],
                 "priorityNeeds": {"idps": ["shelter", "food"]}}
                """.formatted(figures)));
    }

    /** Requests in a signed-in user's session, as the maker-checker needs a real account behind each step. */
    private static RequestPostProcessor signedIn(Cookie session) {
        return request -> {
            request.setCookies(session);
            return request;
        };
    }

    private static void ok(MvcTestResult result) {
        assertThat(result.getResponse().getStatus())
                .as(DtmTestSupport.body(result))
                .isBetween(200, 299);
    }

    private void assertFitsThePhone() {
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(((Number) overflow).longValue())
                .as("pixels the dashboard is wider than a phone")
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
