package org.masar.cases.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.masar.access.OfficeId;
import org.masar.access.Sensitivity;
import org.masar.access.UserId;
import org.masar.cases.AssessmentVersion;
import org.masar.cases.CaseAssessment;
import org.masar.cases.CaseAssessmentNotFound;
import org.masar.cases.CaseDetails;
import org.masar.cases.CaseId;
import org.masar.cases.CaseStage;
import org.masar.cases.CaseTypes;
import org.masar.cases.Cases;
import org.masar.cases.NewCase;
import org.masar.cases.NewCaseType;
import org.masar.cases.NewTransfer;
import org.masar.people.HouseholdId;
import org.masar.people.PersonId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Cases and case types. Every write carries the case's {@code version} (a stale one is the 409
 * {@code conflict.stale}); a move the case's type does not allow is the 409 {@code cases.transition-refused}; a move
 * that needs a supervisor answers 202 with the case showing it pending.
 */
@RestController
@Tag(name = "Cases", description = "Cases of a type for a person: stages, approvals, transfers, flags; case types")
class CasesApi {

    private final Cases cases;
    private final CaseTypes types;

    CasesApi(Cases cases, CaseTypes types) {
        this.cases = cases;
        this.types = types;
    }

    // ---- case types ----

    @GetMapping(path = "/api/v1/case-types", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The active case types, each with its stages in order, its moves and which need approval")
    List<CaseTypeJson> types() {
        return types.list().stream().map(CaseTypeJson::of).toList();
    }

    @GetMapping(path = "/api/v1/case-types/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One case type (404 when unknown)")
    CaseTypeJson type(@PathVariable String code) {
        return CaseTypeJson.of(types.get(code));
    }

    @PostMapping(
            path = "/api/v1/case-types",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Creates a case type with its stages and moves (cases:manage-types); 409 when the code is taken")
    ResponseEntity<CaseTypeJson> createType(@RequestBody CaseTypeJson.Creation body) {
        CaseRequestJson.Reader reader = new CaseRequestJson.Reader();
        Sensitivity sensitivity = null;
        if (body.defaultSensitivity() == null) {
            reader.field("defaultSensitivity", "cases.validation.required");
        } else {
            try {
                sensitivity = Sensitivity.valueOf(body.defaultSensitivity());
            } catch (IllegalArgumentException unknown) {
                reader.field("defaultSensitivity", "cases.validation.does-not-fit");
            }
        }
        if (body.name() == null) {
            reader.field("name", "cases.validation.required");
        }
        reader.check();
        List<CaseStage> stages = new ArrayList<>();
        if (body.stages() != null) {
            int position = 1;
            for (CaseTypeJson.StageCreation stage : body.stages()) {
                stages.add(
                        stage == null
                                ? null
                                : new CaseStage(
                                        stage.code(),
                                        position,
                                        stage.name() == null
                                                ? null
                                                : stage.name().en(),
                                        stage.name() == null
                                                ? null
                                                : stage.name().ar(),
                                        Boolean.TRUE.equals(stage.closing())));
                position++;
            }
        }
        var created = types.create(new NewCaseType(
                body.code(),
                body.programme(),
                body.name().en(),
                body.name().ar(),
                sensitivity,
                body.timelinePermission(),
                stages,
                body.transitions() == null ? List.of() : CaseTypeJson.transitions(body.transitions())));
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{code}")
                .buildAndExpand(created.code())
                .toUri();
        return ResponseEntity.created(location).body(CaseTypeJson.of(created));
    }

    @GetMapping(path = "/api/v1/case-types/{code}/assessment", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The type's current assessment questionnaire version")
    AssessmentJson assessment(@PathVariable String code) {
        return AssessmentJson.of(types.currentAssessment(code));
    }

    @PostMapping(
            path = "/api/v1/case-types/{code}/assessments",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Publishes the next version of the type's assessment questionnaire (cases:manage-types); 400"
                    + " names what in the definition does not fit")
    ResponseEntity<AssessmentJson> publish(@PathVariable String code, @RequestBody JsonNode definition) {
        AssessmentVersion published = types.publishAssessment(code, definition);
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/case-types/{code}/assessment")
                .buildAndExpand(code)
                .toUri();
        return ResponseEntity.created(location).body(AssessmentJson.of(published));
    }

    /** One version of a type's assessment questionnaire. */
    record AssessmentJson(
            String id, String caseType, int number, JsonNode definition, String publishedAt, String publishedBy) {
        static AssessmentJson of(AssessmentVersion version) {
            return new AssessmentJson(
                    version.id().toString(),
                    version.caseType(),
                    version.number(),
                    version.definition(),
                    version.publishedAt().toString(),
                    version.publishedBy());
        }
    }

    // ---- cases ----

    @PostMapping(
            path = "/api/v1/cases",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Opens a case of a type for a person in an office (cases:write): 201 with its short number;"
                    + " the assignee is the caller unless named")
    ResponseEntity<CaseJson> open(@RequestBody CaseRequestJson.Opening body) {
        CaseRequestJson.Reader reader = new CaseRequestJson.Reader();
        if (body.caseType() == null || body.caseType().isBlank()) {
            reader.field("caseType", "cases.validation.required");
        }
        UUID person = reader.uuid("person", body.person(), true);
        UUID household = reader.uuid("household", body.household(), false);
        UUID office = reader.uuid("office", body.office(), true);
        UUID assignee = reader.uuid("assignee", body.assignee(), false);
        Sensitivity sensitivity = null;
        if (body.sensitivity() != null) {
            try {
                sensitivity = Sensitivity.valueOf(body.sensitivity());
            } catch (IllegalArgumentException unknown) {
                reader.field("sensitivity", "cases.validation.does-not-fit");
            }
        }
        reader.check();
        CaseDetails opened = cases.open(new NewCase(
                body.caseType().strip(),
                new PersonId(person),
                household == null ? null : new HouseholdId(household),
                new OfficeId(office),
                assignee == null ? null : new UserId(assignee),
                sensitivity));
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{id}")
                .buildAndExpand(opened.id().toString())
                .toUri();
        return ResponseEntity.created(location).body(CaseJson.of(opened));
    }

    @GetMapping(path = "/api/v1/case-transfers/incoming", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The pending transfers the caller receives (named, or to an office they cover), oldest first")
    List<IncomingTransferJson> incoming() {
        return cases.incomingTransfers().stream()
                .map(t -> new IncomingTransferJson(
                        t.caseId().toString(),
                        t.caseNumber(),
                        t.caseType(),
                        t.transfer().toString(),
                        t.reason(),
                        t.requestedAt().toString(),
                        t.requestedBy()))
                .toList();
    }

    /** A pending transfer waiting for the caller's answer. */
    record IncomingTransferJson(
            String caseId,
            String caseNumber,
            String caseType,
            String transfer,
            String reason,
            String requestedAt,
            String requestedBy) {}

    @GetMapping(path = "/api/v1/cases/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary =
                    "A case with its flags, pending transfer and history (404 unknown, 403 restricted or out of scope)")
    CaseJson get(@PathVariable CaseId id) {
        return CaseJson.of(cases.get(id));
    }

    @PostMapping(
            path = "/api/v1/cases/{id}/stage",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Moves the case to another stage of its type: 200 when done, 202 when recorded for a"
                    + " supervisor's approval; 409 when the type does not allow the move; closing needs a reason")
    ResponseEntity<CaseJson> stage(@PathVariable CaseId id, @RequestBody CaseRequestJson.StageMove body) {
        CaseRequestJson.Reader reader = new CaseRequestJson.Reader();
        int version = reader.version(body.version());
        if (body.to() == null || body.to().isBlank()) {
            reader.field("to", "cases.validation.required");
        }
        reader.check();
        CaseDetails moved = cases.moveStage(id, body.to(), body.reason(), version);
        return ResponseEntity.status(moved.pendingApproval() == null ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .body(CaseJson.of(moved));
    }

    @PostMapping(
            path = "/api/v1/cases/{id}/reopening",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Reopens a closed case with a reason, at the stage it was closed from")
    CaseJson reopen(@PathVariable CaseId id, @RequestBody CaseRequestJson.Reasoned body) {
        CaseRequestJson.Reader reader = new CaseRequestJson.Reader();
        int version = reader.version(body.version());
        reader.check();
        return CaseJson.of(cases.reopen(id, body.reason(), version));
    }

    @PostMapping(
            path = "/api/v1/cases/{id}/transfers",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Asks to hand the case over to a caseworker (toUser) or an office (toOffice), with a reason;"
                    + " the case is transferred until the receiver answers")
    CaseJson transfer(@PathVariable CaseId id, @RequestBody CaseRequestJson.Transfer body) {
        CaseRequestJson.Reader reader = new CaseRequestJson.Reader();
        int version = reader.version(body.version());
        UUID toUser = reader.uuid("toUser", body.toUser(), false);
        UUID toOffice = reader.uuid("toOffice", body.toOffice(), false);
        reader.check();
        return CaseJson.of(cases.requestTransfer(
                id,
                new NewTransfer(
                        toUser == null ? null : new UserId(toUser),
                        toOffice == null ? null : new OfficeId(toOffice),
                        body.reason()),
                version));
    }

    @PostMapping(
            path = "/api/v1/cases/{id}/transfers/{transfer}/acceptance",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The receiver takes the case on (403 for anyone else)")
    CaseJson accept(@PathVariable CaseId id, @PathVariable UUID transfer, @RequestBody CaseRequestJson.Versioned body) {
        CaseRequestJson.Reader reader = new CaseRequestJson.Reader();
        int version = reader.version(body.version());
        reader.check();
        return CaseJson.of(cases.acceptTransfer(id, transfer, version));
    }

    @PostMapping(
            path = "/api/v1/cases/{id}/transfers/{transfer}/declination",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The receiver declines with a reason: the case is open again where it was")
    CaseJson decline(@PathVariable CaseId id, @PathVariable UUID transfer, @RequestBody CaseRequestJson.Reasoned body) {
        CaseRequestJson.Reader reader = new CaseRequestJson.Reader();
        int version = reader.version(body.version());
        reader.check();
        return CaseJson.of(cases.declineTransfer(id, transfer, body.reason(), version));
    }

    @PostMapping(
            path = "/api/v1/cases/{id}/transfers/{transfer}/cancellation",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The sender cancels a pending transfer")
    CaseJson cancel(@PathVariable CaseId id, @PathVariable UUID transfer, @RequestBody CaseRequestJson.Versioned body) {
        CaseRequestJson.Reader reader = new CaseRequestJson.Reader();
        int version = reader.version(body.version());
        reader.check();
        return CaseJson.of(cases.cancelTransfer(id, transfer, version));
    }

    @PostMapping(
            path = "/api/v1/cases/{id}/flags",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Flags the case with a short message and a date, shown to every reader of it")
    CaseJson flag(@PathVariable CaseId id, @RequestBody CaseRequestJson.Flag body) {
        CaseRequestJson.Reader reader = new CaseRequestJson.Reader();
        int version = reader.version(body.version());
        LocalDate date = reader.date("date", body.date());
        if (body.message() == null || body.message().isBlank()) {
            reader.field("message", "cases.validation.required");
        }
        reader.check();
        return CaseJson.of(cases.addFlag(id, body.message(), date, version));
    }

    @PostMapping(
            path = "/api/v1/cases/{id}/assessments",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Records an assessment: answers to the type's current questionnaire version; 400 names each"
                    + " answer that does not fit")
    ResponseEntity<CaseAssessmentJson> assess(@PathVariable CaseId id, @RequestBody CaseRequestJson.Assessment body) {
        CaseRequestJson.Reader reader = new CaseRequestJson.Reader();
        int version = reader.version(body.version());
        if (body.answers() == null || !body.answers().isObject()) {
            reader.field("answers", "cases.validation.required");
        }
        reader.check();
        CaseAssessment recorded = cases.assess(id, body.answers(), version);
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{assessment}")
                .buildAndExpand(recorded.id().toString())
                .toUri();
        return ResponseEntity.created(location).body(CaseAssessmentJson.of(recorded));
    }

    @GetMapping(path = "/api/v1/cases/{id}/assessments", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The case's assessments, newest first, each with the questionnaire version it answered")
    List<CaseAssessmentJson> assessments(@PathVariable CaseId id) {
        return cases.assessments(id).stream().map(CaseAssessmentJson::of).toList();
    }

    @GetMapping(path = "/api/v1/cases/{id}/assessments/{assessment}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One assessment of the case (404 when the case has none with this id)")
    CaseAssessmentJson assessment(@PathVariable CaseId id, @PathVariable UUID assessment) {
        return cases.assessments(id).stream()
                .filter(found -> found.id().equals(assessment))
                .findFirst()
                .map(CaseAssessmentJson::of)
                .orElseThrow(() -> new CaseAssessmentNotFound(assessment));
    }

    /** An assessment: the answers and the questionnaire version they answered. */
    record CaseAssessmentJson(
            String id,
            String questionnaireVersion,
            int number,
            JsonNode answers,
            String assessedAt,
            String assessedBy) {
        static CaseAssessmentJson of(CaseAssessment assessment) {
            return new CaseAssessmentJson(
                    assessment.id().toString(),
                    assessment.versionId().toString(),
                    assessment.versionNumber(),
                    assessment.answers(),
                    assessment.assessedAt().toString(),
                    assessment.assessedBy());
        }
    }

    @PostMapping(
            path = "/api/v1/cases/{id}/flags/{flag}/removal",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Removes a current flag with a reason")
    CaseJson removeFlag(@PathVariable CaseId id, @PathVariable UUID flag, @RequestBody CaseRequestJson.Reasoned body) {
        CaseRequestJson.Reader reader = new CaseRequestJson.Reader();
        int version = reader.version(body.version());
        reader.check();
        return CaseJson.of(cases.removeFlag(id, flag, body.reason(), version));
    }
}
