package org.masar.dtm;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A round to plan.
 *
 * @param number the round's number, unique
 * @param periodStart the first day of data collection
 * @param periodEnd the last day of data collection, not before the first
 * @param changeThreshold the share of change from the previous round beyond which a figure is flagged (0.30 = 30 %);
 *     null for the default 0.30
 */
public record NewRound(
        int number,
        LocalDate periodStart,
        LocalDate periodEnd,
        @Nullable BigDecimal changeThreshold) {}
