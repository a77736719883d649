package org.masar.dtm.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.EmergencyNewUpdate;

/**
 * An update on an emergency event.
 *
 * @param asOf the time its figures hold at, in Libya's time ({@code 2026-03-11T09:00}); now when absent
 * @param households displaced households
 * @param persons displaced persons
 * @param needs food, health, shelter, nfi, wash, protection, legal, cash, education, livelihoods
 * @param note what else is known, naming nobody
 */
record EmergencyUpdateRequest(
        @Nullable LocalDateTime asOf,
        @NotNull Long households,
        @NotNull Long persons,
        @Nullable @Size(max = 10) List<String> needs,
        @Nullable @Size(max = 2000) String note) {

    EmergencyNewUpdate toUpdate() {
        return new EmergencyNewUpdate(
                asOf,
                households,
                persons,
                needs == null
                        ? List.of()
                        : needs.stream().map(need -> need == null ? "" : need).toList(),
                note);
    }
}
