package org.masar.dtm.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.internal.DashboardQueries;
import org.masar.dtm.internal.DashboardReadings;
import org.masar.geo.AdminLevel;
import org.masar.geo.Gazetteer;
import org.masar.shared.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON the DTM dashboard draws from: national figures with their change, one figure per baladiya or muhalla for
 * the map (suppressed as the public exports are), national figures of every published round for the trend charts, and
 * the region and mantika shapes (geoBoundaries, CC BY 3.0 IGO). Needs {@code dtm:read}.
 */
@RestController
@RequestMapping(path = "/api/v1/dtm/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAuthority('dtm:read')")
@Tag(name = "DTM dashboard", description = "Published mobility-tracking figures for the dashboard, map and charts")
class DashboardApi {

    private final DashboardReadings readings;
    private final Gazetteer gazetteer;

    DashboardApi(DashboardReadings readings, Gazetteer gazetteer) {
        this.readings = readings;
        this.gazetteer = gazetteer;
    }

    @GetMapping
    @Operation(summary = "National figures of the latest published round, with the change from the previous one")
    DashboardReadings.Headline headline() {
        return readings.headline();
    }

    @GetMapping("/map")
    @Operation(
            summary =
                    "One figure of every baladiya or muhalla in the latest published round, and where each baladiya is",
            description =
                    "Values under 5 are shown as <5 and withheld values as x (value null), as in the public exports. "
                            + "A baladiya without a seat town (lat and lon null) is placed schematically by the map.")
    DashboardReadings.MapData map(
            @Parameter(description = "baladiya or muhalla") @RequestParam(required = false) @Nullable String level,
            @Parameter(description = "idps.ind, returnees.ind or migrants.ind")
                    @RequestParam(required = false)
                    @Nullable
                    String figure) {
        return readings.map(level, figure);
    }

    @GetMapping("/trends")
    @Operation(summary = "The national figures of every published round, oldest first")
    List<DashboardQueries.Trend> trends() {
        return readings.trends();
    }

    @GetMapping(path = "/boundaries/{level}", produces = MediaType.ALL_VALUE)
    @Operation(summary = "The regions' or mantika's shapes as GeoJSON (geoBoundaries, CC BY 3.0 IGO), for the map")
    ResponseEntity<String> boundaries(@PathVariable String level) {
        AdminLevel shapes = switch (level) {
            case "regions" -> AdminLevel.REGION;
            case "mantika" -> AdminLevel.MANTIKA;
            default ->
                throw new NotFoundException(
                        "dtm.dashboard.no-boundaries", level.length() > 20 ? level.substring(0, 20) : level);
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .body(gazetteer.boundaries(shapes));
    }
}
