package org.masar.assistance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.assistance.DistributionsTestSupport.DISTRIBUTIONS;

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
import org.masar.assistance.DistributionsTestSupport;
import org.masar.referrals.ReferralsTestSupport;
import org.masar.referrals.ReferralsTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hand-overs as the phone sends them: recorded with the stock dispatched and the service on the person's timeline; a
 * re-sent id recorded once; a second hand-over to the same beneficiary refused with what the phone shows; two at once
 * from two phones: one recorded, one refused, one dispatch; a batch with mixed outcomes; a closed distribution refuses;
 * another baladiya's user and a user who may not record are refused.
 */
@MasarIntegrationTest
class HandoversApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    DistributionsTestSupport support;
    ReferralsTestSupport people;
    User manager;
    User caseworker;
    UUID warehouse;
    String distribution;
    String salma;
    String huda;

    @BeforeEach
    void setUp() {
        support = new DistributionsTestSupport(jdbc, encoder, mvc, json);
        people = support.people;
        manager = people.user("PROGRAMME_MANAGER");
        caseworker = people.user("CASEWORKER");
        warehouse = support.warehouse("blanket", 10, "jerrycan", 10);
        distribution = support.planned(
                        manager,
                        DistributionsTestSupport.plan(
                                warehouse,
                                false,
                                "{\"item\": \"blanket\", \"quantity\": 2}, {\"item\": \"jerrycan\", \"quantity\": 1}"))
                .get("id")
                .asString();
        salma = people.person(caseworker, "Salma");
        huda = people.person(caseworker, "Huda");
        support.add(manager, distribution, salma, huda);
    }

    @Test
    void aHandOverDispatchesStockWritesTheServiceAndIsRecordedOnceWhenResent() {
        String beneficiary = support.beneficiary(caseworker, distribution, salma);
        UUID id = UUID.randomUUID();
        // Not open yet.
        assertThat(support.handOver(caseworker, distribution, id, beneficiary))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/assistance.distribution-not-open");
        support.open(manager, distribution);
        long version = people.json(people.get(caseworker, DISTRIBUTIONS + "/{id}/handover-list", distribution))
                .get("version")
                .asLong();

        MvcTestResult recorded = support.handOver(caseworker, distribution, id, beneficiary);
        assertThat(recorded).hasStatus(HttpStatus.CREATED);
        JsonNode handover = people.json(recorded);
        assertThat(handover.get("id").asString()).isEqualTo(id.toString());
        assertThat(handover.get("beneficiaryId").asString()).isEqualTo(beneficiary);
        assertThat(handover.get("personId").asString()).isEqualTo(salma);
        assertThat(handover.get("receivedBy").asString()).isEqualTo("self");
        assertThat(handover.get("recordedBy").asString()).isEqualTo(caseworker.username());
        assertThat(support.stock.balance(warehouse, "blanket")).isEqualTo(8);
        assertThat(support.stock.balance(warehouse, "jerrycan")).isEqualTo(9);
        // The service, with its source, on the person's timeline.
        JsonNode service = people.json(people.get(caseworker, "/api/v1/assistance/services?person={p}", salma))
                .get("items")
                .get(0);
        assertThat(service.get("type").asString()).isEqualTo("hygiene-kit");
        assertThat(service.get("programme").asString()).isEqualTo("WASH");
        assertThat(jdbc.sql("SELECT source FROM assistance_service WHERE id = CAST(:id AS uuid)")
                        .param("id", service.get("id").asString())
                        .query(String.class)
                        .single())
                .isEqualTo("distribution");
        assertThat(people.json(people.get(caseworker, "/api/v1/people/{id}/timeline", salma))
                        .toString())
                .contains(service.get("id").asString());

        // The same id again: 200, the same hand-over, nothing written twice.
        MvcTestResult again = support.handOver(caseworker, distribution, id, beneficiary);
        assertThat(again).hasStatus(HttpStatus.OK);
        assertThat(people.json(again).get("recordedAt").asString())
                .isEqualTo(handover.get("recordedAt").asString());
        assertThat(support.handovers(distribution)).isOne();
        assertThat(support.services(distribution)).isOne();
        assertThat(support.dispatches(distribution)).isOne();
        assertThat(support.stock.balance(warehouse, "blanket")).isEqualTo(8);

        // The list shows her served, and its version moved.
        JsonNode list = people.json(people.get(caseworker, DISTRIBUTIONS + "/{id}/handover-list", distribution));
        assertThat(list.get("version").asLong()).isGreaterThan(version);
        assertThat(list.get("distribution").get("status").asString()).isEqualTo("open");
        assertThat(list.get("distribution").get("items").findValuesAsString("code"))
                .containsExactly("blanket", "jerrycan");
        for (JsonNode b : list.get("beneficiaries")) {
            assertThat(b.get("received").asBoolean())
                    .isEqualTo(b.get("personId").asString().equals(salma));
            assertThat(b.has("phones")).isFalse();
        }
        assertThat(people.audited(caseworker, "assistance.handover.recorded", "SUCCESS"))
                .isOne();
        assertThat(people.audited(caseworker, "assistance.distribution.list-downloaded", "SUCCESS"))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aSecondHandOverToTheSameBeneficiaryIsRefusedWithTheFirstOne() {
        support.open(manager, distribution);
        String beneficiary = support.beneficiary(caseworker, distribution, salma);
        UUID first = UUID.randomUUID();
        assertThat(support.handOver(caseworker, distribution, first, beneficiary))
                .hasStatus(HttpStatus.CREATED);
        User other = people.user("CASEWORKER");
        MvcTestResult second = support.handOver(other, distribution, UUID.randomUUID(), beneficiary);
        assertThat(second).hasStatus(HttpStatus.CONFLICT);
        JsonNode problem = people.json(second);
        assertThat(problem.get("type").asString()).isEqualTo("/problems/assistance.already-received");
        assertThat(problem.get("handoverId").asString()).isEqualTo(first.toString());
        assertThat(problem.get("recordedBy").asString()).isEqualTo(caseworker.username());
        assertThat(problem.get("handedOverAt").asString()).isNotBlank();
        // The same id for another beneficiary: a conflict too.
        assertThat(support.handOver(
                        caseworker, distribution, first, support.beneficiary(caseworker, distribution, huda)))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/assistance.handover-id-conflict");
        assertThat(support.handovers(distribution)).isOne();
        assertThat(support.dispatches(distribution)).isOne();
        assertThat(support.stock.balance(warehouse, "blanket")).isEqualTo(8);
    }

    @Test
    void twoPhonesHandingOverToOneBeneficiaryAtOnceRecordOneAndDispatchOnce() throws Exception {
        support.open(manager, distribution);
        String beneficiary = support.beneficiary(caseworker, distribution, salma);
        User other = people.user("CASEWORKER");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (User phone : List.of(caseworker, other)) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return support.handOver(phone, distribution, UUID.randomUUID(), beneficiary)
                            .getResponse()
                            .getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(support.handovers(distribution)).isOne();
        assertThat(support.services(distribution)).isOne();
        assertThat(support.dispatches(distribution)).isOne();
        assertThat(support.stock.balance(warehouse, "blanket")).isEqualTo(8);
        assertThat(support.stock.balance(warehouse, "jerrycan")).isEqualTo(9);
    }

    @Test
    void aSyncAnswersEachQueuedHandOverOnItsOwn() {
        support.open(manager, distribution);
        String forSalma = support.beneficiary(caseworker, distribution, salma);
        String forHuda = support.beneficiary(caseworker, distribution, huda);
        UUID earlier = UUID.randomUUID();
        assertThat(support.handOver(caseworker, distribution, earlier, forSalma))
                .hasStatus(HttpStatus.CREATED);
        UUID toHuda = UUID.randomUUID();
        UUID againSalma = UUID.randomUUID();
        String body = "{\"handovers\": [%s, %s, %s, %s]}"
                .formatted(
                        DistributionsTestSupport.handover(toHuda, forHuda),
                        DistributionsTestSupport.handover(earlier, forSalma),
                        DistributionsTestSupport.handover(againSalma, forSalma),
                        DistributionsTestSupport.handover(
                                UUID.randomUUID(), UUID.randomUUID().toString()));
        MvcTestResult synced = people.post(caseworker, DISTRIBUTIONS + "/" + distribution + "/handovers/sync", body);
        assertThat(synced).hasStatus(HttpStatus.OK);
        JsonNode results = people.json(synced).get("results");
        assertThat(results.findValuesAsString("outcome"))
                .containsExactly("recorded", "already-recorded", "conflict", "refused");
        assertThat(results.get(0).get("id").asString()).isEqualTo(toHuda.toString());
        assertThat(results.get(0).get("handover").get("personId").asString()).isEqualTo(huda);
        assertThat(results.get(1).get("handover").get("id").asString()).isEqualTo(earlier.toString());
        assertThat(results.get(2).get("problem").get("type").asString())
                .isEqualTo("/problems/assistance.already-received");
        assertThat(results.get(2).get("problem").get("handoverId").asString()).isEqualTo(earlier.toString());
        assertThat(results.get(3).get("problem").get("type").asString())
                .isEqualTo("/problems/assistance.beneficiary-not-found");
        assertThat(support.handovers(distribution)).isEqualTo(2);
        assertThat(support.stock.balance(warehouse, "blanket")).isEqualTo(6);
        // Sent again whole (the phone did not hear back): nothing new.
        JsonNode resent = people.json(
                        people.post(caseworker, DISTRIBUTIONS + "/" + distribution + "/handovers/sync", body))
                .get("results");
        assertThat(resent.findValuesAsString("outcome"))
                .containsExactly("already-recorded", "already-recorded", "conflict", "refused");
        assertThat(support.handovers(distribution)).isEqualTo(2);
        assertThat(support.stock.balance(warehouse, "blanket")).isEqualTo(6);
        // Bad batches are refused whole.
        assertThat(people.post(caseworker, DISTRIBUTIONS + "/" + distribution + "/handovers/sync", "{}"))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aClosedDistributionRefusesHandOversAndIsReconciled() {
        support.open(manager, distribution);
        String forSalma = support.beneficiary(caseworker, distribution, salma);
        assertThat(support.handOver(caseworker, distribution, UUID.randomUUID(), forSalma))
                .hasStatus(HttpStatus.CREATED);
        JsonNode closed = people.json(people.post(manager, DISTRIBUTIONS + "/" + distribution + "/close", "{}"));
        assertThat(closed.get("status").asString()).isEqualTo("closed");
        JsonNode reconciliation = closed.get("reconciliation");
        assertThat(reconciliation.get("listed").asInt()).isEqualTo(2);
        assertThat(reconciliation.get("served").asInt()).isEqualTo(1);
        assertThat(reconciliation.get("notServed").asInt()).isEqualTo(1);
        JsonNode blanket = reconciliation.get("items").get(0);
        assertThat(blanket.get("item").asString()).isEqualTo("blanket");
        assertThat(blanket.get("planned").asLong()).isEqualTo(4);
        assertThat(blanket.get("given").asLong()).isEqualTo(2);
        assertThat(blanket.get("dispatched").asLong()).isEqualTo(2);
        assertThat(blanket.get("balanced").asBoolean()).isTrue();
        // Kept with the distribution.
        assertThat(people.json(people.get(caseworker, DISTRIBUTIONS + "/{id}", distribution))
                        .get("reconciliation")
                        .get("items")
                        .get(1)
                        .get("planned")
                        .asLong())
                .isEqualTo(2);
        String forHuda = support.beneficiary(caseworker, distribution, huda);
        assertThat(support.handOver(caseworker, distribution, UUID.randomUUID(), forHuda))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/assistance.distribution-not-open");
        assertThat(people.post(manager, DISTRIBUTIONS + "/" + distribution + "/close", "{}"))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(support.handovers(distribution)).isOne();
    }

    @Test
    void stockThatCannotCoverAHandOverRefusesItWhole() {
        UUID empty = support.warehouse("blanket", 2);
        String short_ = support.planned(
                        manager,
                        DistributionsTestSupport.plan(
                                empty,
                                false,
                                "{\"item\": \"blanket\", \"quantity\": 2}, {\"item\": \"jerrycan\", \"quantity\": 1}"))
                .get("id")
                .asString();
        support.add(manager, short_, salma);
        support.open(manager, short_);
        assertThat(support.handOver(
                        caseworker, short_, UUID.randomUUID(), support.beneficiary(caseworker, short_, salma)))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/assistance.stock-insufficient");
        assertThat(support.handovers(short_)).isZero();
        assertThat(support.services(short_)).isZero();
        assertThat(support.stock.balance(empty, "blanket")).isEqualTo(2);
    }

    @Test
    void anotherBaladiyasUserAndAUserWhoMayNotRecordAreRefusedAndAudited() {
        support.open(manager, distribution);
        String beneficiary = support.beneficiary(caseworker, distribution, salma);
        User misrata = people.user("CASEWORKER", null, null, "LY021203");
        assertThat(support.handOver(misrata, distribution, UUID.randomUUID(), beneficiary))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/assistance.distribution-out-of-scope");
        assertThat(people.get(misrata, DISTRIBUTIONS + "/{id}/handover-list", distribution))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(people.post(
                        misrata,
                        DISTRIBUTIONS + "/" + distribution + "/handovers/sync",
                        "{\"handovers\": [" + DistributionsTestSupport.handover(UUID.randomUUID(), beneficiary) + "]}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        // The programme manager plans but does not record hand-overs.
        assertThat(support.handOver(manager, distribution, UUID.randomUUID(), beneficiary))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/access.denied");
        assertThat(support.handovers(distribution)).isZero();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_entry WHERE actor IN (:a, :b) AND outcome = 'DENIED'
                        """)
                        .param("a", misrata.username())
                        .param("b", manager.username())
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(4);
    }
}
