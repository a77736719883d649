package org.masar.access.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The signed-in user's new password, with the current one to prove it is them.
 *
 * @param confirmation the new password typed again
 */
record PasswordChangeRequest(
        @NotNull @Size(max = 1000) String currentPassword,
        @NotNull @Size(max = 1000) String newPassword,
        @NotNull @Size(max = 1000) String confirmation) {}
