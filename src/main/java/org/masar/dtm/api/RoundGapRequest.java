package org.masar.dtm.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Why a unit was not assessed.
 *
 * @param reason insecurity, no-access, no-key-informant, not-planned or other
 * @param note free text, optional
 */
record RoundGapRequest(
        @NotBlank(message = "{dtm.gap.reason}") @Schema(example = "insecurity") @Nullable
        String reason,

        @Size(max = 1000, message = "{dtm.gap.note}") @Nullable
        String note) {}
