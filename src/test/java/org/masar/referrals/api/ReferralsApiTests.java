package org.masar.referrals.api;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Referrals through the API: consent-limited sharing, the override, the answers and the revocation, what partners see
 * in the API and in PostgreSQL itself, overdue referrals, stale versions and bad input.
 */
@MasarIntegrationTest
class ReferralsApiTests {

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

    ReferralsTestSupport support;
    User caseworker;
    User manager;
    User partnerUser;
    User otherPartnerUser;
    UUID partner;
    String provider;
    String otherProvider;

    @BeforeEach
    void setUp() {
        support = new ReferralsTestSupport(jdbc, encoder, mvc, json);
        caseworker = support.user("CASEWORKER");
        manager = support.user("PROGRAMME_MANAGER", null, null);
        partner = support.organisation("PARTNER_NGO");
        UUID otherPartner = support.organisation("PARTNER_NGO");
        provider = support.provider(manager, "organisation", partner, "medical", "mhpss");
        otherProvider = support.provider(manager, "organisation", otherPartner, "medical");
        partnerUser = support.user("PARTNER_CASEWORKER", partner, null);
        otherPartnerUser = support.user("PARTNER_CASEWORKER", otherPartner, null);
    }

    @Test
    void withConsentThePartnerReadsOnlyTheSharedFieldsAndAcceptsAndTheTimelineShowsIt() {
        String person = support.person(caseworker, "Amal");
        support.consentToShare(caseworker, person, partner);

        JsonNode sent = support.send(
                caseworker, ReferralsTestSupport.referral(person, provider, "medical", "high", "names", "age"));
        String id = sent.get("id").asString();
        assertThat(sent.get("status").asString()).isEqualTo("sent");
        assertThat(sent.get("consentBasis").asString()).isEqualTo("consent");
        assertThat(sent.get("person").asString()).isEqualTo(person);
        assertThat(sent.get("reason").asString()).isEqualTo("Needs follow-up after a clinic visit");
        assertThat(sent.get("shared").propertyNames()).containsExactlyInAnyOrder("names", "age");
        assertThat(sent.get("shared").get("names").asString()).contains("Amal").contains("أمل");
        assertThat(sent.get("shared").get("age").asString()).isEqualTo("31");

        // The partner opens what was sent to them: only the shared fields, no person, no reason.
        JsonNode seen = support.json(support.get(partnerUser, "/api/v1/referrals/{id}", id));
        assertThat(seen.get("shared").propertyNames()).containsExactlyInAnyOrder("names", "age");
        assertThat(seen.get("person").isNull()).isTrue();
        assertThat(seen.get("reason").isNull()).isTrue();
        assertThat(support.json(support.get(partnerUser, "/api/v1/referrals?box=received"))
                        .get("items")
                        .findValuesAsString("id"))
                .containsExactly(id);
        // Another partner knows nothing of it.
        assertThat(support.get(otherPartnerUser, "/api/v1/referrals/{id}", id)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(support.json(support.get(otherPartnerUser, "/api/v1/referrals"))
                        .get("total")
                        .asLong())
                .isZero();
        // Nor may the other partner answer it.
        assertThat(support.post(otherPartnerUser, "/api/v1/referrals/" + id + "/acceptance", "{\"version\": 0}"))
                .hasStatus(HttpStatus.NOT_FOUND);

        JsonNode accepted =
                support.json(support.post(partnerUser, "/api/v1/referrals/" + id + "/acceptance", "{\"version\": 0}"));
        assertThat(accepted.get("status").asString()).isEqualTo("accepted");
        assertThat(accepted.get("answeredBy").asString()).isEqualTo(partnerUser.username());
        // A second phone still showing version 0: a conflict, not a silent overwrite.
        assertThat(support.post(
                        partnerUser, "/api/v1/referrals/" + id + "/decline", "{\"version\": 0, \"reason\": \"Full\"}"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/referrals.stale");
        assertThat(support.audited(partnerUser, "referrals.referral.accepted", "SUCCESS"))
                .isOne();
        assertThat(support.audited(caseworker, "referrals.referral.sent", "SUCCESS"))
                .isOne();

        JsonNode timeline = support.json(support.get(caseworker, "/api/v1/people/{id}/timeline", person));
        assertThat(timeline.toString()).contains("referrals").contains("sent").contains("accepted");

        // Done with an outcome; the partner then no longer sees it (the sender still does).
        JsonNode done = support.json(support.post(
                partnerUser,
                "/api/v1/referrals/" + id + "/completion",
                "{\"version\": 1, \"outcome\": \"service-delivered\", \"note\": \"Seen at the clinic\"}"));
        assertThat(done.get("status").asString()).isEqualTo("done");
        assertThat(done.get("outcome").asString()).isEqualTo("service-delivered");
        assertThat(support.get(partnerUser, "/api/v1/referrals/{id}", id)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(support.json(support.get(caseworker, "/api/v1/referrals/{id}", id))
                        .get("status")
                        .asString())
                .isEqualTo("done");
        // The report counts it by month, service and provider.
        JsonNode report = support.json(support.get(manager, "/api/v1/referrals/report"));
        assertThat(report.toString()).contains(provider).contains("\"delivered\":1");
    }

    @Test
    void withoutConsentTheReferralIsRefusedAndNothingIsWrittenUnlessASupervisorOverridesWithAReason() {
        String person = support.person(caseworker, "Huda");
        long before = support.referrals();
        String body = ReferralsTestSupport.referral(person, provider, "medical", "emergency", "names", "phones");
        assertThat(support.post(caseworker, "/api/v1/referrals", body))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/referrals.consent-missing");
        // A consent to share with ANOTHER partner does not help.
        support.consentToShare(
                caseworker,
                person,
                jdbc.sql("SELECT organisation_id FROM referrals_provider WHERE id = :id")
                        .param("id", UUID.fromString(otherProvider))
                        .query(UUID.class)
                        .single());
        assertThat(support.post(caseworker, "/api/v1/referrals", body)).hasStatus(HttpStatus.CONFLICT);

        String overridden =
                body.replace("\"share\"", "\"overrideReason\": \"Bleeding, needs surgery tonight\", \"share\"");
        // A caseworker may not override.
        assertThat(support.post(caseworker, "/api/v1/referrals", overridden))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/referrals.override-forbidden");
        assertThat(support.audited(caseworker, "referrals.referral.consent-overridden", "DENIED"))
                .isOne();
        assertThat(support.referrals()).isEqualTo(before);

        // A case supervisor may, with the reason: marked, audited with it, and listed for supervisors.
        User supervisor = support.user("CASE_SUPERVISOR");
        JsonNode sent = support.send(supervisor, overridden);
        assertThat(sent.get("consentBasis").asString()).isEqualTo("override");
        assertThat(sent.get("overrideReason").asString()).isEqualTo("Bleeding, needs surgery tonight");
        assertThat(support.audited(supervisor, "referrals.referral.consent-overridden", "SUCCESS"))
                .isOne();
        assertThat(jdbc.sql("""
                        SELECT reason FROM audit_entry
                         WHERE action = 'referrals.referral.consent-overridden' AND subject_id = :id
                        """)
                        .param("id", sent.get("id").asString())
                        .query(String.class)
                        .single())
                .isEqualTo("Bleeding, needs surgery tonight");
        assertThat(support.json(support.get(manager, "/api/v1/referrals?consentOverridden=true&size=200"))
                        .get("items")
                        .findValuesAsString("id"))
                .contains(sent.get("id").asString());
        // The partner reads what was shared, but never why consent was overridden.
        JsonNode seen = support.json(support.get(
                partnerUser, "/api/v1/referrals/{id}", sent.get("id").asString()));
        assertThat(seen.get("overrideReason").isNull()).isTrue();
        assertThat(seen.get("shared").get("phones").asString()).isEqualTo("+218 91 555 0101");
    }

    @Test
    void rowLevelSecurityShowsAPartnerOnlyItsOpenReferralsAndNeverTheMissionsOwnNotesAndARevokeTakesEffectAtOnce() {
        String person = support.person(caseworker, "Rania");
        support.consentToShare(caseworker, person, partner);
        String id = support.send(
                        caseworker, ReferralsTestSupport.referral(person, provider, "mhpss", "normal", "names"))
                .get("id")
                .asString();

        assertThat(rowsAs(partnerUser, "referrals_referral", id)).isOne();
        assertThat(rowsAs(partnerUser, "referrals_referral_private", id)).isZero();
        assertThat(rowsAs(otherPartnerUser, "referrals_referral", id)).isZero();
        assertThat(rowsAs(caseworker, "referrals_referral_private", id)).isOne();

        // Someone else's referral cannot be revoked by a colleague; its sender's supervisor may.
        User colleague = support.user("CASEWORKER");
        assertThat(support.post(
                        colleague,
                        "/api/v1/referrals/" + id + "/revocation",
                        "{\"version\": 0, \"reason\": \"Not mine\"}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(support.audited(colleague, "referrals.referral.revoked", "DENIED"))
                .isOne();
        assertThat(support.post(caseworker, "/api/v1/referrals/" + id + "/revocation", "{\"version\": 0}"))
                .hasStatus(HttpStatus.BAD_REQUEST);

        User supervisor = support.user("CASE_SUPERVISOR");
        support.supervises(supervisor, caseworker);
        JsonNode revoked = support.json(support.post(
                supervisor,
                "/api/v1/referrals/" + id + "/revocation",
                "{\"version\": 0, \"reason\": \"Sent to the wrong partner\"}"));
        assertThat(revoked.get("status").asString()).isEqualTo("revoked");

        // At once: the partner loses it in the API, in its list and in PostgreSQL.
        assertThat(support.get(partnerUser, "/api/v1/referrals/{id}", id)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(support.json(support.get(partnerUser, "/api/v1/referrals"))
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(rowsAs(partnerUser, "referrals_referral", id)).isZero();
        assertThat(support.post(partnerUser, "/api/v1/referrals/" + id + "/acceptance", "{\"version\": 1}"))
                .hasStatus(HttpStatus.NOT_FOUND);
        // Revoking it again: it is no longer open.
        assertThat(support.post(
                        caseworker,
                        "/api/v1/referrals/" + id + "/revocation",
                        "{\"version\": 1, \"reason\": \"Again\"}"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/referrals.wrong-status");
    }

    @Test
    void aDeclineNeedsAReasonAndTakesTheReferralOutOfThePartnersSight() {
        String person = support.person(caseworker, "Salma");
        support.consentToShare(caseworker, person, partner);
        String id = support.send(
                        caseworker, ReferralsTestSupport.referral(person, provider, "medical", "normal", "reason"))
                .get("id")
                .asString();
        assertThat(support.json(support.get(partnerUser, "/api/v1/referrals/{id}", id))
                        .get("shared")
                        .get("reason")
                        .asString())
                .isEqualTo("Needs follow-up after a clinic visit");
        assertThat(support.post(partnerUser, "/api/v1/referrals/" + id + "/decline", "{\"version\": 0}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/validation");
        assertThat(support.post(
                        partnerUser,
                        "/api/v1/referrals/" + id + "/completion",
                        "{\"version\": 0, \"outcome\": \"service-delivered\"}"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/referrals.wrong-status");
        JsonNode declined = support.json(support.post(
                partnerUser,
                "/api/v1/referrals/" + id + "/decline",
                "{\"version\": 0, \"reason\": \"No MHPSS staff this month\"}"));
        assertThat(declined.get("status").asString()).isEqualTo("declined");
        assertThat(rowsAs(partnerUser, "referrals_referral", id)).isZero();
        assertThat(support.json(support.get(caseworker, "/api/v1/referrals/{id}", id))
                        .get("declineReason")
                        .asString())
                .isEqualTo("No MHPSS staff this month");
    }

    @Test
    void anExternalReferralWithoutAnAnswerShowsAsOverdue() {
        String person = support.person(caseworker, "Nour");
        support.consentToShare(caseworker, person, partner);
        String id = support.send(caseworker, ReferralsTestSupport.referral(person, provider, "medical", "emergency"))
                .get("id")
                .asString();
        assertThat(support.json(support.get(caseworker, "/api/v1/referrals/{id}", id))
                        .get("overdue")
                        .asBoolean())
                .isFalse();
        // Two days ago: an emergency allows 24 hours.
        jdbc.sql("""
                        UPDATE referrals_referral SET sent_at = sent_at - interval '48 hours',
                                                      due_at = due_at - interval '48 hours'
                         WHERE id = :id
                        """).param("id", UUID.fromString(id)).update();
        assertThat(support.json(support.get(caseworker, "/api/v1/referrals/{id}", id))
                        .get("overdue")
                        .asBoolean())
                .isTrue();
        assertThat(support.json(support.get(caseworker, "/api/v1/referrals?box=sent&overdue=true"))
                        .get("items")
                        .findValuesAsString("id"))
                .containsExactly(id);
        assertThat(support.json(support.get(partnerUser, "/api/v1/referrals?overdue=true"))
                        .get("items")
                        .findValuesAsString("id"))
                .containsExactly(id);
        // Once answered it is no longer overdue.
        support.post(partnerUser, "/api/v1/referrals/" + id + "/acceptance", "{\"version\": 0}");
        assertThat(support.json(support.get(caseworker, "/api/v1/referrals?box=sent&overdue=true"))
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    void anInternalUnitNeedsNoSharingConsentAndIsAnsweredByItsOffice() {
        UUID mission = support.organisation("MISSION");
        UUID office = support.office(mission);
        String unit = support.provider(manager, "office", office, "mhpss");
        User officer = support.user("CASEWORKER", mission, office, ReferralsTestSupport.TRIPOLI);
        String person = support.person(caseworker, "Mona");
        JsonNode sent = support.send(caseworker, ReferralsTestSupport.referral(person, unit, "mhpss", "high", "names"));
        assertThat(sent.get("consentBasis").asString()).isEqualTo("internal");
        String id = sent.get("id").asString();
        // The sender is not the receiver.
        assertThat(support.post(caseworker, "/api/v1/referrals/" + id + "/acceptance", "{\"version\": 0}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(support.json(support.get(officer, "/api/v1/referrals?box=received"))
                        .get("items")
                        .findValuesAsString("id"))
                .containsExactly(id);
        assertThat(support.json(support.post(officer, "/api/v1/referrals/" + id + "/acceptance", "{\"version\": 0}"))
                        .get("status")
                        .asString())
                .isEqualTo("accepted");
        // A partner sees nothing of an internal referral.
        assertThat(rowsAs(partnerUser, "referrals_referral", id)).isZero();
    }

    @Test
    void badInputIsRefusedFieldByFieldAndWritesNothing() {
        String person = support.person(caseworker, "Laila");
        support.consentToShare(caseworker, person, partner);
        long before = support.referrals();
        assertThat(support.post(caseworker, "/api/v1/referrals", """
                        {"person": "%s", "provider": "%s", "service": "astrology", "urgency": "whenever",
                         "reason": " ", "share": ["names", "blood-type"]}
                        """.formatted(person, provider)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/validation");
        assertThat(support.post(caseworker, "/api/v1/referrals", """
                        {"person": "%s", "provider": "%s", "service": "shelter", "urgency": "high",
                         "reason": "Evicted", "share": ["case-type"]}
                        """.formatted(person, provider)))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(support.post(
                        caseworker,
                        "/api/v1/referrals",
                        ReferralsTestSupport.referral(UUID.randomUUID().toString(), provider, "medical", "high")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(support.referrals()).isEqualTo(before);
        // Partners never send; viewers cannot either.
        assertThat(support.post(
                        partnerUser,
                        "/api/v1/referrals",
                        ReferralsTestSupport.referral(person, provider, "medical", "high")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(support.get(caseworker, "/api/v1/referrals?status=lost")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(support.get(caseworker, "/api/v1/referrals/report?from=2026-13"))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(support.get(caseworker, "/api/v1/referrals/{id}", "not-an-id"))
                .hasStatus(HttpStatus.NOT_FOUND);
        // Only programme managers keep the catalogue of providers.
        assertThat(support.post(
                        caseworker,
                        "/api/v1/referral-services/providers",
                        "{\"organisation\": \"%s\", \"services\": [\"legal\"]}"
                                .formatted(support.organisation("PARTNER_NGO"))))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(support.json(support.get(caseworker, "/api/v1/referral-services"))
                        .findValuesAsString("code"))
                .contains("medical", "mhpss", "shelter", "food-nfi", "legal", "protection", "voluntary-return");
        assertThat(support
                        .json(support.get(caseworker, "/api/v1/referral-services/urgencies"))
                        .findValues("responseHours")
                        .stream()
                        .map(JsonNode::asInt)
                        .toList())
                .containsExactly(24, 72, 168);
    }

    /** Raw SQL as the application role, in a transaction that names the user as the application does. */
    private long rowsAs(User user, String table, String id) {
        Long seen = new TransactionTemplate(transactions).execute(status -> {
            jdbc.sql("SELECT set_config('masar.user_id', :id, true)")
                    .param("id", user.id().toString())
                    .query()
                    .singleValue();
            String column = table.equals("referrals_referral") ? "id" : "referral_id";
            return jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + column + " = :id")
                    .param("id", UUID.fromString(id))
                    .query(Long.class)
                    .single();
        });
        return seen == null ? -1 : seen;
    }
}
