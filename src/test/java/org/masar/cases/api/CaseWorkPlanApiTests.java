package org.masar.cases.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.access.SystemIdentity;
import org.masar.cases.CaseId;
import org.masar.cases.CaseWorkTestCases;
import org.masar.cases.CaseWorkTestCases.User;
import org.masar.cases.ServicePlanItemId;
import org.masar.cases.ServicePlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service plan: planned, delivered by hand or by another module's record (idempotently, whoever calls), cancelled
 * with a reason; a delivery on the person's timeline, seen with the case type's timeline permission.
 */
@MasarIntegrationTest
class CaseWorkPlanApiTests {

    @Autowired
    ServicePlans plans;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SystemIdentity system;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Environment environment;

    CaseWorkTestCases cases;
    User caseworker;

    @BeforeEach
    void setUp() {
        cases = new CaseWorkTestCases(jdbc, encoder, mvc, json, system, transactions);
        caseworker = cases.user("CASEWORKER");
    }

    @Test
    void aPlannedServiceIsDeliveredByHandOnceAndGoesOnTheTimeline() {
        UUID caseId = cases.openCase("gbv", caseworker, caseworker);
        String item = plan(caseId, "MEDICAL");
        String other = plan(caseId, "SHELTER");

        MvcTestResult delivered =
                cases.post(caseworker, "/api/v1/cases/{id}/service-plan/{i}/delivery", "", caseId, item);
        assertThat(delivered).hasStatusOk();
        assertThat(cases.json(delivered).get("status").asString()).isEqualTo("DELIVERED");
        assertThat(cases.json(delivered).get("deliveredByType").asString()).isEqualTo(ServicePlans.MANUAL);
        assertThat(cases.post(caseworker, "/api/v1/cases/{id}/service-plan/{i}/delivery", "", caseId, item))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/cases.service-plan-item-not-planned");
        assertThat(cases.post(
                        caseworker,
                        "/api/v1/cases/{id}/service-plan/{i}/cancellation",
                        "{\"reason\": \"\"}",
                        caseId,
                        other))
                .hasStatus(HttpStatus.BAD_REQUEST);
        MvcTestResult cancelled = cases.post(
                caseworker,
                "/api/v1/cases/{id}/service-plan/{i}/cancellation",
                "{\"reason\": \"Found shelter with relatives\"}",
                caseId,
                other);
        assertThat(cancelled).hasStatusOk();
        assertThat(cases.json(cancelled).get("cancelReason").asString()).isEqualTo("Found shelter with relatives");

        JsonNode plan = cases.json(cases.get(caseworker, "/api/v1/cases/{id}/service-plan", caseId))
                .get("items");
        assertThat(plan.size()).isEqualTo(2);
        assertThat(plan.get(0).get("service").asString()).isEqualTo("MEDICAL");

        // The delivery is on the person's timeline, only for those who may read protection cases.
        UUID person = cases.personOf(caseId);
        assertThat(jdbc.sql("""
                                SELECT visible_with FROM people_timeline_entry
                                 WHERE person_id = :person AND module = 'cases' AND kind = 'service-plan.delivered'
                                """).param("person", person).query(String.class).list())
                .containsExactly("protection:read-restricted");
        assertThat(cases.audited(caseworker, "cases.service-plan.delivered", "SUCCESS"))
                .isOne();
        assertThat(cases.audited(caseworker, "cases.service-plan.cancelled", "SUCCESS"))
                .isOne();
    }

    @Test
    void anotherModuleRecordsADeliveryIdempotentlyWithoutReadingTheCase() {
        UUID caseId = cases.openCase("gbv", caseworker, caseworker);
        String item = plan(caseId, "MHPSS");
        UUID referral = UUID.randomUUID();

        // Called as a referral's listener would be (no user who may read the case), twice: one delivery.
        plans.recordDelivery(
                new CaseId(caseId), new ServicePlanItemId(UUID.fromString(item)), "referrals.referral", referral);
        plans.recordDelivery(
                new CaseId(caseId), new ServicePlanItemId(UUID.fromString(item)), "referrals.referral", referral);

        JsonNode delivered = cases.json(cases.get(caseworker, "/api/v1/cases/{id}/service-plan", caseId))
                .get("items")
                .get(0);
        assertThat(delivered.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(delivered.get("deliveredByType").asString()).isEqualTo("referrals.referral");
        assertThat(delivered.get("deliveredById").asString()).isEqualTo(referral.toString());
        assertThat(jdbc.sql("""
                                SELECT count(*) FROM people_timeline_entry
                                 WHERE module = 'cases' AND kind = 'service-plan.delivered' AND record_id = :item
                                """).param("item", item).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("""
                                SELECT count(*) FROM audit_entry
                                 WHERE action = 'cases.service-plan.delivered' AND subject_id = :item
                                """).param("item", item).query(Long.class).single()).isOne();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plans.recordDelivery(
                        new CaseId(caseId), new ServicePlanItemId(UUID.randomUUID()), "referrals.referral", referral))
                .isInstanceOf(org.masar.cases.ServicePlanItemNotFound.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plans.recordDelivery(
                        new CaseId(caseId), new ServicePlanItemId(UUID.fromString(item)), "Referral!", referral))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownServiceIsRefusedAndNothingIsPlanned() {
        UUID caseId = cases.openCase("mrrm-assistance", caseworker, caseworker);
        assertThat(cases.post(caseworker, "/api/v1/cases/{id}/service-plan", "{\"service\": \"SPACE_TRAVEL\"}", caseId))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(cases.post(
                        caseworker,
                        "/api/v1/cases/{id}/service-plan",
                        "{\"service\": \"LEGAL\", \"details\": \"%s\"}".formatted("x".repeat(501)),
                        caseId))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(cases.countAsSystem("SELECT count(*) FROM cases_service_plan_item WHERE case_id = :id", caseId))
                .isZero();
    }

    private String plan(UUID caseId, String service) {
        MvcTestResult created = cases.post(
                caseworker,
                "/api/v1/cases/{id}/service-plan",
                "{\"service\": \"%s\", \"details\": \"As soon as possible\"}".formatted(service),
                caseId);
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return cases.json(created).get("id").asString();
    }
}
