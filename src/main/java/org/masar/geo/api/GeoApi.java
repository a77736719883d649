package org.masar.geo.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.geo.AdminLevel;
import org.masar.geo.AdminUnit;
import org.masar.geo.Gazetteer;
import org.masar.geo.PCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The Libyan gazetteer: OCHA's hierarchy and the boundary shapes, and the two steps by which an administrator follows
 * OCHA's current table (add a unit, retire a unit). The lists are short, bounded reference
 * lists (at most a few hundred units), so they are plain arrays in P-code order rather than pages.
 */
@RestController
@RequestMapping(path = "/api/v1/geo", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAuthority('geo:read')")
@Tag(name = "Gazetteer", description = "Libya's regions, mantika, baladiya and muhalla with their OCHA P-codes")
class GeoApi {

    /** GeoJSON's own media type (RFC 7946). */
    static final String GEO_JSON = "application/geo+json";

    private final Gazetteer gazetteer;

    GeoApi(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @GetMapping("/regions")
    @Operation(summary = "The 3 regions (admin 1)")
    List<AdminUnitJson> regions() {
        return json(gazetteer.regions());
    }

    @GetMapping("/mantika")
    @Operation(summary = "The 22 mantika (admin 2), optionally of one region")
    List<AdminUnitJson> mantika(
            @Parameter(description = "a region's P-code, e.g. LY01") @RequestParam(required = false) @Nullable
                    String region) {
        PCode parent = PCode.parseOptional(region).orElse(null);
        if (parent != null) {
            requireLevel(parent, AdminLevel.REGION);
        }
        return json(gazetteer.mantika(parent));
    }

    @GetMapping("/baladiya")
    @Operation(summary = "The 100 baladiya (admin 3), optionally of one mantika or region")
    List<AdminUnitJson> baladiya(
            @Parameter(description = "a mantika's P-code, e.g. LY0214") @RequestParam(required = false) @Nullable
                    String mantika,
            @Parameter(description = "a region's P-code, e.g. LY02") @RequestParam(required = false) @Nullable
                    String region) {
        PCode parent = PCode.parseOptional(mantika).orElse(null);
        if (parent != null) {
            requireLevel(parent, AdminLevel.MANTIKA);
        } else {
            parent = PCode.parseOptional(region).orElse(null);
            if (parent != null) {
                requireLevel(parent, AdminLevel.REGION);
            }
        }
        return json(gazetteer.baladiya(parent));
    }

    @GetMapping("/muhalla")
    @Operation(summary = "The muhalla (admin 4) of one baladiya")
    List<AdminUnitJson> muhalla(
            @Parameter(description = "a baladiya's P-code, e.g. LY021401") @RequestParam String baladiya) {
        PCode parent = PCode.parse(baladiya);
        requireLevel(parent, AdminLevel.BALADIYA);
        return json(gazetteer.muhalla(parent));
    }

    @GetMapping("/units/{pcode}")
    @Operation(summary = "One unit of any level by its P-code (404 when unknown)")
    AdminUnitJson unit(@PathVariable String pcode) {
        return AdminUnitJson.of(gazetteer.get(PCode.parse(pcode)));
    }

    @GetMapping("/units/{pcode}/children")
    @Operation(summary = "The units directly below one unit")
    List<AdminUnitJson> children(@PathVariable String pcode) {
        return json(gazetteer.children(gazetteer.get(PCode.parse(pcode)).pcode()));
    }

    @GetMapping(
            path = "/boundaries/regions",
            produces = {GEO_JSON, MediaType.APPLICATION_JSON_VALUE})
    @Operation(
            summary = "The regions' boundary shapes as GeoJSON",
            description = "geoBoundaries (CC BY 3.0 IGO): show the attribution wherever the shapes are drawn.")
    ResponseEntity<String> regionShapes() {
        return geoJson(gazetteer.boundaries(AdminLevel.REGION));
    }

    @GetMapping(
            path = "/boundaries/mantika",
            produces = {GEO_JSON, MediaType.APPLICATION_JSON_VALUE})
    @Operation(
            summary = "The mantika's boundary shapes as GeoJSON, with computed label points",
            description = "geoBoundaries (CC BY 3.0 IGO): show the attribution wherever the shapes are drawn. "
                    + "labelLat/labelLon are computed centroids for labels, not seats of government.")
    ResponseEntity<String> mantikaShapes() {
        return geoJson(gazetteer.boundaries(AdminLevel.MANTIKA));
    }

    @PostMapping(path = "/units", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Adds a unit of OCHA's current table (needs geo:manage): 201 with its Location",
            description = "The parent is the P-code without its last two digits; 409 when the P-code exists.")
    ResponseEntity<AdminUnitJson> addUnit(@Valid @RequestBody AdminUnitRequest request) {
        AdminUnit unit = gazetteer.addUnit(request.toNewUnit());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{pcode}")
                .buildAndExpand(unit.pcode().value())
                .toUri();
        return ResponseEntity.created(location).body(AdminUnitJson.of(unit));
    }

    @PostMapping(path = "/units/{pcode}/retire", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Retires a unit from OCHA's current table from a given day on (needs geo:manage)")
    AdminUnitJson retireUnit(@PathVariable String pcode, @Valid @RequestBody RetireRequest request) {
        return AdminUnitJson.of(
                gazetteer.retireUnit(PCode.parse(pcode), java.util.Objects.requireNonNull(request.validTo())));
    }

    /** A filter given at the wrong level (a region's code as a baladiya) is as wrong as a malformed code. */
    private void requireLevel(PCode pcode, AdminLevel level) {
        if (pcode.level() != level) {
            throw new org.masar.geo.InvalidPCode(pcode.value());
        }
        gazetteer.get(pcode); // an unknown parent is a 404, not an empty list
    }

    private static ResponseEntity<String> geoJson(String body) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(GEO_JSON))
                .body(body);
    }

    private static List<AdminUnitJson> json(List<AdminUnit> units) {
        return units.stream().map(AdminUnitJson::of).toList();
    }
}
