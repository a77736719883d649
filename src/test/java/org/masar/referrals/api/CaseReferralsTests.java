package org.masar.referrals.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.DatabaseOwner;
import org.masar.MasarIntegrationTest;
import org.masar.referrals.ReferralsTestSupport;
import org.masar.referrals.ReferralsTestSupport.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Referrals from a case: the case's person is the one referred; a referral of a restricted (GBV) case follows its
 * case's visibility for mission users, in PostgreSQL too, and its timeline entries need the type's permission, while
 * the partner it was sent to still reads what was shared with them.
 */
@MasarIntegrationTest
class CaseReferralsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Environment environment;

    ReferralsTestSupport support;
    User protection;
    User outsider;
    User partnerUser;
    UUID partner;
    String provider;
    String person;
    UUID caseId;

    @BeforeEach
    void setUp() {
        support = new ReferralsTestSupport(jdbc, encoder, mvc, json);
        protection = support.user("PROTECTION_CASEWORKER");
        outsider = support.user("CASEWORKER");
        User manager = support.user("PROGRAMME_MANAGER", null, null);
        partner = support.organisation("PARTNER_NGO");
        provider = support.provider(manager, "organisation", partner, "gbv-response", "legal");
        partnerUser = support.user("PARTNER_CASEWORKER", partner, null);
        person = support.person(protection, "Warda");
        support.consentToShare(protection, person, partner);
        caseId = restrictedCase(UUID.fromString(person), protection.id(), "open");
    }

    @Test
    void aRestrictedCasesReferralIsHiddenFromMissionOutsidersEverywhereButReachesItsPartner() {
        JsonNode sent = support.send(protection, """
                {"caseId": "%s", "provider": "%s", "service": "gbv-response", "urgency": "emergency",
                 "reason": "Survivor asks for a safe shelter", "share": ["names", "case-type"]}
                """.formatted(caseId, provider));
        String id = sent.get("id").asString();
        assertThat(sent.get("person").asString()).isEqualTo(person);
        assertThat(sent.get("caseId").asString()).isEqualTo(caseId.toString());
        assertThat(sent.get("shared").get("case-type").asString()).isEqualTo("gbv");

        // A mission caseworker who may not read the case: no referral, in the API or in SQL.
        assertThat(support.get(outsider, "/api/v1/referrals/{id}", id)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(rowsAs(outsider, id)).isZero();
        assertThat(rowsAs(protection, id)).isOne();
        // The partner it was sent to reads it.
        assertThat(rowsAs(partnerUser, id)).isOne();
        assertThat(support.get(partnerUser, "/api/v1/referrals/{id}", id)).hasStatusOk();

        // The timeline entry needs protection:read-restricted: the outsider (scoped to the person) does not see it.
        assertThat(support.json(support.get(protection, "/api/v1/people/{id}/timeline", person))
                        .toString())
                .contains(id);
        assertThat(support.json(support.get(outsider, "/api/v1/people/{id}/timeline", person))
                        .toString())
                .doesNotContain(id);
    }

    @Test
    void theCasesPersonIsTheOneReferredAndAClosedCaseRefersNoOne() {
        String someoneElse = support.person(protection, "Other");
        long before = support.referrals();
        assertThat(support.post(protection, "/api/v1/referrals", """
                        {"caseId": "%s", "person": "%s", "provider": "%s", "service": "legal", "urgency": "normal",
                         "reason": "Papers", "share": ["names"]}
                        """.formatted(caseId, someoneElse, provider)))
                .hasStatus(HttpStatus.BAD_REQUEST);
        UUID closed = restrictedCase(UUID.fromString(person), protection.id(), "closed");
        assertThat(support.post(protection, "/api/v1/referrals", """
                        {"caseId": "%s", "provider": "%s", "service": "legal", "urgency": "normal",
                         "reason": "Papers", "share": ["names"]}
                        """.formatted(closed, provider)))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/cases.not-open");
        // The outsider may not refer from a case they may not read.
        assertThat(support.post(outsider, "/api/v1/referrals", """
                        {"caseId": "%s", "provider": "%s", "service": "legal", "urgency": "normal",
                         "reason": "Papers", "share": ["names"]}
                        """.formatted(caseId, provider)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(support.referrals()).isEqualTo(before);
    }

    @Test
    void aReferralDoneWithTheServiceDeliveredMarksTheCasesPlanItemItWasSentFor() {
        String item = support.json(support.post(
                        protection,
                        "/api/v1/cases/" + caseId + "/service-plan",
                        "{\"service\": \"LEGAL\", \"details\": \"Papers for the hearing\"}"))
                .get("id")
                .asString();
        // An item of no plan of this case is refused, and nothing is sent.
        long before = support.referrals();
        assertThat(support.post(protection, "/api/v1/referrals", """
                        {"caseId": "%s", "provider": "%s", "service": "legal", "urgency": "normal",
                         "reason": "Papers", "share": ["names"], "servicePlanItem": "%s"}
                        """.formatted(caseId, provider, UUID.randomUUID())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("servicePlanItem");
        assertThat(support.referrals()).isEqualTo(before);

        String id = support.send(protection, """
                        {"caseId": "%s", "provider": "%s", "service": "legal", "urgency": "normal",
                         "reason": "Papers", "share": ["names"], "servicePlanItem": "%s"}
                        """.formatted(caseId, provider, item))
                .get("id")
                .asString();
        assertThat(support.post(partnerUser, "/api/v1/referrals/" + id + "/acceptance", "{\"version\": 0}"))
                .hasStatusOk();
        assertThat(planItem(item).get("status").asString()).isEqualTo("PLANNED");
        assertThat(support.post(
                        partnerUser,
                        "/api/v1/referrals/" + id + "/completion",
                        "{\"version\": 1, \"outcome\": \"service-delivered\"}"))
                .hasStatusOk();

        // After the completion commits, the plan shows the item delivered by this referral.
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() ->
                        assertThat(planItem(item).get("status").asString()).isEqualTo("DELIVERED"));
        JsonNode delivered = planItem(item);
        assertThat(delivered.get("deliveredByType").asString()).isEqualTo("referrals.referral");
        assertThat(delivered.get("deliveredById").asString()).isEqualTo(id);
    }

    private JsonNode planItem(String item) {
        for (JsonNode each : support.json(support.get(protection, "/api/v1/cases/{id}/service-plan", caseId))
                .get("items")) {
            if (each.get("id").asString().equals(item)) {
                return each;
            }
        }
        throw new AssertionError("No plan item " + item);
    }

    /** A GBV case (restricted by its type) assigned to the user, written as the owner (cases-core opens them). */
    private UUID restrictedCase(UUID personId, UUID assignee, String status) {
        JdbcClient owner = DatabaseOwner.jdbc(environment);
        UUID organisation = support.organisation("MISSION");
        UUID office = support.office(organisation);
        UUID id = UUID.randomUUID();
        owner.sql("""
                        INSERT INTO cases_case (id, case_number, case_type, person_id, office_id, assigned_to,
                                                sensitivity, status, stage, opened_at, opened_by, closed_at,
                                                updated_at, updated_by)
                        VALUES (:id, :number, 'gbv', :person, :office, :assignee, 'RESTRICTED', :status,
                                CASE WHEN :status = 'closed' THEN 'closed' ELSE 'new' END, now(), 'test',
                                CASE WHEN :status = 'closed' THEN now() END, now(), 'test')
                        """)
                .param("id", id)
                .param("number", "T-" + id.toString().substring(0, 8))
                .param("person", personId)
                .param("office", office)
                .param("assignee", assignee)
                .param("status", status)
                .update();
        return id;
    }

    private long rowsAs(User user, String id) {
        Long seen = new TransactionTemplate(transactions).execute(status -> {
            jdbc.sql("SELECT set_config('masar.user_id', :id, true)")
                    .param("id", user.id().toString())
                    .query()
                    .singleValue();
            return jdbc.sql("SELECT count(*) FROM referrals_referral WHERE id = :id")
                    .param("id", UUID.fromString(id))
                    .query(Long.class)
                    .single();
        });
        return seen == null ? -1 : seen;
    }
}
