package org.masar.assistance;

import java.util.List;

/**
 * A provider's report read against a payment list.
 *
 * @param rows the rows read
 * @param matched rows that agree with the list in every respect
 * @param mismatches every difference, in the report's order, then the transfers the report does not name
 * @param applied how many statuses were recorded (0 unless the import was confirmed and could be applied)
 * @param applicable whether confirming would record statuses: no mismatch but status differences the list may take
 */
public record PaymentReconciliation(
        int rows, int matched, List<PaymentMismatch> mismatches, int applied, boolean applicable) {}
