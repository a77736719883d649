package org.masar.collect.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.OfficeId;
import org.masar.access.UserId;
import org.masar.collect.FormDetail;
import org.masar.collect.FormFile;
import org.masar.collect.FormNotFound;
import org.masar.collect.Forms;
import org.masar.shared.InvalidFields;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriUtils;

/** Forms for ODK Collect, KoboCollect and Enketo: upload (XForm or XLSForm, with media), open, close, limit. */
@RestController
@RequestMapping(path = "/api/v1/collect/forms", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Collect forms", description = "Forms served to phones through the OpenRosa form list")
class FormsApi {

    private final Forms forms;

    FormsApi(Forms forms) {
        this.forms = forms;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Uploads a form (multipart file: an XForm .xml or an XLSForm .xlsx) with any of its media "
                    + "(multipart media); the same form id with a new version adds a version; 409 when that version "
                    + "exists with different content")
    ResponseEntity<FormJson> upload(
            @RequestPart(name = "file", required = false) @Nullable MultipartFile file,
            @RequestPart(name = "media", required = false) @Nullable List<MultipartFile> media) {
        if (file == null || file.isEmpty()) {
            throw new InvalidFields(List.of(new InvalidFields.Field("file", "collect.error.required")));
        }
        FormDetail form = forms.upload(file(file), files(media));
        return ResponseEntity.created(
                        URI.create("/api/v1/collect/forms/" + UriUtils.encodePathSegment(form.formId(), "UTF-8")))
                .body(FormJson.of(form));
    }

    @GetMapping
    @Operation(summary = "Forms, most recently changed first")
    PageJson<FormJson> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return forms.list(new Paging(page, size)).map(FormJson::of);
    }

    @GetMapping("/{formId}")
    @Operation(summary = "A form with its versions and media")
    FormJson get(@PathVariable String formId) {
        return FormJson.of(forms.get(formId));
    }

    @GetMapping(path = "/{formId}/versions/{versionId}/form.xml", produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(summary = "One version's XForm as phones get it (an XLSForm's converted XForm)")
    ResponseEntity<String> xform(@PathVariable String formId, @PathVariable String versionId) {
        UUID version;
        try {
            version = UUID.fromString(versionId);
        } catch (IllegalArgumentException e) {
            throw new FormNotFound(formId);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "xml", StandardCharsets.UTF_8))
                .body(forms.xform(formId, version));
    }

    @PostMapping(path = "/{formId}/media", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Adds media files (multipart media) to the form's latest version")
    FormJson addMedia(
            @PathVariable String formId,
            @RequestPart(name = "media", required = false) @Nullable List<MultipartFile> media) {
        List<FormFile> files = files(media);
        if (files.isEmpty()) {
            throw new InvalidFields(List.of(new InvalidFields.Field("media", "collect.error.required")));
        }
        return FormJson.of(forms.addMedia(formId, files));
    }

    @PostMapping("/{formId}/open")
    @Operation(summary = "Opens the form to phones; 409 while its latest version lacks media")
    FormJson open(@PathVariable String formId) {
        return FormJson.of(forms.open(formId));
    }

    @PostMapping("/{formId}/close")
    @Operation(summary = "Closes the form: it leaves every phone's form list")
    FormJson close(@PathVariable String formId) {
        return FormJson.of(forms.close(formId));
    }

    @PutMapping(path = "/{formId}/access", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Limits the form to users (limitedTo) and offices (offices: every user of one sees it), or "
                    + "gives it to everyone with collect:submit (both null)")
    FormJson access(@PathVariable String formId, @RequestBody FormAccessRequest request) {
        List<InvalidFields.Field> invalid = new ArrayList<>();
        if (request.limitedTo() != null && request.limitedTo().stream().anyMatch(Objects::isNull)) {
            invalid.add(new InvalidFields.Field("limitedTo", "collect.error.required"));
        }
        if (request.offices() != null && request.offices().stream().anyMatch(Objects::isNull)) {
            invalid.add(new InvalidFields.Field("offices", "collect.error.required"));
        }
        if (!invalid.isEmpty()) {
            throw new InvalidFields(invalid);
        }
        Set<UserId> users = request.limitedTo() == null
                ? null
                : new LinkedHashSet<>(
                        request.limitedTo().stream().map(UserId::new).toList());
        Set<OfficeId> offices = request.offices() == null
                ? null
                : new LinkedHashSet<>(
                        request.offices().stream().map(OfficeId::new).toList());
        return FormJson.of(forms.limit(formId, users, offices));
    }

    private static List<FormFile> files(@Nullable List<MultipartFile> media) {
        return media == null
                ? List.of()
                : media.stream().filter(m -> !m.isEmpty()).map(FormsApi::file).toList();
    }

    private static FormFile file(MultipartFile file) {
        try {
            String name = file.getOriginalFilename();
            return new FormFile(
                    name == null || name.isBlank() ? file.getName() : name, file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
