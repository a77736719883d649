package org.masar.dtm.api;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.EmergencyUpdate;

/**
 * An update on an emergency event; times in Libya's time.
 *
 * @param id its id
 * @param eventId the event
 * @param asOf the time its figures hold at
 * @param households displaced households
 * @param persons displaced persons
 * @param needs their needs
 * @param note what else is known
 * @param late it is the event's first report and was recorded after it was due
 * @param recordedAt when it was recorded
 */
record EmergencyUpdateJson(
        String id,
        String eventId,
        LocalDateTime asOf,
        long households,
        long persons,
        List<String> needs,
        @Nullable String note,
        boolean late,
        LocalDateTime recordedAt) {

    static EmergencyUpdateJson of(EmergencyUpdate update) {
        return new EmergencyUpdateJson(
                update.id().toString(),
                update.event().toString(),
                EmergencyEventJson.libya(update.asOf()),
                update.households(),
                update.persons(),
                update.needs(),
                update.note(),
                update.late(),
                EmergencyEventJson.libya(update.recordedAt()));
    }
}
