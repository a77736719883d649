package org.masar.cases.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.masar.cases.CaseDocumentId;
import org.masar.cases.CaseDocuments;
import org.masar.cases.CaseId;
import org.masar.cases.api.CaseWorkJson.CaseWorkDocumentJson;
import org.masar.cases.api.CaseWorkJson.CaseWorkReasonRequest;
import org.masar.cases.web.CaseWorkUploads;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Documents attached to a case: uploaded as multipart (PDF, JPEG, PNG or WebP, told by the content; at most 5 MB),
 * served only to readers of the case as an attachment, never cached; deleted softly with a reason.
 */
@RestController
@Tag(name = "Case documents", description = "Documents attached to a case, served only to its readers")
class CaseWorkDocumentsApi {

    private final CaseDocuments documents;

    CaseWorkDocumentsApi(CaseDocuments documents) {
        this.documents = documents;
    }

    @GetMapping(path = "/api/v1/cases/{id}/documents", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The case's documents, newest first, deleted ones marked")
    PageJson<CaseWorkDocumentJson> list(
            @PathVariable CaseId id,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "items per page, at most 200") @RequestParam(defaultValue = "50") int size) {
        return new Paging(page, size).slice(documents.ofCase(id)).map(CaseWorkDocumentJson::of);
    }

    @PostMapping(
            path = "/api/v1/cases/{id}/documents",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Attaches a document (415 when its content is not PDF, JPEG, PNG or WebP; 413 over 5 MB)")
    ResponseEntity<CaseWorkDocumentJson> upload(
            @PathVariable CaseId id,
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) @Nullable String description) {
        CaseWorkDocumentJson document =
                CaseWorkDocumentJson.of(documents.attach(id, CaseWorkUploads.read(file, description)));
        return ResponseEntity.created(URI.create(Objects.requireNonNull(document.contentUrl())))
                .body(document);
    }

    @GetMapping("/api/v1/cases/{id}/documents/{documentId}/content")
    @Operation(summary = "A document's content, as an attachment, for a reader of the case (audited)")
    ResponseEntity<byte[]> content(@PathVariable CaseId id, @PathVariable CaseDocumentId documentId) {
        return CaseWorkUploads.download(documents.content(id, documentId));
    }

    @PostMapping(
            path = "/api/v1/cases/{id}/documents/{documentId}/deletion",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Deletes a document softly, with a reason; its content is no longer served")
    CaseWorkDocumentJson delete(
            @PathVariable CaseId id,
            @PathVariable CaseDocumentId documentId,
            @Valid @RequestBody CaseWorkReasonRequest request) {
        return CaseWorkDocumentJson.of(documents.delete(id, documentId, Objects.requireNonNull(request.reason())));
    }
}
