package org.masar.dtm;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.masar.geo.PCode;
import org.masar.geo.SiteId;
import org.masar.shared.MissionTime;

/**
 * An incident as reported.
 *
 * @param type what happened
 * @param incidentAt when, in Libya's time ({@link MissionTime#ZONE})
 * @param baladiya where: a baladiya current in the gazetteer
 * @param site where, more precisely, if at a site
 * @param description what happened, naming nobody
 */
public record EmergencyNewEvent(
        EmergencyEventType type,
        LocalDateTime incidentAt,
        PCode baladiya,
        @Nullable SiteId site,
        @Nullable String description) {}
