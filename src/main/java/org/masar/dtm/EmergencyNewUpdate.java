package org.masar.dtm;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An update on an event.
 *
 * @param asOf the time the figures hold at, in Libya's time; null for now
 * @param households displaced households
 * @param persons displaced persons
 * @param needs their needs, among {@link EmergencyEvents#NEEDS}
 * @param note what else is known, naming nobody
 */
public record EmergencyNewUpdate(
        @Nullable LocalDateTime asOf,
        long households,
        long persons,
        List<String> needs,
        @Nullable String note) {

    public EmergencyNewUpdate {
        needs = List.copyOf(needs);
    }
}
