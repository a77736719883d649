package org.masar.geo.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * When a unit leaves OCHA's current table.
 *
 * @param validTo the first day it is no longer in the table
 */
record RetireRequest(
        @NotNull(message = "{geo.unit.valid-to.required}") @Nullable
        LocalDate validTo) {}
