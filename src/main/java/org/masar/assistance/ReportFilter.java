package org.masar.assistance;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * What assistance figures and exports are narrowed to: the months delivered (both included), and optionally a
 * programme, a project, a service type, a place (a region, mantika or baladiya P-code: where the service was delivered,
 * the activity held) and a source ({@code recorded} by hand, {@code distribution}, {@code cash-cycle}). Nulls mean any.
 */
public record ReportFilter(
        YearMonth from,
        YearMonth to,
        @Nullable String programme,
        @Nullable String project,
        @Nullable String type,
        @Nullable String place,
        @Nullable String source) {

    /** Services recorded by hand (no source). */
    public static final String RECORDED = "recorded";
}
