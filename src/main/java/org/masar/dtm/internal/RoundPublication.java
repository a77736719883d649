package org.masar.dtm.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.masar.approvals.Approval;
import org.masar.approvals.ApprovalHandler;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.dtm.RoundNotFound;
import org.masar.dtm.RoundVersionId;
import org.masar.shared.Actor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The maker-checker's handler of {@code dtm.round-publication}: once a second DTM officer approves the request, the
 * version is published (frozen, its aggregates written), naming the maker as publisher and the checker as approver.
 * A rejected or withdrawn request lets the version change again. It runs in the approvals' transaction, as the checker.
 */
@Component
class RoundPublication implements ApprovalHandler {

    private final RoundLifecycleRepository lifecycles;
    private final AggregationQueries aggregation;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    RoundPublication(
            RoundLifecycleRepository lifecycles,
            AggregationQueries aggregation,
            AuditTrail audit,
            JsonMapper json,
            Clock clock) {
        this.lifecycles = lifecycles;
        this.aggregation = aggregation;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public String type() {
        return RoundService.PUBLICATION_TYPE;
    }

    /** The round's page, where the checker reads the figures, coverage and settled flags before approving. */
    @Override
    public java.util.Optional<String> subjectPage(Approval approval) {
        String round = json.readTree(approval.payloadJson()).path("round").asString();
        return round.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of("/dtm/rounds/" + round);
    }

    @Override
    public void approved(Approval approval) {
        String maker = json.readTree(approval.payloadJson()).path("requestedBy").asString();
        RoundVersionId id = version(approval);
        RoundLifecycle version = lifecycles.findById(id).orElseThrow(() -> new RoundNotFound(id.toString()));
        version.publish(
                approval.id().value(),
                maker,
                Actor.current().name(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        lifecycles.save(version);
        aggregation.write(id);
        audit.record(AuditEvent.of(
                        "dtm.round.published", "dtm-round", version.roundId().toString())
                .with("version", version.number())
                .with("approval", approval.id()));
    }

    @Override
    public void rejected(Approval approval) {
        drop(approval);
    }

    @Override
    public void withdrawn(Approval approval) {
        drop(approval);
    }

    private void drop(Approval approval) {
        lifecycles.findById(version(approval)).ifPresent(version -> {
            version.dropPublicationRequest(
                    approval.id().value(),
                    Actor.current().name(),
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
            lifecycles.save(version);
        });
    }

    private static RoundVersionId version(Approval approval) {
        return new RoundVersionId(UUID.fromString(approval.subject()));
    }
}
