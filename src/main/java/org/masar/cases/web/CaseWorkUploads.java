package org.masar.cases.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.cases.CaseDocumentContent;
import org.masar.cases.CaseDocumentTooLarge;
import org.masar.cases.NewCaseDocument;
import org.masar.shared.InvalidFields;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** A case document's upload and download over HTTP, the same for the pages and the API. */
public final class CaseWorkUploads {

    private CaseWorkUploads() {}

    /** The upload as the face takes it; an unreadable part is a 400, one over the limit a 413. */
    public static NewCaseDocument read(MultipartFile file, @Nullable String description) {
        if (file.getSize() > CaseDocumentTooLarge.MAX_BYTES) {
            throw new CaseDocumentTooLarge();
        }
        try {
            String name = file.getOriginalFilename();
            return new NewCaseDocument(name == null ? "" : name, description, file.getBytes());
        } catch (IOException unreadable) {
            throw new InvalidFields(List.of(new InvalidFields.Field("file", "cases-work.invalid.file")));
        }
    }

    /**
     * The content as a download: always an attachment (never rendered in the application's origin), its name
     * encoded as RFC 6266 says, the type the content was found to be, and never cached (a shared phone must not keep
     * it).
     */
    public static ResponseEntity<byte[]> download(CaseDocumentContent content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(content.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(content.bytes());
    }
}
