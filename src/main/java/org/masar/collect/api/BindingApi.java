package org.masar.collect.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.masar.collect.BindingNotFound;
import org.masar.collect.BindingOutcome;
import org.masar.collect.BindingSubmissionNotFound;
import org.masar.collect.BindingUnmapped;
import org.masar.collect.Bindings;
import org.masar.shared.InvalidFields;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * A form's binding to a Masar target, the submissions it could not map, and mapping them again once it is fixed.
 */
@RestController
@RequestMapping(path = "/api/v1/collect/forms/{formId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
        name = "Collect bindings",
        description = "Submissions mapped into DTM assessments, flow surveys, screenings, " + "registrations")
class BindingApi {

    private final Bindings bindings;

    BindingApi(Bindings bindings) {
        this.bindings = bindings;
    }

    @GetMapping("/binding")
    @Operation(summary = "The form's binding: its target and mapping; 404 when it has none")
    BindingJson get(@PathVariable String formId) {
        return bindings.find(formId).map(BindingJson::of).orElseThrow(() -> new BindingNotFound(formId));
    }

    @PutMapping(path = "/binding", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Binds the form to a target with a mapping, checked against the form's latest version (400 "
                    + "naming each part of the mapping in error)")
    BindingJson put(@PathVariable String formId, @RequestBody BindingRequest request) {
        if (request.target() == null || request.target().isBlank()) {
            throw new InvalidFields(List.of(new InvalidFields.Field("target", "collect.error.required")));
        }
        return BindingJson.of(bindings.put(formId, request.target().strip(), request.mapping()));
    }

    @DeleteMapping("/binding")
    @Operation(summary = "Unbinds the form; submissions already mapped keep what they became")
    ResponseEntity<Void> delete(@PathVariable String formId) {
        bindings.delete(formId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/unmapped")
    @Operation(summary = "The form's current submissions kept unmapped, newest first, with their reasons")
    PageJson<BindingUnmapped> unmapped(
            @PathVariable String formId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return bindings.unmapped(formId, new Paging(page, size));
    }

    @PostMapping("/unmapped/map")
    @Operation(summary = "Maps again every current unmapped submission (at most 200 per call), oldest first")
    List<BindingOutcome> mapAll(@PathVariable String formId) {
        return bindings.mapAll(formId);
    }

    @PostMapping("/submissions/{submissionId}/map")
    @Operation(
            summary = "Maps an unmapped submission again with the form's binding of now, as the caller; 409 when it"
                    + " is mapped already or an edit replaced it")
    BindingOutcome map(@PathVariable String formId, @PathVariable String submissionId) {
        UUID id;
        try {
            id = UUID.fromString(submissionId);
        } catch (IllegalArgumentException e) {
            throw new BindingSubmissionNotFound(formId, submissionId.length() > 40 ? "" : submissionId);
        }
        return bindings.map(formId, id);
    }
}
