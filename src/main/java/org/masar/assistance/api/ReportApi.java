package org.masar.assistance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.assistance.AssistanceReport;
import org.masar.assistance.AssistanceReports;
import org.masar.assistance.ReportFilter;
import org.masar.shared.InvalidFields;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who received what, where and when, counted: the figures of services delivered and group activities. */
@RestController
@RequestMapping(path = "/api/v1/assistance/reports", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assistance reports", description = "Figures of assistance delivered, by month, type, sex and age band")
class ReportApi {

    static final ZoneId LIBYA = ZoneId.of("Africa/Tripoli");

    private final AssistanceReports reports;

    ReportApi(AssistanceReports reports) {
        this.reports = reports;
    }

    @GetMapping
    @Operation(
            summary = "Services delivered by month and service type (people reached distinct, services delivered, "
                    + "people by sex and by age band when served, quantities per unit), per month and in total, and "
                    + "group activities by month and kind (participants counted), within the caller's scopes",
            description = """
                    Voided services are not counted. A service under a restricted case is counted only for a caller \
                    holding the permission that case's timeline entries need. The months default to the last twelve \
                    (this month included); at most 120 months. 400 naming every field in error.""")
    AssistanceReport figures(
            @Parameter(description = "the first month, YYYY-MM") @RequestParam(required = false) @Nullable String from,
            @Parameter(description = "the last month, YYYY-MM (included)") @RequestParam(required = false) @Nullable
                    String to,
            @Parameter(description = "a programme (MRRM, WASH, SHELTER_NFI…)") @RequestParam(required = false) @Nullable
                    String programme,
            @Parameter(description = "a project code") @RequestParam(required = false) @Nullable String project,
            @Parameter(description = "a service type's code") @RequestParam(required = false) @Nullable String type,
            @Parameter(description = "a region, mantika or baladiya P-code where delivered")
                    @RequestParam(required = false)
                    @Nullable
                    String place,
            @Parameter(description = "recorded, distribution or cash-cycle") @RequestParam(required = false) @Nullable
                    String source) {
        return reports.figures(filter(from, to, programme, project, type, place, source));
    }

    /** The filter of a report or an export from its query parameters; months default to the last twelve. */
    static ReportFilter filter(
            @Nullable String from,
            @Nullable String to,
            @Nullable String programme,
            @Nullable String project,
            @Nullable String type,
            @Nullable String place,
            @Nullable String source) {
        YearMonth last = month("to", to);
        YearMonth first = month("from", from);
        YearMonth now = YearMonth.now(LIBYA);
        if (last == null) {
            last = first != null && first.plusMonths(11).isBefore(now) ? first.plusMonths(11) : now;
        }
        if (first == null) {
            first = last.minusMonths(11);
        }
        return new ReportFilter(
                first,
                last,
                ServicesApi.blank(programme),
                ServicesApi.blank(project),
                ServicesApi.blank(type),
                ServicesApi.blank(place),
                ServicesApi.blank(source));
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
