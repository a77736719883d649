package org.masar.dtm.internal;

import java.util.Optional;
import org.masar.dtm.EmergencyEventId;
import org.springframework.data.repository.Repository;

/** Loads and saves an event's reporting; nothing else, so the first report goes through the aggregate's transition. */
interface EmergencyEventReportingRepository extends Repository<EmergencyEventReporting, EmergencyEventId> {

    Optional<EmergencyEventReporting> findById(EmergencyEventId id);

    /** Saves the transition and publishes the event it raised, in the caller's transaction. */
    EmergencyEventReporting save(EmergencyEventReporting event);
}
