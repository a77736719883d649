package org.masar.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.masar.referrals.ReferralsTestSupport;
import org.masar.referrals.ReferralsTestSupport.User;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A warehouse with stock, distributions planned and opened through the API, people put on their lists, hand-overs as
 * the phone sends them, for the distributions' tests. Users are those of {@link ReferralsTestSupport} (Tripoli).
 */
public final class DistributionsTestSupport {

    public static final String DISTRIBUTIONS = "/api/v1/assistance/distributions";

    public final ReferralsTestSupport people;
    public final StockTestSupport stock;
    public final StockTestSupport.User logistics;
    private final JdbcClient jdbc;

    public DistributionsTestSupport(JdbcClient jdbc, PasswordEncoder encoder, MockMvcTester mvc, JsonMapper json) {
        this.jdbc = jdbc;
        this.people = new ReferralsTestSupport(jdbc, encoder, mvc, json);
        this.stock = new StockTestSupport(jdbc, encoder, mvc, json);
        this.logistics = stock.user("LOGISTICS_OFFICER");
    }

    /** A warehouse in Tripoli holding these quantities ({@code "blanket", 10, "jerrycan", 5}). */
    public UUID warehouse(Object... stocked) {
        UUID warehouse = stock.site("WAREHOUSE");
        for (int i = 0; i < stocked.length; i += 2) {
            assertThat(stock.receive(logistics, warehouse, (String) stocked[i], ((Number) stocked[i + 1]).longValue()))
                    .hasStatus(HttpStatus.CREATED);
        }
        return warehouse;
    }

    /** A plan's body in Tripoli, under WASH, giving what {@code items} says (JSON array contents). */
    public static String plan(UUID warehouse, boolean perHousehold, String items) {
        return """
                {"name": "Hygiene kits, Abu Salim", "baladiya": "%s", "plannedOn": "%s", "warehouse": "%s",
                 "serviceType": "hygiene-kit", "perHousehold": %s, "items": [%s],
                 "targeting": "Households with children under five, agreed with the community committee",
                 "programme": "WASH", "project": "WASH-2026-01"}
                """.formatted(
                        ReferralsTestSupport.TRIPOLI,
                        LocalDate.now(ZoneId.of("Africa/Tripoli")),
                        warehouse,
                        perHousehold,
                        items);
    }

    public JsonNode planned(User manager, String body) {
        MvcTestResult planned = people.post(manager, DISTRIBUTIONS, body);
        assertThat(planned)
                .as(() -> new String(planned.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .hasStatus(HttpStatus.CREATED);
        return people.json(planned);
    }

    public void add(User manager, String distribution, String... persons) {
        StringBuilder list = new StringBuilder();
        for (String person : persons) {
            list.append(list.isEmpty() ? "" : ",").append('"').append(person).append('"');
        }
        MvcTestResult added = people.post(
                manager, DISTRIBUTIONS + "/" + distribution + "/beneficiaries", "{\"people\": [" + list + "]}");
        assertThat(added)
                .as(() -> new String(added.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .hasStatus(HttpStatus.OK);
    }

    public void open(User manager, String distribution) {
        assertThat(people.post(manager, DISTRIBUTIONS + "/" + distribution + "/open", "{}"))
                .hasStatus(HttpStatus.OK);
    }

    /** The beneficiary id of the person on the list, from the hand-over list. */
    public String beneficiary(User recorder, String distribution, String person) {
        JsonNode list = people.json(people.get(recorder, DISTRIBUTIONS + "/{id}/handover-list", distribution));
        for (JsonNode b : list.get("beneficiaries")) {
            if (b.get("personId").asString().equals(person)) {
                return b.get("beneficiaryId").asString();
            }
        }
        throw new AssertionError("not listed: " + person);
    }

    public static String handover(UUID id, String beneficiary) {
        return """
                {"id": "%s", "beneficiaryId": "%s", "receivedBy": "self", "identityChecked": true,
                 "handedOverAt": "%s"}
                """.formatted(id, beneficiary, Instant.now().minusSeconds(60));
    }

    public MvcTestResult handOver(User recorder, String distribution, UUID id, String beneficiary) {
        return people.post(recorder, DISTRIBUTIONS + "/" + distribution + "/handovers", handover(id, beneficiary));
    }

    public long handovers(String distribution) {
        return jdbc.sql("SELECT count(*) FROM assistance_handover WHERE distribution_id = CAST(:id AS uuid)")
                .param("id", distribution)
                .query(Long.class)
                .single();
    }

    public long services(String distribution) {
        return jdbc.sql("SELECT count(*) FROM assistance_service WHERE source_id = CAST(:id AS uuid)")
                .param("id", distribution)
                .query(Long.class)
                .single();
    }

    public long dispatches(String distribution) {
        return jdbc.sql(
                        "SELECT count(DISTINCT operation_id) FROM assistance_stock_movement WHERE distribution_ref = :id")
                .param("id", distribution)
                .query(Long.class)
                .single();
    }
}
