package org.masar.approvals.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Why a checker rejects a command; its maker reads it.
 *
 * @param reason the reason, 1 to 1,000 characters
 */
record RejectionRequest(
        @NotBlank(message = "{approvals.reason.required}")
        @Size(max = 1000, message = "{approvals.reason.too-long}")
        @Nullable
        String reason) {}
