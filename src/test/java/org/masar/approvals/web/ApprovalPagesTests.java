package org.masar.approvals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.approvals.Approval;
import org.masar.approvals.Approvals;
import org.masar.approvals.ApprovalsTestSupport;
import org.masar.approvals.ApprovalsTestSupport.User;
import org.masar.approvals.sample.EchoHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * The approvals queue and a command's page as a checker and a maker see them, in English and Arabic: what waits, who
 * made it and when (Libya's time), the decision forms for the checker only, and the decision through the forms.
 */
@MasarIntegrationTest
class ApprovalPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JsonMapper json;

    @Autowired
    UserDetailsService details;

    @Autowired
    Approvals approvals;

    @Autowired
    EchoHandler echo;

    ApprovalsTestSupport support;

    @BeforeEach
    void setUp() {
        support = new ApprovalsTestSupport(jdbc, encoder, mvc, json, details, approvals);
    }

    @Test
    void theCheckersQueueShowsWhatWaitsWhoMadeItAndWhenInLibyasTime() throws Exception {
        User maker = support.user("DTM_OFFICER");
        User checker = support.user("DTM_OFFICER");
        Approval approval = support.request(maker, ApprovalsTestSupport.subject());
        String libyaTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(approval.requestedAt().atZone(ZoneId.of("Africa/Tripoli")));

        assertThat(page(checker.session(), "/approvals?lang=en"))
                .hasStatusOk()
                .bodyText()
                .contains("Waiting for your decision", "Echo (test command)", approval.summary())
                .contains("by " + maker.username(), libyaTime)
                .contains("/approvals/" + approval.id());
        assertThat(page(checker.session(), "/approvals?lang=ar"))
                .hasStatusOk()
                .bodyText()
                .contains("dir=\"rtl\"", "بانتظار قرارك", "صدى (أمر اختبار)");
        // The maker sees it among their own commands, not as something to decide.
        String makersQueue = page(maker.session(), "/approvals?lang=en")
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(makersQueue).contains("Your commands", "Waiting", approval.summary());
        assertThat(makersQueue.substring(makersQueue.indexOf("id=\"mine-heading\"")))
                .contains("/approvals/" + approval.id());
        assertThat(makersQueue.substring(0, makersQueue.indexOf("id=\"mine-heading\"")))
                .doesNotContain("/approvals/" + approval.id());
        // The dashboard counts it for the checker.
        assertThat(page(checker.session(), "/?lang=en"))
                .hasStatusOk()
                .bodyText()
                .contains("Commands waiting for your decision");
    }

    @Test
    void theCheckerApprovesThroughTheFormAndTheMakerSeesOnlyWithdraw() throws Exception {
        User maker = support.user("DTM_OFFICER");
        User checker = support.user("DTM_OFFICER");
        String subject = ApprovalsTestSupport.subject();
        Approval approval = support.request(maker, subject);
        String detail = "/approvals/" + approval.id();

        assertThat(page(maker.session(), detail + "?lang=en"))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"withdraw-form\"", "another user must decide it")
                .doesNotContain("id=\"approve-form\"", "id=\"reject-form\"");
        assertThat(page(checker.session(), detail + "?lang=en"))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"approve-form\"", "id=\"reject-form\"", maker.username())
                .doesNotContain("id=\"withdraw-form\"");

        // A rejection without a reason is refused on the page; nothing changes.
        MvcTestResult noReason = form(checker.session(), detail + "/reject", "");
        assertThat(noReason)
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("problemCode", "approvals.reason-missing");
        assertThat(support.status(approval.id())).isEqualTo("PENDING");
        assertThat(page(checker.session(), detail + "?lang=en"))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"problem-alert\"", "Say why you reject the command", "id=\"approve-form\"");

        MvcTestResult approved = form(checker.session(), detail + "/approve", null);
        assertThat(approved).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo(detail);
        assertThat(approved).flash().containsEntry("flash", "approvals.approved");
        assertThat(echo.approvals(subject)).isEqualTo(1);
        Cookie session = approved.getResponse().getCookie("SESSION") == null
                ? checker.session()
                : approved.getResponse().getCookie("SESSION");
        assertThat(page(session, detail + "?lang=ar"))
                .hasStatusOk()
                .bodyText()
                .contains("تمت الموافقة على الأمر وتنفيذه", "موافَق عليه")
                .doesNotContain("id=\"approve-form\"");

        // A second click is told, not repeated.
        assertThat(form(checker.session(), detail + "/approve", null))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("problemCode", "approvals.not-pending");
        assertThat(echo.approvals(subject)).isEqualTo(1);
    }

    @Test
    void theMakerWithdrawsThroughTheFormAndOutsidersFindNothing() {
        User maker = support.user("DTM_OFFICER");
        User outsider = support.user("DTM_ENUMERATOR");
        String subject = ApprovalsTestSupport.subject();
        Approval approval = support.request(maker, subject);
        String detail = "/approvals/" + approval.id();

        assertThat(page(outsider.session(), detail)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(form(outsider.session(), detail + "/approve", null)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(page(outsider.session(), "/approvals?lang=en"))
                .hasStatusOk()
                .bodyText()
                .contains("No command is waiting for your decision.")
                .doesNotContain(detail);

        assertThat(form(maker.session(), detail + "/withdraw", null))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("flash", "approvals.withdrawn");
        assertThat(support.status(approval.id())).isEqualTo("WITHDRAWN");
        assertThat(echo.withdrawals(subject)).isEqualTo(1);
    }

    private MvcTestResult page(Cookie session, String uri) {
        return mvc.get().uri(uri).cookie(session).accept(MediaType.TEXT_HTML).exchange();
    }

    private MvcTestResult form(Cookie session, String uri, @org.jspecify.annotations.Nullable String reason) {
        var request = mvc.post().uri(uri).cookie(session).with(csrf()).accept(MediaType.TEXT_HTML);
        if (reason != null) {
            request = request.param("reason", reason);
        }
        return request.exchange();
    }
}
