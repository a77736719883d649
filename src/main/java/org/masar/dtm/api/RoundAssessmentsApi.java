package org.masar.dtm.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.Assessment;
import org.masar.dtm.Assessments;
import org.masar.dtm.CoverageGap;
import org.masar.dtm.ImportFile;
import org.masar.dtm.ImportMapping;
import org.masar.dtm.ImportOutcome;
import org.masar.dtm.ImportReport;
import org.masar.dtm.RoundId;
import org.masar.shared.InvalidFields;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A round's assessments, coverage gaps and spreadsheet imports. Writing needs {@code dtm:collect} and an open round
 * (collecting or validating, no publication pending); every change is audited.
 */
@RestController
@RequestMapping(path = "/api/v1/dtm/rounds/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "DTM assessments", description = "Key-informant assessments by baladiya and muhalla, coverage, imports")
class RoundAssessmentsApi {

    private final Assessments assessments;
    private final MessageSource messages;
    private final JsonMapper json;

    RoundAssessmentsApi(Assessments assessments, MessageSource messages, JsonMapper json) {
        this.assessments = assessments;
        this.messages = messages;
        this.json = json;
    }

    @PutMapping(path = "/assessments/{pcode}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Enters or replaces the assessment of a current baladiya or muhalla in the round's open version"
                    + " (needs dtm:collect; 409 unless collecting or validating)")
    Assessment put(
            @PathVariable RoundId id, @PathVariable String pcode, @Valid @RequestBody RoundAssessmentRequest request) {
        return assessments.put(id, pcode, request.toEntry());
    }

    @GetMapping("/assessments/{pcode}")
    @Operation(summary = "The unit's assessment (the open version, else the latest published; or ?version=n)")
    Assessment get(
            @PathVariable RoundId id,
            @PathVariable String pcode,
            @Parameter(description = "a version number") @RequestParam(required = false) @Nullable Integer version) {
        return assessments.get(id, pcode, version);
    }

    @GetMapping("/assessments")
    @Operation(summary = "The P-codes of the units the version assessed")
    List<String> assessed(
            @PathVariable RoundId id,
            @Parameter(description = "a version number") @RequestParam(required = false) @Nullable Integer version) {
        return assessments.assessedUnits(id, version);
    }

    @PutMapping(path = "/coverage-gaps/{pcode}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Records a unit as not assessed, and why (409 when it has an assessment)")
    CoverageGap putGap(
            @PathVariable RoundId id, @PathVariable String pcode, @Valid @RequestBody RoundGapRequest request) {
        return assessments.putGap(id, pcode, request.reason(), request.note());
    }

    @DeleteMapping("/coverage-gaps/{pcode}")
    @Operation(summary = "Removes a coverage gap (404 when none)")
    ResponseEntity<Void> deleteGap(@PathVariable RoundId id, @PathVariable String pcode) {
        assessments.deleteGap(id, pcode);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/coverage-gaps")
    @Operation(summary = "The version's coverage gaps")
    List<CoverageGap> gaps(
            @PathVariable RoundId id,
            @Parameter(description = "a version number") @RequestParam(required = false) @Nullable Integer version) {
        return assessments.gaps(id, version);
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Imports a CSV or XLSX file into the open version, all or nothing: 200 with the row-by-row report"
                    + " when every row was imported, 422 with the same report (outcome REFUSED, nothing written) when"
                    + " a row is wrong; 400 when the file, sheet or a mapped column cannot be read",
            description = "mapping: {\"unit\": \"<column of P-codes or names>\", \"level\": \"baladiya|muhalla\","
                    + " \"figures\": {\"migrants.ind\": \"<column>\"}}")
    ResponseEntity<RoundImportJson> importFile(
            @PathVariable RoundId id,
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) @Nullable String sheet,
            @RequestParam("mapping") String mapping)
            throws IOException {
        ImportMapping parsed;
        try {
            parsed = json.readValue(mapping, ImportMapping.class);
        } catch (JacksonException e) {
            throw new InvalidFields(List.of(new InvalidFields.Field("mapping", "dtm.import.mapping.json")));
        }
        if (parsed == null) {
            throw new InvalidFields(List.of(new InvalidFields.Field("mapping", "dtm.import.mapping.json")));
        }
        ImportReport report = assessments.importFile(
                id,
                new ImportFile(
                        file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(),
                        file.getBytes(),
                        sheet,
                        parsed));
        Locale locale = LocaleContextHolder.getLocale();
        return ResponseEntity.status(
                        report.outcome() == ImportOutcome.IMPORTED ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(RoundImportJson.of(report, messages, locale));
    }

    @GetMapping("/imports")
    @Operation(summary = "The round's imports and their reports, newest first")
    List<RoundImportJson> imports(@PathVariable RoundId id) {
        Locale locale = LocaleContextHolder.getLocale();
        return assessments.imports(id).stream()
                .map(report -> RoundImportJson.of(report, messages, locale))
                .toList();
    }
}
