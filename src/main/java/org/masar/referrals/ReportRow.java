package org.masar.referrals;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * Response and completion times of the referrals sent in one month, to one provider, for one service.
 *
 * @param answered how many were accepted or declined
 * @param medianResponseHours median hours from sending to the answer (null when none was answered)
 * @param medianCompletionHours median hours from sending to done (null when none is done)
 * @param overdue how many are still unanswered after the time their urgency allows
 */
public record ReportRow(
        YearMonth month,
        String service,
        ProviderId provider,
        long sent,
        long answered,
        long accepted,
        long declined,
        long done,
        long delivered,
        long overdue,
        @Nullable Double medianResponseHours,
        @Nullable Double medianCompletionHours) {}
