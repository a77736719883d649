package org.masar.assistance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Stock through the API: receipts, transfers (both legs), dispatches of items and kits, losses, the stock card with
 * its running balance; a balance PostgreSQL never lets go negative, concurrent dispatches included; refusals.
 */
@MasarIntegrationTest
class StockApiTests {

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
    void receiptTransferLossAndDispatchShowOnTheStockCardWithTheRunningBalance() {
        MvcTestResult received = support.receive(logistics, tripoli, "blanket", 100);
        assertThat(received).hasStatus(HttpStatus.CREATED);
        JsonNode receipt = support.json(received).get(0);
        assertThat(receipt.get("kind").asString()).isEqualTo("RECEIPT");
        assertThat(receipt.get("donor").asString()).isEqualTo("ECHO");
        assertThat(receipt.get("project").asString()).isEqualTo("MRRM-2026");
        assertThat(receipt.get("balanceAfter").asLong()).isEqualTo(100);

        MvcTestResult transferred =
                support.post(logistics, "/api/v1/assistance/stock/transfers", """
                {"from": "%s", "to": "%s", "item": "blanket", "quantity": 30}
                """.formatted(tripoli, misrata));
        assertThat(transferred).hasStatus(HttpStatus.CREATED);
        JsonNode legs = support.json(transferred);
        assertThat(legs.size()).isEqualTo(2);
        assertThat(legs.get(0).get("operation").asString())
                .isEqualTo(legs.get(1).get("operation").asString());
        assertThat(support.balance(tripoli, "blanket")).isEqualTo(70);
        assertThat(support.balance(misrata, "blanket")).isEqualTo(30);

        assertThat(support.post(logistics, "/api/v1/assistance/stock/losses", """
                        {"warehouse": "%s", "item": "blanket", "quantity": 5, "reason": "Soaked by a roof leak"}
                        """.formatted(tripoli)))
                .hasStatus(HttpStatus.CREATED);
        assertThat(support.dispatchItem(logistics, tripoli, "blanket", 15)).hasStatus(HttpStatus.CREATED);

        JsonNode card = support.json(
                support.get(reader, "/api/v1/assistance/warehouses/{w}/items/blanket/card?size=3", tripoli));
        assertThat(card.get("total").asLong()).isEqualTo(4);
        assertThat(card.get("items").findValuesAsString("kind")).containsExactly("RECEIPT", "TRANSFER_OUT", "LOSS");
        assertThat(card.get("items").findValues("balanceAfter").stream().map(JsonNode::asLong))
                .containsExactly(100L, 70L, 65L);
        assertThat(card.get("items").get(1).get("otherWarehouse").asString()).isEqualTo(misrata.toString());
        assertThat(card.get("items").get(2).get("reason").asString()).isEqualTo("Soaked by a roof leak");
        JsonNode second = support.json(
                support.get(reader, "/api/v1/assistance/warehouses/{w}/items/blanket/card?size=3&page=1", tripoli));
        assertThat(second.get("items").get(0).get("kind").asString()).isEqualTo("DISPATCH");
        assertThat(second.get("items").get(0).get("distribution").asString()).isEqualTo("DIST-1");
        assertThat(second.get("items").get(0).get("balanceAfter").asLong()).isEqualTo(50);

        JsonNode balances = support.json(support.get(reader, "/api/v1/assistance/warehouses/{w}/balances", tripoli));
        assertThat(balances.findValuesAsString("item")).containsExactly("blanket");
        assertThat(balances.get(0).get("quantity").asLong()).isEqualTo(50);
        assertThat(support.json(support.get(reader, "/api/v1/assistance/warehouses"))
                        .findValuesAsString("id"))
                .contains(tripoli.toString(), misrata.toString());
        assertThat(support.audited(logistics, "assistance.stock.transferred", "SUCCESS"))
                .isOne();
        assertThatThrownBy(() -> jdbc.sql("UPDATE assistance_stock_movement SET quantity = 1 WHERE warehouse_id = :w")
                        .param("w", tripoli)
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("UPDATE assistance_stock_balance SET quantity = -1 WHERE warehouse_id = :w")
                        .param("w", tripoli)
                        .update())
                .hasMessageContaining("never_negative");
    }

    @Test
    void aDispatchBeyondTheBalanceIsRefusedAndWritesNothing() {
        support.receive(logistics, tripoli, "jerrycan", 10);
        long before = support.movements(tripoli);
        MvcTestResult refused = support.dispatchItem(logistics, tripoli, "jerrycan", 11);
        assertThat(refused)
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/assistance.stock-insufficient");
        assertThat(support.balance(tripoli, "jerrycan")).isEqualTo(10);
        assertThat(support.movements(tripoli)).isEqualTo(before);

        MvcTestResult transfer =
                support.post(logistics, "/api/v1/assistance/stock/transfers", """
                {"from": "%s", "to": "%s", "item": "jerrycan", "quantity": 11}
                """.formatted(tripoli, misrata));
        assertThat(transfer).hasStatus(HttpStatus.CONFLICT);
        assertThat(support.balance(misrata, "jerrycan")).isEqualTo(-1);
        assertThat(support.movements(misrata)).isZero();
        assertThat(support.dispatchItem(logistics, misrata, "jerrycan", 1)).hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void concurrentDispatchesTakeExactlyWhatTheBalanceCoversAndNeverMore() throws Exception {
        // Fewer threads than the test pool's ten connections, so that none waits past Hikari's 3 s for one.
        int threads = 6;
        int covered = 4;
        support.receive(logistics, tripoli, "life-jacket", covered * 3L);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return support.dispatchItem(logistics, tripoli, "life-jacket", 3)
                            .getResponse()
                            .getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(covered);
            assertThat(statuses).filteredOn(status -> status == 409).hasSize(threads - covered);
        } finally {
            pool.shutdownNow();
        }
        assertThat(support.balance(tripoli, "life-jacket")).isZero();
        JsonNode card = support.json(
                support.get(logistics, "/api/v1/assistance/warehouses/{w}/items/life-jacket/card?size=200", tripoli));
        assertThat(card.get("total").asLong()).isEqualTo(1 + covered);
        List<Long> running = card.get("items").findValues("balanceAfter").stream()
                .map(JsonNode::asLong)
                .toList();
        assertThat(running).containsExactly(12L, 9L, 6L, 3L, 0L);
    }

    @Test
    void aKitDispatchTakesItsContentsAndNeedsEveryOneOfThem() {
        JsonNode kit = support.json(support.get(reader, "/api/v1/assistance/kits/shelter-kit"));
        assertThat(kit.get("contents").findValuesAsString("item"))
                .containsExactly("nails-kg", "rope", "shelter-tools", "tarpaulin");
        support.receive(logistics, tripoli, "tarpaulin", 10);
        support.receive(logistics, tripoli, "rope", 5);
        support.receive(logistics, tripoli, "shelter-tools", 5);
        long before = support.movements(tripoli);
        String body = """
                {"warehouse": "%s", "kit": "shelter-kit", "quantity": 2, "distribution": "%s"}
                """.formatted(tripoli, UUID.randomUUID());
        assertThat(support.post(logistics, "/api/v1/assistance/stock/dispatches", body))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/assistance.stock-insufficient");
        assertThat(support.movements(tripoli)).isEqualTo(before);
        assertThat(support.balance(tripoli, "tarpaulin")).isEqualTo(10);

        support.receive(logistics, tripoli, "nails-kg", 3);
        MvcTestResult dispatched = support.post(logistics, "/api/v1/assistance/stock/dispatches", body);
        assertThat(dispatched).hasStatus(HttpStatus.CREATED);
        assertThat(support.json(dispatched).findValuesAsString("kit")).containsOnly("shelter-kit");
        assertThat(support.balance(tripoli, "tarpaulin")).isEqualTo(6);
        assertThat(support.balance(tripoli, "rope")).isEqualTo(3);
        assertThat(support.balance(tripoli, "shelter-tools")).isEqualTo(3);
        assertThat(support.balance(tripoli, "nails-kg")).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithProblems() {
        UUID office = support.site("OFFICE");
        assertThat(support.receive(logistics, office, "blanket", 1))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("warehouse");
        assertThat(support.receive(logistics, UUID.randomUUID(), "blanket", 1)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(support.receive(logistics, tripoli, "no-such-item", 1)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(support.receive(logistics, tripoli, "blanket", 0)).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(support.receive(logistics, tripoli, "blanket", -4)).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(support.post(logistics, "/api/v1/assistance/stock/losses", """
                        {"warehouse": "%s", "item": "blanket", "quantity": 1}
                        """.formatted(tripoli)))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(support.post(logistics, "/api/v1/assistance/stock/dispatches", """
                        {"warehouse": "%s", "item": "blanket", "kit": "nfi-kit", "quantity": 1}
                        """.formatted(tripoli)))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(support.post(logistics, "/api/v1/assistance/stock/transfers", """
                        {"from": "%s", "to": "%s", "item": "blanket", "quantity": 1}
                        """.formatted(tripoli, tripoli)))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(support.post(logistics, "/api/v1/assistance/stock/dispatches", """
                        {"warehouse": "%s", "kit": "no-such-kit", "quantity": 1}
                        """.formatted(tripoli)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(support.get(reader, "/api/v1/assistance/warehouses/{w}/balances", "not-an-id"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(support.get(reader, "/api/v1/assistance/warehouses/{w}/balances", UUID.randomUUID()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(support.movements(tripoli)).isZero();
        assertThat(support.movements(office)).isZero();
    }

    @Test
    void aReaderMayNotWriteStockAndTheRefusalIsAudited() {
        assertThat(support.receive(reader, tripoli, "blanket", 5)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(support.audited(reader, "access.refused", "DENIED")).isOne();
        assertThat(support.movements(tripoli)).isZero();
        assertThat(support.put(reader, "/api/v1/assistance/items/tent", """
                        {"nameEn": "Tent", "nameAr": "خيمة", "unit": "piece"}
                        """)).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void theCatalogueIsDataThatManagersChange() {
        JsonNode kits = support.json(support.get(reader, "/api/v1/assistance/kits"));
        assertThat(kits.findValuesAsString("code"))
                .contains("hygiene-kit", "dignity-kit", "nfi-kit", "shelter-kit", "clothing-kit-adult");
        JsonNode dignity = support.json(support.get(reader, "/api/v1/assistance/kits/dignity-kit"));
        assertThat(dignity.get("nameAr").asString()).isEqualTo("حقيبة الكرامة");
        assertThat(dignity.get("contents").findValuesAsString("item")).contains("sanitary-pads", "reusable-pads");
        assertThat(support.json(support.get(reader, "/api/v1/assistance/items")).findValuesAsString("code"))
                .contains("life-jacket", "emergency-blanket", "first-aid-kit", "food-basket", "shoes");

        User manager = support.user("PROGRAMME_MANAGER");
        String code = "tent-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(support.put(manager, "/api/v1/assistance/items/" + code, """
                        {"nameEn": "Family tent", "nameAr": "خيمة عائلية", "unit": "piece"}
                        """))
                .hasStatus(HttpStatus.OK);
        assertThat(support.put(manager, "/api/v1/assistance/kits/" + code + "-kit", """
                        {"nameEn": "Tent kit", "nameAr": "حقيبة الخيمة",
                         "contents": [{"item": "%s", "quantity": 1}, {"item": "rope", "quantity": 2}]}
                        """.formatted(code)))
                .hasStatus(HttpStatus.OK);
        assertThat(support.json(support.get(reader, "/api/v1/assistance/kits/" + code + "-kit"))
                        .get("contents")
                        .findValuesAsString("item"))
                .containsExactly("rope", code);
        assertThat(support.put(manager, "/api/v1/assistance/kits/bad-kit", """
                        {"nameEn": "Bad", "nameAr": "سيئ", "contents": [{"item": "nothing-here", "quantity": 0}]}
                        """)).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(support.put(manager, "/api/v1/assistance/items/Bad Code", """
                        {"nameEn": "Bad", "nameAr": "سيئ", "unit": "piece"}
                        """))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(support.get(reader, "/api/v1/assistance/items/nothing-here")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(support.audited(manager, "assistance.item.added", "SUCCESS")).isOne();
    }
}
