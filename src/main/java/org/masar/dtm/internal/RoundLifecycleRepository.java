package org.masar.dtm.internal;

import java.util.Optional;
import org.masar.dtm.RoundVersionId;
import org.springframework.data.repository.Repository;

/** Loads and saves a round version's lifecycle; nothing else, so every change of status goes through its transitions. */
interface RoundLifecycleRepository extends Repository<RoundLifecycle, RoundVersionId> {

    Optional<RoundLifecycle> findById(RoundVersionId id);

    /** Saves the transition and publishes the events it raised, in the caller's transaction. */
    RoundLifecycle save(RoundLifecycle version);
}
