package org.masar.dtm.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.FlowMonitoring;
import org.masar.dtm.FlowMonitoringSummary;
import org.masar.geo.PCode;
import org.masar.geo.SiteId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Flow monitoring's counts and summary: reading needs {@code dtm:read}, recording {@code dtm:collect}. */
@RestController
@RequestMapping(path = "/api/v1/dtm", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "DTM flow monitoring", description = "Daily counts at flow-monitoring points and their summary")
class FlowMonitoringApi {

    private final FlowMonitoring flows;

    FlowMonitoringApi(FlowMonitoring flows) {
        this.flows = flows;
    }

    @GetMapping("/flow-points")
    @Operation(summary = "The active flow-monitoring points, each with its latest count")
    List<FlowPointJson> points() {
        return flows.points().stream().map(FlowPointJson::of).toList();
    }

    @PutMapping(path = "/flow-points/{siteId}/counts/{date}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Records a point's count of one day, replacing an earlier one (kept as a revision); 400 when a"
                    + " breakdown exceeds its total or the site is not an active flow-monitoring point")
    FlowCountJson record(
            @PathVariable SiteId siteId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Valid @RequestBody FlowCountRequest request) {
        return FlowCountJson.of(flows.record(siteId, date, request.toCount()));
    }

    @GetMapping("/flow-points/{siteId}/counts")
    @Operation(summary = "A point's counts between two days (both included), latest first")
    List<FlowCountJson> counts(
            @PathVariable SiteId siteId,
            @Parameter(description = "first day") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "last day") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to) {
        return flows.counts(siteId, from, to).stream().map(FlowCountJson::of).toList();
    }

    @GetMapping("/flow-summary")
    @Operation(
            summary = "Totals in and out and surveys between two days, by day or month and by nationality, for Libya"
                    + " or one baladiya")
    FlowMonitoringSummary summary(
            @Parameter(description = "first day") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "last day") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @Parameter(description = "a baladiya's P-code") @RequestParam(required = false) @Nullable String baladiya,
            @Parameter(description = "DAY or MONTH; by default by day up to 62 days, by month beyond")
                    @RequestParam(required = false)
                    FlowMonitoringSummary.@Nullable Granularity granularity) {
        return flows.summary(from, to, PCode.parseOptional(baladiya).orElse(null), granularity);
    }
}
