package org.masar.cases.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Objects;
import org.masar.cases.CaseId;
import org.masar.cases.CaseNoteId;
import org.masar.cases.CaseNotes;
import org.masar.cases.NewCaseNote;
import org.masar.cases.api.CaseWorkJson.CaseWorkNoteJson;
import org.masar.cases.api.CaseWorkJson.CaseWorkNoteRequest;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Notes on a case: append-only (a mistake is corrected by a new note naming the one it corrects; both stay). A note of
 * a restricted case, or marked restricted, is stored sealed and opened only for readers of the case.
 */
@RestController
@Tag(name = "Case notes", description = "Append-only notes on a case; restricted ones encrypted at rest")
class CaseWorkNotesApi {

    private final CaseNotes notes;

    CaseWorkNotesApi(CaseNotes notes) {
        this.notes = notes;
    }

    @GetMapping(path = "/api/v1/cases/{id}/notes", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The case's notes, newest first (reading restricted ones is audited)")
    PageJson<CaseWorkNoteJson> list(
            @PathVariable CaseId id,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "items per page, at most 200") @RequestParam(defaultValue = "50") int size) {
        return notes.ofCase(id, new Paging(page, size)).map(CaseWorkNoteJson::of);
    }

    @PostMapping(
            path = "/api/v1/cases/{id}/notes",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Writes a note (sealed when the case is restricted or restricted=true)")
    ResponseEntity<CaseWorkNoteJson> create(@PathVariable CaseId id, @Valid @RequestBody CaseWorkNoteRequest request) {
        CaseWorkNoteJson note = CaseWorkNoteJson.of(
                notes.write(id, new NewCaseNote(Objects.requireNonNull(request.text()), request.sealed())));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/notes"))
                .body(note);
    }

    @PostMapping(
            path = "/api/v1/cases/{id}/notes/{noteId}/corrections",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Corrects a note with a new one naming it (409 when it already has a correction)")
    ResponseEntity<CaseWorkNoteJson> correct(
            @PathVariable CaseId id, @PathVariable CaseNoteId noteId, @Valid @RequestBody CaseWorkNoteRequest request) {
        CaseWorkNoteJson note = CaseWorkNoteJson.of(
                notes.correct(id, noteId, new NewCaseNote(Objects.requireNonNull(request.text()), request.sealed())));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/notes"))
                .body(note);
    }
}
