package org.masar.dtm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masar.approvals.Approval;
import org.masar.approvals.ApprovalHandler;
import org.masar.approvals.ApprovalId;
import org.masar.approvals.ApprovalStatus;
import org.masar.approvals.Approvals;
import org.masar.approvals.NewApproval;
import org.masar.audit.AuditTrail;
import org.masar.geo.Gazetteer;
import org.masar.geo.Sites;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The DTM alone (with the shared kernel), its neighbours' faces mocked: each step of a round's lifecycle publishes its
 * event, the approval of the publication request (through the handler the module registers) publishes
 * {@link RoundPublished}, and a refused step publishes nothing.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@WithMockUser(
        username = "module-officer",
        authorities = {"dtm:read", "dtm:collect", "dtm:manage", "dtm:publish"})
class RoundsModuleTests {

    @MockitoBean
    AuditTrail audit;

    @MockitoBean
    Approvals approvals;

    @MockitoBean
    Gazetteer gazetteer;

    /** For the flow-monitoring and detention parts of the module, which this test does not exercise. */
    @MockitoBean
    Sites sites;

    @Autowired
    Rounds rounds;

    @Autowired
    List<ApprovalHandler> handlers;

    @Test
    void openingARoundForCollectionPublishesRoundCollectionStarted(Scenario scenario) {
        RoundId id = plan();
        scenario.stimulate(() -> rounds.startCollection(id))
                .andWaitForEventOfType(RoundCollectionStarted.class)
                .matchingMappedValue(RoundCollectionStarted::id, id)
                .toArriveAndVerify(event -> assertThat(rounds.get(id).status()).isEqualTo(RoundStatus.COLLECTING));
    }

    @Test
    void approvingThePublicationRequestPublishesTheRound(Scenario scenario) {
        RoundId id = plan();
        rounds.startCollection(id);
        rounds.validate(id);
        ApprovalId approval = ApprovalId.random();
        when(approvals.request(any())).thenAnswer(call -> approval(approval, call.getArgument(0)));
        RoundVersion asked = rounds.requestPublication(id);
        assertThat(asked.publicationRequest()).isEqualTo(approval.toString());

        ApprovalHandler handler = handlers.stream()
                .filter(h -> h.type().equals("dtm.round-publication"))
                .findFirst()
                .orElseThrow();
        Approval approved = approval(
                approval,
                new NewApproval(
                        "dtm.round-publication",
                        asked.id().toString(),
                        "Round",
                        "dtm:publish",
                        null,
                        "{\"requestedBy\": \"the-maker\"}"));
        scenario.stimulate(() -> handler.approved(approved))
                .andWaitForEventOfType(RoundPublished.class)
                .matchingMappedValue(RoundPublished::id, id)
                .toArriveAndVerify(event -> {
                    RoundVersion published = rounds.versions(id).get(0);
                    assertThat(published.status()).isEqualTo(RoundStatus.PUBLISHED);
                    assertThat(published.publishedBy()).isEqualTo("the-maker");
                    assertThat(published.approvedBy()).isEqualTo("module-officer");
                });
    }

    @Test
    void aRefusedStepChangesAndPublishesNothing(AssertablePublishedEvents events) {
        RoundId id = plan();
        rounds.startCollection(id);
        assertThatThrownBy(() -> rounds.startCollection(id)).isInstanceOf(RoundTransitionRefused.class);
        assertThatThrownBy(() -> rounds.requestPublication(id)).isInstanceOf(RoundTransitionRefused.class);
        assertThat(events.ofType(RoundCollectionStarted.class).matching(RoundCollectionStarted::id, id))
                .hasSize(1);
        assertThat(events.ofType(RoundPublished.class).matching(RoundPublished::id, id))
                .isEmpty();
    }

    private RoundId plan() {
        return rounds.create(new NewRound(
                        DtmTestSupport.nextNumber(),
                        LocalDate.parse("2026-01-05"),
                        LocalDate.parse("2026-02-28"),
                        null))
                .id();
    }

    private static Approval approval(ApprovalId id, NewApproval command) {
        return new Approval(
                id,
                command.type(),
                command.subject(),
                command.summary(),
                command.permission(),
                null,
                command.payloadJson(),
                ApprovalStatus.PENDING,
                "maker-id",
                Instant.now(),
                null,
                null,
                null);
    }
}
