package org.masar.referrals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.referrals.ReferralsTestSupport;
import org.masar.referrals.ReferralsTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * The referral pages, signed in for real: the form refuses a partner without consent with the problem shown, sends
 * with it, the partner finds it in their list and accepts it; a second tab's stale answer is a visible conflict; a
 * revoke takes it off the partner's page at once; Arabic pages are right to left.
 */
@MasarIntegrationTest
class ReferralPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    ReferralsTestSupport support;
    User caseworker;
    User partnerUser;
    UUID partner;
    String provider;

    @BeforeEach
    void setUp() {
        support = new ReferralsTestSupport(jdbc, encoder, mvc, json);
        caseworker = support.user("CASEWORKER");
        User manager = support.user("PROGRAMME_MANAGER", null, null);
        partner = support.organisation("PARTNER_NGO");
        provider = support.provider(manager, "organisation", partner, "legal");
        partnerUser = support.user("PARTNER_CASEWORKER", partner, null);
    }

    @Test
    void aCaseworkerRefersThroughTheFormAndThePartnerAcceptsOnTheReferralsPage() {
        String person = support.person(caseworker, "Ibtisam");
        String form = page(caseworker, "/referrals/new?person=" + person + "&lang=ar");
        assertThat(form)
                .contains("dir=\"rtl\"")
                .contains("id=\"referral-form\"")
                .contains("أمل");

        // Without the person's consent to share with this partner: the problem, and nothing sent.
        long before = support.referrals();
        MvcTestResult refused = submit(person);
        assertThat(refused).hasStatusOk();
        assertThat(body(refused)).contains("problem-alert");
        assertThat(support.referrals()).as("nothing sent").isEqualTo(before);

        support.consentToShare(caseworker, person, partner);
        MvcTestResult sent = submit(person);
        assertThat(sent).hasStatus(HttpStatus.FOUND);
        String location = sent.getResponse().getRedirectedUrl();
        assertThat(location).matches("/referrals/[0-9a-f-]{36}");

        // The partner's list and the referral's page: only the shared fields, and the answers.
        assertThat(page(partnerUser, "/referrals")).contains(location.substring("/referrals/".length()));
        String detail = page(partnerUser, location + "?lang=en");
        assertThat(detail)
                .contains("data-field=\"names\"")
                .doesNotContain("data-field=\"phones\"")
                .contains("id=\"accept-form\"")
                .doesNotContain("id=\"revoke-form\"")
                .doesNotContain("Contested inheritance");
        assertThat(page(caseworker, location)).contains("id=\"revoke-form\"").doesNotContain("id=\"accept-form\"");

        assertThat(post(partnerUser, location + "/accept", "version", "0")).hasStatus(HttpStatus.FOUND);
        assertThat(page(partnerUser, location))
                .contains("data-status=\"accepted\"")
                .contains("id=\"complete-form\"");
        // A second tab still at version 0: a visible conflict, nothing overwritten.
        MvcTestResult stale = post(partnerUser, location + "/accept", "version", "0");
        assertThat(stale.getMvcResult().getFlashMap().get("problemCode")).isEqualTo("referrals.stale");
        assertThat(stale.getMvcResult().getFlashMap().get("conflict")).isEqualTo(true);

        // Revoked by its sender: the partner loses the page at once.
        assertThat(post(caseworker, location + "/revoke", "version", "1", "reason", "Person moved to Misrata"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri(location).cookie(partnerUser.session()).exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(page(partnerUser, "/referrals")).doesNotContain(location.substring("/referrals/".length()));
        assertThat(page(caseworker, "/referrals/report?lang=ar"))
                .contains("dir=\"rtl\"")
                .contains("report-table");
    }

    private MvcTestResult submit(String person) {
        return mvc.post()
                .uri("/referrals")
                .cookie(caseworker.session())
                .with(csrf())
                .param("person", person)
                .param("service", "legal")
                .param("provider", provider)
                .param("urgency", "normal")
                .param("reason", "Contested inheritance")
                .param("share", "names", "sex")
                .exchange();
    }

    private MvcTestResult post(User user, String uri, String... params) {
        var request = mvc.post().uri(uri).cookie(user.session()).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    private String page(User user, String uri) {
        MvcTestResult result = mvc.get().uri(uri).cookie(user.session()).exchange();
        assertThat(result).hasStatusOk();
        return body(result);
    }

    private static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
