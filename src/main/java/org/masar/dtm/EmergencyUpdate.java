package org.masar.dtm;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An update on an event, as recorded.
 *
 * @param id its id
 * @param event the event
 * @param asOf the time its figures hold at
 * @param households displaced households
 * @param persons displaced persons
 * @param needs their needs
 * @param note what else is known
 * @param late it is the event's first report and was recorded after it was due
 * @param recordedAt when it was recorded
 */
public record EmergencyUpdate(
        UUID id,
        EmergencyEventId event,
        Instant asOf,
        long households,
        long persons,
        List<String> needs,
        @Nullable String note,
        boolean late,
        Instant recordedAt) {}
