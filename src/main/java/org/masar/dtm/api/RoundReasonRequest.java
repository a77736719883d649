package org.masar.dtm.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A reason: why a flagged figure is right, or why a published round is corrected.
 *
 * @param reason free text, at most 1000 characters
 */
record RoundReasonRequest(
        @NotBlank(message = "{dtm.reason.required}")
        @Size(max = 1000, message = "{dtm.reason.too-long}")
        @Schema(example = "Confirmed by the municipality: a new camp opened in March")
        @Nullable
        String reason) {}
