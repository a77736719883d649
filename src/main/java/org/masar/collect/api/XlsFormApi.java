package org.masar.collect.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.masar.collect.ConvertedXForm;
import org.masar.collect.XlsForms;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Converts an XLSForm to an ODK XForm with the converter the form upload uses, for form designers and scripts: nothing
 * is kept. Needs {@code collect:manage-forms}.
 */
@RestController
@RequestMapping("/api/v1/collect/xlsform")
@Tag(name = "Collect forms", description = "XLSForm conversion, forms and their versions")
class XlsFormApi {

    /** The form's id, version and the media it names, for scripts that go on to upload them. */
    static final String FORM_ID = "X-XForm-Id";

    static final String VERSION = "X-XForm-Version";
    static final String MEDIA = "X-XForm-Media";

    private final XlsForms xlsForms;

    XlsFormApi(XlsForms xlsForms) {
        this.xlsForms = xlsForms;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('collect:manage-forms')")
    @Operation(
            summary = "Converts an XLSForm (.xlsx, multipart part 'file') to an ODK XForm, as pyxform does; nothing is"
                    + " kept. 200 with the XForm; 400 problem collect.xlsform-invalid whose 'errors' name the sheet,"
                    + " row and reason of every error (also for a file that is not an .xlsx workbook)",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "the XForm; headers X-XForm-Id, X-XForm-Version and X-XForm-Media (the media"
                                + " files it names, comma-separated)",
                        content = @Content(mediaType = "application/xml", schema = @Schema(type = "string"))),
                @ApiResponse(
                        responseCode = "400",
                        description = "the workbook is not a valid XLSForm",
                        content = @Content(mediaType = "application/problem+json"))
            })
    ResponseEntity<String> convert(@RequestPart("file") MultipartFile file) throws IOException {
        ConvertedXForm form = xlsForms.convert(
                file.getBytes(), file.getOriginalFilename() == null ? "data.xlsx" : file.getOriginalFilename());
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .contentType(new MediaType("application", "xml", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(form.formId() + ".xml", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(FORM_ID, form.formId());
        if (form.version() != null) {
            answer.header(VERSION, form.version());
        }
        if (!form.mediaFiles().isEmpty()) {
            answer.header(MEDIA, String.join(",", form.mediaFiles()));
        }
        return answer.body(form.xml());
    }
}
