package org.masar.assistance.api;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.assistance.ReportFilter;
import org.masar.shared.InvalidFields;

/**
 * The filter of a report or an export, as its query string gives it (every parameter optional): one declaration for
 * the figures and the four exports.
 */
record ReportQuery(
        @Parameter(description = "the first month, YYYY-MM") @Nullable
        String from,

        @Parameter(description = "the last month, YYYY-MM (included)") @Nullable
        String to,

        @Parameter(description = "a programme (MRRM, WASH, SHELTER_NFI…)") @Nullable
        String programme,

        @Parameter(description = "a project code") @Nullable String project,

        @Parameter(description = "a service type's code") @Nullable
        String type,

        @Parameter(description = "a region, mantika or baladiya P-code where delivered") @Nullable
        String place,

        @Parameter(description = "recorded, distribution or cash-cycle") @Nullable
        String source) {

    /** The filter; months default to the last twelve; a malformed month is a 400 naming it. */
    ReportFilter filter() {
        return ReportFilter.of(month("from", from), month("to", to), programme, project, type, place, source);
    }

    private static @Nullable YearMonth month(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(value.strip());
            if (month.getYear() < 2000 || month.getYear() > 2999) {
                throw new InvalidFields(List.of(new InvalidFields.Field(field, "assistance.error.too-old")));
            }
            return month;
        } catch (DateTimeParseException malformed) {
            throw new InvalidFields(List.of(new InvalidFields.Field(field, "assistance.error.month")));
        }
    }
}
