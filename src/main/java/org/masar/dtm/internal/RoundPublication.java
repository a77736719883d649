package org.masar.dtm.internal;

import java.util.UUID;
import org.masar.approvals.Approval;
import org.masar.approvals.ApprovalHandler;
import org.masar.dtm.RoundVersionId;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The maker-checker's handler of {@code dtm.round-publication}: once a second DTM officer approves the request, the
 * version is published (frozen, its aggregates written), naming the maker as publisher and the checker as approver.
 * A rejected or withdrawn request lets the version change again.
 */
@Component
class RoundPublication implements ApprovalHandler {

    private final RoundService rounds;
    private final JsonMapper json;

    RoundPublication(RoundService rounds, JsonMapper json) {
        this.rounds = rounds;
        this.json = json;
    }

    @Override
    public String type() {
        return RoundService.PUBLICATION_TYPE;
    }

    @Override
    public void approved(Approval approval) {
        JsonNode payload = json.readTree(approval.payloadJson());
        rounds.publish(
                version(approval),
                approval.id().value(),
                payload.path("requestedBy").asString());
    }

    @Override
    public void rejected(Approval approval) {
        rounds.dropPublicationRequest(version(approval), approval.id().value());
    }

    @Override
    public void withdrawn(Approval approval) {
        rounds.dropPublicationRequest(version(approval), approval.id().value());
    }

    private static RoundVersionId version(Approval approval) {
        return new RoundVersionId(UUID.fromString(approval.subject()));
    }
}
