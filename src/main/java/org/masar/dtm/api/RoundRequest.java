package org.masar.dtm.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.NewRound;

/**
 * A round to plan.
 *
 * @param number the round's number, unique, from 1
 * @param periodStart first day of data collection
 * @param periodEnd last day of data collection, not before the first
 * @param changeThreshold optional share of change from the previous round that is flagged (0.30 when absent)
 */
record RoundRequest(
        @NotNull(message = "{dtm.round.number.required}")
        @Min(value = 1, message = "{dtm.round.number.positive}")
        @Max(value = 100000, message = "{dtm.round.number.positive}")
        @Schema(example = "52")
        @Nullable
        Integer number,

        @NotNull(message = "{dtm.round.period-start.required}") @Schema(example = "2026-01-05") @Nullable
        LocalDate periodStart,

        @NotNull(message = "{dtm.round.period-end.required}") @Schema(example = "2026-02-28") @Nullable
        LocalDate periodEnd,

        @DecimalMin(value = "0.001", message = "{dtm.round.change-threshold.range}")
        @DecimalMax(value = "10", message = "{dtm.round.change-threshold.range}")
        @Schema(example = "0.3")
        @Nullable
        BigDecimal changeThreshold) {

    NewRound toCommand() {
        return new NewRound(number, periodStart, periodEnd, changeThreshold);
    }
}
