package org.masar.approvals.internal;

import java.util.Optional;
import org.masar.approvals.ApprovalId;
import org.springframework.data.repository.Repository;

/** Loads and saves a command's decision; nothing else, so every decision goes through the aggregate's transitions. */
interface ApprovalCommandRepository extends Repository<ApprovalCommand, ApprovalId> {

    Optional<ApprovalCommand> findById(ApprovalId id);

    /** Saves the transition (refused if another saved first) and publishes its events, in the caller's transaction. */
    ApprovalCommand save(ApprovalCommand command);
}
