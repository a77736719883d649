package org.masar.collect.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masar.collect.CollectTestSupport.uniqueFormId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masar.MasarIntegrationTest;
import org.masar.collect.BindingTestSupport;
import org.masar.collect.BindingTestSupport.Mapping;
import org.masar.collect.CollectTestSupport;
import org.masar.collect.CollectTestSupport.Phone;
import org.masar.collect.CollectTestSupport.User;
import org.masar.dtm.DtmTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Submissions that cannot be mapped: stored all the same (the phone gets its 201), kept with a reason a reviewer can
 * act on, listed for review, and mapped again once the binding or the data is fixed — one at a time or all at once.
 */
@MasarIntegrationTest
class BindingUnmappedTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JsonMapper json;

    CollectTestSupport collect;
    BindingTestSupport bindings;
    DtmTestSupport dtm;
    User officer;
    String formId;

    @BeforeEach
    void setUp() {
        collect = new CollectTestSupport(mvc, jdbc, encoder, json);
        bindings = new BindingTestSupport(mvc, jdbc, collect);
        dtm = new DtmTestSupport(mvc, json, jdbc);
        officer = collect.user("DTM_OFFICER");
        formId = uniqueFormId("bind_unmapped");
        bindings.upload(officer, formId, BindingTargetsTests.assessmentForm(formId));
        bindings.bound(officer, formId, BindingTargetsTests.ASSESSMENT_BINDING);
    }

    @Test
    void anUnmappableSubmissionIsKeptWithItsReasonListedAndMappedAgainOnceFixed() {
        Phone phone = collect.phone(collect.user("DTM_ENUMERATOR"), "Enumerator's phone");
        // A round that is planned, not yet collecting: the DTM refuses its assessments.
        String round = dtm.round(DtmTestSupport.nextNumber());

        String refused = bindings.sent(phone, formId, null, BindingTargetsTests.assessment(round, "LY021401", "120"));
        String missing = bindings.sent(
                phone,
                formId,
                null,
                BindingTargetsTests.assessment(round, "LY021401", "80").with("baladiya", ""));
        String unreadable =
                bindings.sent(phone, formId, null, BindingTargetsTests.assessment(round, "LY021401", "twelve"));

        Mapping byTarget = bindings.mapping(formId, refused);
        assertThat(byTarget.state()).isEqualTo("unmapped");
        assertThat(byTarget.target()).isEqualTo("dtm-assessment");
        assertThat(byTarget.reason()).startsWith("Refused by the target: dtm.version-not-open");
        assertThat(bindings.mapping(formId, missing).reason())
                .isEqualTo("pcode: the field ${baladiya} was not answered");
        assertThat(bindings.mapping(formId, unreadable).reason())
                .isEqualTo("figures.idps.ind: the field ${idps_ind} is not a whole number (twelve)");
        assertThat(dtm.get("/api/v1/dtm/rounds/" + round + "/assessments/LY021401", DtmTestSupport.OFFICER))
                .hasStatus(HttpStatus.NOT_FOUND);

        // Listed for review, newest first, with the reasons; the read is audited.
        User reviewer = collect.user("ME_OFFICER");
        JsonNode listed = collect.json(bindings.get(reviewer, "/api/v1/collect/forms/{f}/unmapped", formId));
        assertThat(listed.get("total").asLong()).isEqualTo(3);
        assertThat(listed.get("items").findValuesAsString("instanceId")).containsExactly(unreadable, missing, refused);
        assertThat(listed.get("items").get(2).get("reason").asString()).contains("dtm.version-not-open");
        assertThat(listed.get("items").get(2).get("submitter").asString()).isEqualTo(phone.username());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'collect.binding.unmapped-read'"
                                + " AND subject_id = :f AND actor = :u")
                        .param("f", formId)
                        .param("u", reviewer.username())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // The round opens for collection: the refused submission maps now.
        assertThat(dtm.post("/api/v1/dtm/rounds/" + round + "/collection", DtmTestSupport.OFFICER, null))
                .hasStatusOk();
        MvcTestResult again = bindings.post(
                officer,
                "/api/v1/collect/forms/{f}/submissions/{id}/map",
                formId,
                byTarget.id().toString());
        assertThat(again).hasStatusOk();
        JsonNode outcome = collect.json(again);
        assertThat(outcome.get("state").asString()).isEqualTo("mapped");
        assertThat(outcome.get("ref").asString()).isEqualTo(round + "/LY021401");
        assertThat(bindings.mapping(formId, refused).state()).isEqualTo("mapped");
        assertThat(bindings.mapping(formId, refused).reason()).isNull();
        JsonNode assessment =
                dtm.json(dtm.get("/api/v1/dtm/rounds/" + round + "/assessments/LY021401", DtmTestSupport.OFFICER));
        assertThat(assessment.at("/figures/idps.ind").asLong()).isEqualTo(120);

        // Mapped once: not again.
        assertThat(bindings.post(
                        officer,
                        "/api/v1/collect/forms/{f}/submissions/{id}/map",
                        formId,
                        byTarget.id().toString()))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/collect.binding-not-unmapped");

        // The other two still lack what they need: mapping them all again keeps them, with their reasons.
        JsonNode all = collect.json(bindings.post(officer, "/api/v1/collect/forms/{f}/unmapped/map", formId));
        assertThat(all.size()).isEqualTo(2);
        assertThat(all.findValuesAsString("state")).containsOnly("unmapped");
        assertThat(all.findValuesAsString("reason"))
                .anySatisfy(r -> assertThat(r).contains("${baladiya}"));
        assertThat(collect.json(bindings.get(officer, "/api/v1/collect/forms/{f}/unmapped", formId))
                        .get("total")
                        .asLong())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action LIKE 'collect.binding.remapped%'"
                                + " AND subject_id = :f")
                        .param("f", formId)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aSenderWithoutTheTargetsPermissionIsKeptForReviewAndAnUnboundFormMapsNothing() {
        String round = dtm.collectingRound(DtmTestSupport.nextNumber());
        // A caseworker may send forms, but holds no dtm:collect.
        Phone caseworker = collect.phone(collect.user("CASEWORKER"), "Caseworker's phone");
        String sent = bindings.sent(caseworker, formId, null, BindingTargetsTests.assessment(round, "LY021401", "120"));
        Mapping kept = bindings.mapping(formId, sent);
        assertThat(kept.state()).isEqualTo("unmapped");
        assertThat(kept.reason()).contains("access.denied");
        assertThat(dtm.get("/api/v1/dtm/rounds/" + round + "/assessments/LY021401", DtmTestSupport.OFFICER))
                .hasStatus(HttpStatus.NOT_FOUND);

        // Unbound: submissions are only stored.
        assertThat(bindings.delete(officer, "/api/v1/collect/forms/{f}/binding", formId))
                .hasStatus(HttpStatus.NO_CONTENT);
        Phone enumerator = collect.phone(collect.user("DTM_ENUMERATOR"), "Enumerator's phone");
        String unbound =
                bindings.sent(enumerator, formId, null, BindingTargetsTests.assessment(round, "LY021401", "120"));
        Mapping nothing = bindings.mapping(formId, unbound);
        assertThat(nothing.state()).isNull();
        assertThat(nothing.target()).isNull();
        assertThat(bindings.post(
                        officer,
                        "/api/v1/collect/forms/{f}/submissions/{id}/map",
                        formId,
                        kept.id().toString()))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("/problems/collect.binding-not-found");
    }
}
