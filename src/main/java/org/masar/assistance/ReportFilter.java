package org.masar.assistance;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.masar.shared.MissionTime;

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

    /**
     * A filter whose months default as the report page and the API default them: twelve months, ending with {@code to},
     * or starting with {@code from} (but not beyond this month in Libya), or ending with this month.
     */
    public static ReportFilter of(
            @Nullable YearMonth from,
            @Nullable YearMonth to,
            @Nullable String programme,
            @Nullable String project,
            @Nullable String type,
            @Nullable String place,
            @Nullable String source) {
        YearMonth now = YearMonth.now(MissionTime.ZONE);
        YearMonth last = to;
        if (last == null) {
            last = from != null && from.plusMonths(11).isBefore(now) ? from.plusMonths(11) : now;
        }
        YearMonth first = from == null ? last.minusMonths(11) : from;
        return new ReportFilter(
                first, last, blank(programme), blank(project), blank(type), blank(place), blank(source));
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
