package org.masar.dtm;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Something validation found in a version, and how it was settled.
 *
 * @param id the flag's id
 * @param rule one of {@link #RULES}
 * @param pcode the unit concerned
 * @param figureKey the figure concerned, if one
 * @param detail the numbers behind it ({@code value}, {@code expected}, {@code previous}, {@code share}…)
 * @param status open, confirmed or fixed
 * @param reason why an officer confirmed it
 * @param foundAt when validation first found it
 * @param settledAt when it was confirmed or found fixed
 * @param settledBy who confirmed it, or who ran the validation that found it fixed
 */
public record ValidationFlag(
        ValidationFlagId id,
        String rule,
        String pcode,
        @Nullable String figureKey,
        Map<String, Object> detail,
        FlagStatus status,
        @Nullable String reason,
        Instant foundAt,
        @Nullable Instant settledAt,
        @Nullable String settledBy) {

    /** The rules, as {@code dtm_validation_flag.rule} lists them. */
    public static final List<String> RULES =
            List.of("missing-unit", "sex-age-sum", "household-size", "muhalla-sum", "change-from-previous");
}
