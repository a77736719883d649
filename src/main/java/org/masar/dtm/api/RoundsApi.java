package org.masar.dtm.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.Coverage;
import org.masar.dtm.DtmLevel;
import org.masar.dtm.RoundId;
import org.masar.dtm.RoundSummary;
import org.masar.dtm.Rounds;
import org.masar.dtm.UnitChange;
import org.masar.dtm.UnitFigures;
import org.masar.dtm.ValidationFlagId;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Mobility-tracking rounds: planning, lifecycle, validation, publication through the maker-checker, corrections, and
 * figures at every level. Reading needs {@code dtm:read} (published versions only), {@code dtm:collect} or
 * {@code dtm:manage}; every change is audited.
 */
@RestController
@RequestMapping(path = "/api/v1/dtm/rounds", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "DTM rounds", description = "Mobility-tracking rounds, their validation, publication and figures")
class RoundsApi {

    private final Rounds rounds;

    RoundsApi(Rounds rounds) {
        this.rounds = rounds;
    }

    @GetMapping
    @Operation(summary = "The rounds the caller may see, latest number first, one page at a time")
    PageJson<RoundJson> list(
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "items per page, at most 200") @RequestParam(defaultValue = "50") int size) {
        return rounds.list(new Paging(page, size)).map(round -> RoundJson.of(round, null));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Plans a round: 201 with its Location; 409 when the number is taken (needs dtm:manage)")
    ResponseEntity<RoundJson> create(@Valid @RequestBody RoundRequest request) {
        RoundSummary round = rounds.create(request.toCommand());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{id}")
                .buildAndExpand(round.id().toString())
                .toUri();
        return ResponseEntity.created(location).body(RoundJson.of(round, rounds.versions(round.id())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One round with its versions (404 when unknown, or unpublished for a reader)")
    RoundJson get(@PathVariable RoundId id) {
        return RoundJson.of(rounds.get(id), rounds.versions(id));
    }

    @GetMapping("/{id}/figures")
    @Operation(
            summary = "The round's figures at a level: [{pcode, nameEn, nameAr, figures: {key: count}}]",
            description = "level: libya|region|mantika|baladiya|muhalla (default baladiya); version: a version"
                    + " number (default: the latest published, or the open one for collectors and managers)")
    List<UnitFigures> figures(
            @PathVariable RoundId id,
            @Parameter(description = "libya, region, mantika, baladiya or muhalla")
                    @RequestParam(defaultValue = "baladiya")
                    String level,
            @Parameter(description = "a version number") @RequestParam(required = false) @Nullable Integer version) {
        return rounds.figures(id, version, DtmLevel.parse(level));
    }

    @GetMapping("/{id}/changes")
    @Operation(
            summary = "Each unit's figures against the previous published round (value, previous, difference, share)")
    List<UnitChange> changes(
            @PathVariable RoundId id,
            @Parameter(description = "libya, region, mantika, baladiya or muhalla")
                    @RequestParam(defaultValue = "baladiya")
                    String level) {
        return rounds.changes(id, DtmLevel.parse(level));
    }

    @GetMapping("/{id}/coverage")
    @Operation(summary = "How many baladiya the version assessed, recorded as gaps, or misses")
    Coverage coverage(
            @PathVariable RoundId id,
            @Parameter(description = "a version number") @RequestParam(required = false) @Nullable Integer version) {
        return rounds.coverage(id, version);
    }

    @PostMapping("/{id}/collection")
    @Operation(summary = "Opens a planned round for data collection (needs dtm:manage; 409 unless planned)")
    RoundJson startCollection(@PathVariable RoundId id) {
        rounds.startCollection(id);
        return get(id);
    }

    @PostMapping("/{id}/validation")
    @Operation(
            summary = "Runs validation on the open version, moving it to validating; returns its flags"
                    + " (needs dtm:manage; 409 unless collecting or validating)")
    List<RoundFlagJson> validate(@PathVariable RoundId id) {
        return rounds.validate(id).stream().map(RoundFlagJson::of).toList();
    }

    @GetMapping("/{id}/validation-flags")
    @Operation(summary = "The version's validation flags, open first")
    List<RoundFlagJson> flags(
            @PathVariable RoundId id,
            @Parameter(description = "a version number") @RequestParam(required = false) @Nullable Integer version) {
        return rounds.flags(id, version).stream().map(RoundFlagJson::of).toList();
    }

    @PostMapping(path = "/{id}/validation-flags/{flagId}/confirmation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A DTM officer confirms a flagged figure is right, with the reason (needs dtm:manage)")
    RoundFlagJson confirm(
            @PathVariable RoundId id,
            @PathVariable ValidationFlagId flagId,
            @Valid @RequestBody RoundReasonRequest request) {
        return RoundFlagJson.of(rounds.confirmFlag(id, flagId, request.reason()));
    }

    @PostMapping("/{id}/publication-request")
    @Operation(
            summary = "Asks a second DTM officer to approve the publication (needs dtm:publish; 409 while flags are"
                    + " open or the round is not validating)")
    ResponseEntity<RoundJson> requestPublication(@PathVariable RoundId id) {
        rounds.requestPublication(id);
        return ResponseEntity.accepted().body(get(id));
    }

    @PostMapping(path = "/{id}/corrections", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Opens the next version of a published round for a correction, with its reason (needs"
                    + " dtm:manage); the published version stays readable with ?version=n")
    ResponseEntity<RoundJson> correct(@PathVariable RoundId id, @Valid @RequestBody RoundReasonRequest request) {
        rounds.openCorrection(id, request.reason());
        return ResponseEntity.status(201).body(get(id));
    }
}
