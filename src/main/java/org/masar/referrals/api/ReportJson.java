package org.masar.referrals.api;

import org.jspecify.annotations.Nullable;
import org.masar.referrals.ReportRow;

/**
 * Response and completion times of one month's referrals to one provider for one service.
 *
 * @param month YYYY-MM, in Libya's time
 * @param medianResponseHours median hours from sending to an answer
 * @param medianCompletionHours median hours from sending to done
 */
record ReportJson(
        String month,
        String service,
        String provider,
        long sent,
        long answered,
        long accepted,
        long declined,
        long done,
        long delivered,
        long overdue,
        @Nullable Double medianResponseHours,
        @Nullable Double medianCompletionHours) {

    static ReportJson of(ReportRow row) {
        return new ReportJson(
                row.month().toString(),
                row.service(),
                row.provider().toString(),
                row.sent(),
                row.answered(),
                row.accepted(),
                row.declined(),
                row.done(),
                row.delivered(),
                row.overdue(),
                row.medianResponseHours(),
                row.medianCompletionHours());
    }
}
