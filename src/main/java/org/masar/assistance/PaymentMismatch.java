package org.masar.assistance;

import org.jspecify.annotations.Nullable;

/**
 * One difference between a payment list and its provider's report.
 *
 * @param kind {@code missing-from-report} (a live transfer of the list no row names), {@code not-in-list} (a row whose
 *     reference is not one of the list's), {@code amount-differs}, {@code currency-differs}, {@code status-differs},
 *     {@code duplicate-row} (a second row for the same reference), {@code invalid-row} (a cell that cannot be read)
 * @param line the report's line (0 for a transfer missing from the report)
 * @param reference the transfer's reference as the row or the list gives it
 * @param expected what the list holds (an amount, currency or status), when it has one
 * @param found what the report says, or the column that cannot be read
 * @param applicable whether confirming the import would record this status (a sent transfer the provider reports
 *     collected or failed)
 */
public record PaymentMismatch(
        String kind,
        int line,
        String reference,
        @Nullable String expected,
        @Nullable String found,
        boolean applicable) {}
