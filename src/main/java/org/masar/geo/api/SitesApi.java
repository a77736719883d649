package org.masar.geo.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.masar.geo.PCode;
import org.masar.geo.SiteFilter;
import org.masar.geo.SiteId;
import org.masar.geo.SiteType;
import org.masar.geo.Sites;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Sites: reading needs {@code geo:read}, changing {@code geo:manage}; every change is audited. */
@RestController
@RequestMapping(path = "/api/v1/geo/sites", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
        name = "Sites",
        description = "Disembarkation points, detention centres, facilities, offices… each in one baladiya")
class SitesApi {

    private final Sites sites;

    SitesApi(Sites sites) {
        this.sites = sites;
    }

    @GetMapping
    @Operation(summary = "Sites matching the filters, by code, one page at a time")
    PageJson<SiteJson> list(
            @Parameter(description = "a site type") @RequestParam(required = false) @Nullable String type,
            @Parameter(description = "a baladiya's P-code") @RequestParam(required = false) @Nullable String baladiya,
            @Parameter(description = "a mantika's P-code") @RequestParam(required = false) @Nullable String mantika,
            @Parameter(description = "a region's P-code") @RequestParam(required = false) @Nullable String region,
            @Parameter(description = "text in the code or the English or Arabic name")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @Parameter(description = "true: active only; false: deactivated only")
                    @RequestParam(required = false)
                    @Nullable
                    Boolean active,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "items per page, at most 200") @RequestParam(defaultValue = "50") int size) {
        PCode area = PCode.parseOptional(baladiya)
                .or(() -> PCode.parseOptional(mantika))
                .or(() -> PCode.parseOptional(region))
                .orElse(null);
        return sites.search(
                        new SiteFilter(type == null || type.isBlank() ? null : SiteType.parse(type), area, q, active),
                        new Paging(page, size))
                .map(SiteJson::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One site (404 when unknown)")
    SiteJson get(@PathVariable SiteId id) {
        return SiteJson.of(sites.get(id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Creates a site: 201 with its Location; 409 when the code is taken")
    ResponseEntity<SiteJson> create(@Valid @RequestBody SiteRequest request) {
        SiteId id = sites.create(request.toDetails());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{id}")
                .buildAndExpand(id.toString())
                .toUri();
        return ResponseEntity.created(location).body(SiteJson.of(sites.get(id)));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replaces a site's details; quote the version you read (409 when stale)")
    SiteJson update(@PathVariable SiteId id, @Valid @RequestBody SiteRequest request) {
        int version =
                request.version() != null ? request.version() : sites.get(id).version();
        return SiteJson.of(sites.update(id, version, request.toDetails()));
    }

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "Takes a site out of use (it stays listed as inactive); 409 when it already is")
    SiteJson deactivate(@PathVariable SiteId id) {
        return SiteJson.of(sites.deactivate(id));
    }

    @PostMapping("/{id}/reactivate")
    @Operation(summary = "Puts a deactivated site back into use; 409 when it is in use")
    SiteJson reactivate(@PathVariable SiteId id) {
        return SiteJson.of(sites.reactivate(id));
    }
}
