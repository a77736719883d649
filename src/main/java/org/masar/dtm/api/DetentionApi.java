package org.masar.dtm.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.DetentionCentre;
import org.masar.dtm.DetentionProfiles;
import org.masar.geo.SiteId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Detention-centre profiles: reading needs {@code dtm:read}, recording {@code dtm:collect}. */
@RestController
@RequestMapping(path = "/api/v1/dtm/detention-centres", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "DTM detention centres", description = "Snapshots of detention centres, by day")
class DetentionApi {

    /**
     * A centre with its latest snapshot.
     *
     * @param siteId the centre's site id
     * @param code the site's code
     * @param nameEn English name
     * @param nameAr Arabic name
     * @param baladiya the baladiya's P-code
     * @param latest the latest snapshot, if any
     */
    record CentreJson(
            String siteId,
            String code,
            String nameEn,
            String nameAr,
            String baladiya,
            @Nullable DetentionSnapshotJson latest) {

        static CentreJson of(DetentionCentre centre) {
            return new CentreJson(
                    centre.site().id().toString(),
                    centre.site().code(),
                    centre.site().nameEn(),
                    centre.site().nameAr(),
                    centre.site().baladiya().pcode().value(),
                    centre.latest() == null ? null : DetentionSnapshotJson.of(centre.latest()));
        }
    }

    private final DetentionProfiles profiles;

    DetentionApi(DetentionProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping
    @Operation(summary = "The active detention centres, each with its latest snapshot")
    List<CentreJson> centres() {
        return profiles.centres().stream().map(CentreJson::of).toList();
    }

    @PutMapping(path = "/{siteId}/snapshots/{date}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Records a centre's snapshot of one day, replacing an earlier one; 400 when a breakdown exceeds"
                    + " the population or the site is not an active detention centre")
    DetentionSnapshotJson record(
            @PathVariable SiteId siteId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Valid @RequestBody DetentionSnapshotRequest request) {
        return DetentionSnapshotJson.of(profiles.record(siteId, date, request.toSnapshot()));
    }

    @GetMapping("/{siteId}/snapshots")
    @Operation(summary = "A centre's snapshots, latest first, with the occupancy rate")
    List<DetentionSnapshotJson> snapshots(@PathVariable SiteId siteId) {
        return profiles.snapshots(siteId).stream()
                .map(DetentionSnapshotJson::of)
                .toList();
    }
}
