package org.masar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.TestAccounts;
import org.masar.collect.CollectTestSupport;
import org.masar.collect.CollectTestSupport.Phone;
import org.masar.collect.CollectTestSupport.User;
import org.masar.collect.SubmissionTestSupport;
import org.masar.collect.SubmissionTestSupport.Visit;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reviewer on a phone (390×844) in Arabic (right to left) finds a form's submissions from the menu's page, opens one,
 * reads its answers and flags it with a note; every page fits the phone in Arabic and in English.
 */
@MasarIntegrationTest
class SubmissionJourneyTests {

    private static final String PASSWORD = "Review-journey-2026!x";

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

    PhoneBrowser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = PhoneBrowser.open(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aReviewerFlagsASubmissionOnAPhoneInArabic() {
        CollectTestSupport collect = new CollectTestSupport(mvc, jdbc, encoder, json);
        SubmissionTestSupport phones = new SubmissionTestSupport(mvc, collect);
        User officer = collect.user("DTM_OFFICER");
        String formId = phones.form(officer, CollectTestSupport.uniqueFormId("review_journey"));
        Phone phone = collect.phone(collect.user("DTM_ENUMERATOR"), "Phone");
        String instanceId = phones.sent(
                phone, formId, Visit.of("مخيم تاجوراء، الطريق الساحلي، بجوار المدرسة الابتدائية القديمة والمستوصف"));

        String reviewer = TestAccounts.unique("reviewer");
        new TestAccounts(jdbc, encoder, mvc).create(reviewer, PASSWORD, "ME_OFFICER");
        browser.signIn(reviewer, PASSWORD, "ar");

        browser.page("/collect/submissions", "ar");
        WebElement form = browser.waitFor(By.cssSelector("[data-form-id='" + formId + "']"));
        browser.assertFitsThePhone();
        browser.tap(form);

        WebElement listed = browser.waitFor(By.cssSelector("[data-instance-id='" + instanceId + "']"));
        assertThat(listed.findElement(By.cssSelector("[data-state=received]")).isDisplayed())
                .isTrue();
        browser.assertFitsThePhone();
        browser.tap(listed);

        WebElement answers = browser.waitFor(By.id("answers"));
        assertThat(answers.getText())
                .contains("الموقع")
                .contains("مخيم تاجوراء")
                .contains("غذاء");
        browser.assertFitsThePhone();
        browser.tap(browser.driver.findElement(By.id("review-has-issues")));
        browser.driver.findElement(By.id("review-note")).sendKeys("حجم الأسرة لا يطابق عدد الأفراد");
        browser.tap(browser.driver.findElement(By.cssSelector("#review-form button[type=submit]")));
        WebElement reviews = browser.waitFor(By.id("reviews"));
        assertThat(reviews.getText())
                .contains("حجم الأسرة لا يطابق عدد الأفراد")
                .contains(reviewer);
        assertThat(browser.driver.findElements(By.cssSelector(".card [data-state=has-issues]")))
                .isNotEmpty();
        browser.assertFitsThePhone();

        browser.driver.get(browser.driver.getCurrentUrl() + "?lang=en");
        browser.waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "ltr"));
        browser.waitFor(By.id("answers"));
        browser.assertFitsThePhone();
        browser.driver.get(browser.url("/collect/forms/" + formId + "/submissions?lang=en"));
        browser.waitFor(By.id("submission-filters"));
        browser.assertFitsThePhone();
    }
}
