package org.masar.assistance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.assistance.StockTestSupport;
import org.masar.assistance.StockTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-over page's shell, manifest and service worker: served to a user who may record hand-overs, in English and
 * Arabic, with no data about anyone in it and every text its script shows; refused (and audited) to a user who may not;
 * the manifest and the worker with the content types and headers a browser needs to install the app.
 */
@MasarIntegrationTest
class HandoverPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    StockTestSupport support;
    User caseworker;
    User logistics;
    UUID distribution;

    @BeforeEach
    void setUp() {
        support = new StockTestSupport(jdbc, encoder, mvc, json);
        caseworker = support.user("CASEWORKER");
        logistics = support.user("LOGISTICS_OFFICER");
        distribution = UUID.randomUUID();
    }

    @Test
    void aCaseworkerGetsThePageShellWithTheTextsItsScriptShowsAndNoData() throws Exception {
        String page = page(caseworker, handover() + "?lang=en");
        assertThat(page)
                .contains("id=\"handover\"")
                .contains("data-distribution=\"" + distribution + "\"")
                .contains("data-user=\"" + caseworker.username() + "\"")
                .contains("data-api=\"/api/v1/assistance/distributions/" + distribution + "\"")
                .contains("data-scope=\"/assistance/distributions/" + distribution + "/handover\"")
                .contains("data-worker=\"/assistance/handover/sw.js\"")
                .contains("data-waiting=\"{0} waiting to be sent\"")
                .contains("data-conflict=\"{0} had already received this distribution on {1} (recorded by {2})")
                .contains("rel=\"manifest\"")
                .contains("crossorigin=\"use-credentials\"")
                .contains("/assistance/distributions/" + distribution + "/handover/manifest.webmanifest")
                .contains("src=\"/js/assistance-handover.js\"")
                .contains("Identity checked")
                .contains("id=\"record-handover\"")
                .contains("id=\"send-now\"")
                .doesNotContain("<script>");
        String arabic = page(caseworker, handover() + "?lang=ar");
        assertThat(arabic)
                .contains("dir=\"rtl\"")
                .contains("تم التحقق من الهوية")
                .contains("data-waiting=\"{0} بانتظار الإرسال\"");
    }

    @Test
    void aUserWhoMayNotRecordIsRefusedThePageAndTheRefusalIsAudited() throws Exception {
        MvcTestResult refused =
                mvc.get().uri(handover()).cookie(logistics.session()).exchange();
        assertThat(refused).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("data-distribution")
                .doesNotContain("handover-texts");
        assertThat(support.audited(logistics, "access.refused", "DENIED")).isOne();
        assertThat(mvc.get().uri(handover() + "/manifest.webmanifest").cookie(logistics.session()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(HandoverPages.WORKER).cookie(logistics.session()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(handover())).hasStatus(HttpStatus.FOUND);
    }

    @Test
    void theManifestOpensTheDistributionsPageAsAStandaloneApp() throws Exception {
        MvcTestResult manifest = mvc.get()
                .uri(handover() + "/manifest.webmanifest?lang=ar")
                .cookie(caseworker.session())
                .exchange();
        assertThat(manifest).hasStatusOk();
        assertThat(manifest.getResponse().getContentType()).startsWith("application/manifest+json");
        JsonNode body = json.readTree(manifest.getResponse().getContentAsByteArray());
        assertThat(body.path("start_url").asString()).isEqualTo(handover());
        assertThat(body.path("scope").asString()).isEqualTo(handover());
        assertThat(body.path("display").asString()).isEqualTo("standalone");
        assertThat(body.path("dir").asString()).isEqualTo("rtl");
        assertThat(body.path("name").asString()).isEqualTo("مسار - التسليم");
        assertThat(body.path("icons").size()).isEqualTo(3);
        for (JsonNode icon : body.path("icons")) {
            MvcTestResult file = mvc.get()
                    .uri(icon.path("src").asString())
                    .cookie(caseworker.session())
                    .exchange();
            assertThat(file).hasStatusOk();
            assertThat(file.getResponse().getContentType())
                    .isEqualTo(icon.path("type").asString());
        }
    }

    @Test
    void theServiceWorkerIsScriptAllowedToControlTheHandOverPages() throws Exception {
        MvcTestResult worker =
                mvc.get().uri(HandoverPages.WORKER).cookie(caseworker.session()).exchange();
        assertThat(worker).hasStatusOk();
        assertThat(worker.getResponse().getContentType()).startsWith("text/javascript");
        assertThat(worker.getResponse().getHeader("Service-Worker-Allowed")).isEqualTo("/assistance/distributions/");
        assertThat(worker.getResponse().getHeader("Cache-Control")).contains("no-cache");
        assertThat(worker.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("masar-handover-v1")
                .contains("addEventListener('fetch'");
        assertThat(mvc.get().uri("/js/assistance-handover.js")).hasStatusOk();
    }

    private String handover() {
        return "/assistance/distributions/" + distribution + "/handover";
    }

    private String page(User user, String uri) throws Exception {
        MvcTestResult result = mvc.get().uri(uri).cookie(user.session()).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
