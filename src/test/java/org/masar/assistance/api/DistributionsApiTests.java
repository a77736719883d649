package org.masar.assistance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.assistance.DistributionsTestSupport.DISTRIBUTIONS;

import java.util.UUID;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Distributions planned through the API: checked field by field (nothing written), read back with their items; the
 * list built from explicit ids all or nothing; opened and closed only in order; refused outside the user's baladiya or
 * programmes and to users who may not plan (audited).
 */
@MasarIntegrationTest
class DistributionsApiTests {

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

    @BeforeEach
    void setUp() {
        support = new DistributionsTestSupport(jdbc, encoder, mvc, json);
        people = support.people;
        manager = people.user("PROGRAMME_MANAGER");
        caseworker = people.user("CASEWORKER");
        warehouse = support.warehouse("blanket", 10);
    }

    private long distributions() {
        return jdbc.sql("SELECT count(*) FROM assistance_distribution")
                .query(Long.class)
                .single();
    }

    @Test
    void aDistributionIsPlannedAndReadBackWithItsItems() {
        JsonNode planned = support.planned(
                manager,
                DistributionsTestSupport.plan(
                        warehouse,
                        true,
                        "{\"kit\": \"hygiene-kit\", \"quantity\": 1}, {\"item\": \"blanket\", \"quantity\": 2}"));
        String id = planned.get("id").asString();
        JsonNode read = people.json(people.get(caseworker, DISTRIBUTIONS + "/{id}", id));
        assertThat(read.get("status").asString()).isEqualTo("planned");
        assertThat(read.get("perHousehold").asBoolean()).isTrue();
        assertThat(read.get("serviceType").asString()).isEqualTo("hygiene-kit");
        assertThat(read.get("baladiya").asString()).isEqualTo(ReferralsTestSupport.TRIPOLI);
        assertThat(read.get("warehouse").asString()).isEqualTo(warehouse.toString());
        assertThat(read.get("targeting").asString()).contains("community committee");
        assertThat(read.get("items").findValuesAsString("code")).containsExactly("hygiene-kit", "blanket");
        assertThat(read.get("items").get(0).get("nameEn").asString()).isEqualTo("Hygiene kit");
        assertThat(read.get("reconciliation").isNull()).isTrue();
        assertThat(people.json(people.get(caseworker, DISTRIBUTIONS + "?status=planned&size=200"))
                        .toString())
                .contains(id);
        assertThat(people.audited(manager, "assistance.distribution.planned", "SUCCESS"))
                .isOne();
    }

    @Test
    void aPlanIsCheckedFieldByFieldAndNothingWritten() {
        long before = distributions();
        assertThat(people.post(manager, DISTRIBUTIONS, """
                        {"baladiya": "LY999999", "warehouse": "%s", "serviceType": "teleportation",
                         "items": [{"item": "blanket", "kit": "hygiene-kit", "quantity": 1},
                                   {"item": "no-such-thing", "quantity": 0}],
                         "programme": "NOT_ONE"}
                        """.formatted(UUID.randomUUID())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .contains(
                        "name",
                        "baladiya",
                        "plannedOn",
                        "warehouse",
                        "serviceType",
                        "items[0].item",
                        "items[1].item",
                        "items[1].quantity",
                        "programme");
        assertThat(people.post(manager, DISTRIBUTIONS, DistributionsTestSupport.plan(warehouse, false, "")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("items");
        assertThat(people.post(manager, DISTRIBUTIONS, "{\"plannedOn\": \"tomorrow\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(distributions()).isEqualTo(before);
    }

    @Test
    void peopleAreAddedByIdAllOrNothing() {
        String id = support.planned(
                        manager,
                        DistributionsTestSupport.plan(warehouse, false, "{\"item\": \"blanket\", \"quantity\": 1}"))
                .get("id")
                .asString();
        String salma = people.person(caseworker, "Salma");
        String huda = people.person(caseworker, "Huda");
        support.add(manager, id, salma);
        // Huda is fine, but Salma is listed already, one id is nobody's and one is given twice: nothing added.
        assertThat(people.post(manager, DISTRIBUTIONS + "/" + id + "/beneficiaries", """
                        {"people": ["%s", "%s", "%s", "%s"]}
                        """.formatted(
                                huda, salma, UUID.randomUUID(), huda)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactlyInAnyOrder("people[1]", "people[2]", "people[3]");
        JsonNode list = people.json(people.get(manager, DISTRIBUTIONS + "/{id}/beneficiaries", id));
        assertThat(list.get("total").asLong()).isOne();
        assertThat(list.get("items").get(0).get("personId").asString()).isEqualTo(salma);
        assertThat(list.get("items").get(0).get("source").asString()).isEqualTo("ids");
        assertThat(list.get("items").get(0).get("received").asBoolean()).isFalse();
        support.add(manager, id, huda);
        assertThat(people.json(people.get(manager, DISTRIBUTIONS + "/{id}", id))
                        .get("beneficiaries")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void aDistributionOpensOnceAndClosesOnlyWhenOpen() {
        String id = support.planned(
                        manager,
                        DistributionsTestSupport.plan(warehouse, false, "{\"item\": \"blanket\", \"quantity\": 1}"))
                .get("id")
                .asString();
        assertThat(people.post(manager, DISTRIBUTIONS + "/" + id + "/close", "{}"))
                .hasStatus(HttpStatus.CONFLICT);
        support.open(manager, id);
        assertThat(people.post(manager, DISTRIBUTIONS + "/" + id + "/open", "{}"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/assistance.distribution-status");
        JsonNode closed = people.json(people.post(manager, DISTRIBUTIONS + "/" + id + "/close", "{}"));
        assertThat(closed.get("status").asString()).isEqualTo("closed");
        assertThat(closed.get("reconciliation").get("listed").asInt()).isZero();
        // A closed list takes no one.
        assertThat(people.post(
                        manager,
                        DISTRIBUTIONS + "/" + id + "/beneficiaries",
                        "{\"people\": [\"" + people.person(caseworker, "Late") + "\"]}"))
                .hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void anotherBaladiyasUserAndAUserWhoMayNotPlanAreRefusedAndAudited() {
        String id = support.planned(
                        manager,
                        DistributionsTestSupport.plan(warehouse, false, "{\"item\": \"blanket\", \"quantity\": 1}"))
                .get("id")
                .asString();
        User misrata = people.user("CASEWORKER", null, null, "LY021203");
        assertThat(people.get(misrata, DISTRIBUTIONS + "/{id}", id))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/assistance.distribution-out-of-scope");
        assertThat(people.json(people.get(misrata, DISTRIBUTIONS + "?size=200")).toString())
                .doesNotContain(id);
        // A caseworker records hand-overs but does not plan, list or open.
        long before = distributions();
        assertThat(people.post(
                        caseworker,
                        DISTRIBUTIONS,
                        DistributionsTestSupport.plan(warehouse, false, "{\"item\": \"blanket\", \"quantity\": 1}")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(people.post(caseworker, DISTRIBUTIONS + "/" + id + "/open", "{}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(distributions()).isEqualTo(before);
        // A manager limited to MRRM plans nothing under WASH.
        User mrrm = people.user("PROGRAMME_MANAGER");
        jdbc.sql("INSERT INTO access_user_programme_scope (user_id, programme) VALUES (:id, 'MRRM')")
                .param("id", mrrm.id())
                .update();
        assertThat(people.post(
                        mrrm,
                        DISTRIBUTIONS,
                        DistributionsTestSupport.plan(warehouse, false, "{\"item\": \"blanket\", \"quantity\": 1}")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(people.get(mrrm, DISTRIBUTIONS + "/{id}", id)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_entry WHERE actor IN (:a, :b, :c) AND outcome = 'DENIED'
                        """)
                        .param("a", misrata.username())
                        .param("b", caseworker.username())
                        .param("c", mrrm.username())
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(5);
    }
}
