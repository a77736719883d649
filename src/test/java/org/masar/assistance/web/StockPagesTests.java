package org.masar.assistance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

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
import tools.jackson.databind.json.JsonMapper;

/**
 * The stock pages: a logistics officer receives, transfers and records a loss through the forms and reads the
 * warehouse's balances and the stock card, in English and Arabic; a reader sees no form and may not post one.
 */
@MasarIntegrationTest
class StockPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    StockTestSupport support;
    User logistics;
    User reader;
    UUID tripoli;
    UUID misrata;

    @BeforeEach
    void setUp() {
        support = new StockTestSupport(jdbc, encoder, mvc, json);
        logistics = support.user("LOGISTICS_OFFICER");
        reader = support.user("CASEWORKER");
        tripoli = support.site("WAREHOUSE");
        misrata = support.site("WAREHOUSE");
    }

    @Test
    void aLogisticsOfficerKeepsStockThroughTheForms() {
        assertThat(page(logistics, "/assistance/stock"))
                .contains("receive-form")
                .contains(tripoli.toString());
        assertThat(post(
                        logistics,
                        "/assistance/stock/receive",
                        "warehouse",
                        tripoli.toString(),
                        "item",
                        "blanket",
                        "quantity",
                        "40",
                        "donor",
                        "ECHO",
                        "project",
                        "MRRM"))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/assistance/stock/" + tripoli);
        assertThat(support.receive(logistics, misrata, "towel", 1)).hasStatus(HttpStatus.CREATED);
        assertThat(post(
                        logistics,
                        "/assistance/stock/" + tripoli + "/transfer",
                        "to",
                        misrata.toString(),
                        "item",
                        "blanket",
                        "quantity",
                        "10"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(post(
                        logistics,
                        "/assistance/stock/" + tripoli + "/loss",
                        "item",
                        "blanket",
                        "quantity",
                        "2",
                        "reason",
                        "Torn"))
                .hasStatus(HttpStatus.FOUND);
        MvcTestResult tooMuch = post(
                logistics,
                "/assistance/stock/" + tripoli + "/loss",
                "item",
                "blanket",
                "quantity",
                "500",
                "reason",
                "Fire");
        assertThat(tooMuch)
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("problemCode", "assistance.stock-insufficient");
        assertThat(support.balance(tripoli, "blanket")).isEqualTo(28);
        assertThat(support.balance(misrata, "blanket")).isEqualTo(10);

        String warehouse = page(logistics, "/assistance/stock/" + tripoli);
        assertThat(warehouse)
                .contains("data-item=\"blanket\" data-quantity=\"28\"")
                .contains("transfer-form")
                .contains("loss-form");
        String card = page(logistics, "/assistance/stock/" + tripoli + "/items/blanket");
        assertThat(card)
                .contains("data-kind=\"RECEIPT\" data-balance=\"40\"")
                .contains("data-kind=\"TRANSFER_OUT\" data-balance=\"30\"")
                .contains("data-kind=\"LOSS\" data-balance=\"28\"")
                .contains("ECHO")
                .contains("Torn");
        assertThat(page(reader, "/assistance/stock/" + tripoli + "/items/blanket?lang=ar"))
                .contains("dir=\"rtl\"")
                .contains("بطاقة الصنف")
                .contains("استلام");
    }

    @Test
    void aReaderSeesBalancesButNoFormAndMayNotPost() {
        support.receive(logistics, tripoli, "soap-bar", 12);
        String warehouse = page(reader, "/assistance/stock/" + tripoli + "?lang=ar");
        assertThat(warehouse)
                .contains("data-quantity=\"12\"")
                .doesNotContain("receive-form")
                .contains("قطعة صابون");
        assertThat(post(
                        reader,
                        "/assistance/stock/" + tripoli + "/loss",
                        "item",
                        "soap-bar",
                        "quantity",
                        "1",
                        "reason",
                        "Gone"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(support.audited(reader, "access.refused", "DENIED")).isOne();
        assertThat(support.balance(tripoli, "soap-bar")).isEqualTo(12);
        assertThat(page(reader, "/assistance/catalogue"))
                .contains("data-code=\"dignity-kit\"")
                .contains("Sanitary pads")
                .contains("Life jacket");
        assertThat(page(reader, "/assistance/catalogue?lang=ar")).contains("حقيبة الكرامة");
        assertThat(mvc.get()
                        .uri("/assistance/stock/" + UUID.randomUUID())
                        .cookie(reader.session())
                        .exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
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
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
