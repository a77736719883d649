package org.masar.dtm.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.EmergencyEventType;
import org.masar.dtm.EmergencyNewEvent;
import org.masar.geo.PCode;
import org.masar.geo.SiteId;

/**
 * An emergency event as reported.
 *
 * @param type ARMED_CLASH, FLOOD, EVICTION, FIRE, STORM, EARTHQUAKE, DISEASE_OUTBREAK or OTHER
 * @param incidentAt when it happened, in Libya's time without an offset ({@code 2026-03-10T23:30})
 * @param baladiya the baladiya's P-code
 * @param siteId the site, if it happened at one
 * @param description what happened, naming nobody
 */
record EmergencyEventRequest(
        @NotNull EmergencyEventType type,
        @NotNull LocalDateTime incidentAt,
        @NotNull @Size(max = 12) String baladiya,
        @Nullable UUID siteId,
        @Nullable @Size(max = 2000) String description) {

    EmergencyNewEvent toEvent() {
        return new EmergencyNewEvent(
                type, incidentAt, PCode.parse(baladiya), siteId == null ? null : new SiteId(siteId), description);
    }
}
