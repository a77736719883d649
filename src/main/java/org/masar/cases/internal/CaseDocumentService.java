package org.masar.cases.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.Sensitivity;
import org.masar.cases.CaseDocument;
import org.masar.cases.CaseDocumentContent;
import org.masar.cases.CaseDocumentId;
import org.masar.cases.CaseDocumentNotFound;
import org.masar.cases.CaseDocumentRejected;
import org.masar.cases.CaseDocumentTooLarge;
import org.masar.cases.CaseDocuments;
import org.masar.cases.CaseId;
import org.masar.cases.CaseSummary;
import org.masar.cases.NewCaseDocument;
import org.masar.shared.InvalidFields;
import org.masar.shared.SecretBox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents attached to cases: the row in {@code cases_case_document}, the bytes in
 * {@code cases_case_document_content} (both following the case's visibility). The type is told by the first bytes of
 * the content, never by the name or the type the client declared, so a program renamed {@code .pdf} is refused. The
 * bytes of a restricted case's document are sealed by {@link SecretBox}, as its notes are.
 */
@Service
class CaseDocumentService implements CaseDocuments {

    static final String SUBJECT = "case-document";
    static final int LONGEST_NAME = 200;
    static final int LONGEST_DESCRIPTION = 500;
    static final int LONGEST_REASON = 1000;

    private static final String SELECT = """
            SELECT id, case_id, file_name, media_type, size_bytes, description, uploaded_at, uploaded_by, deleted_at,
                   deleted_by, delete_reason
              FROM cases_case_document
            """;

    private final JdbcClient jdbc;
    private final CaseWorkGuard guard;
    private final SecretBox box;

    CaseDocumentService(JdbcClient jdbc, CaseWorkGuard guard, SecretBox box) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.box = box;
    }

    @Override
    @PreAuthorize("hasAuthority('cases:read')")
    @Transactional(readOnly = true)
    public List<CaseDocument> ofCase(CaseId caseId) {
        guard.readable(caseId);
        return jdbc.sql(SELECT + " WHERE case_id = :case ORDER BY uploaded_at DESC, id")
                .param("case", caseId.value())
                .query((row, n) -> document(row))
                .list();
    }

    @Override
    @PreAuthorize("hasAuthority('cases:write')")
    @Transactional
    public CaseDocument attach(CaseId caseId, NewCaseDocument document) {
        CaseSummary summary = guard.writable(caseId);
        byte[] bytes = document.bytes();
        if (bytes.length > CaseDocumentTooLarge.MAX_BYTES) {
            throw new CaseDocumentTooLarge();
        }
        if (bytes.length == 0) {
            throw new InvalidFields(List.of(new InvalidFields.Field("file", "cases-work.invalid.file")));
        }
        String mediaType = sniff(bytes).orElseThrow(CaseDocumentRejected::new);
        @Nullable
        String description =
                document.description() == null || document.description().isBlank()
                        ? null
                        : document.description().strip();
        if (description != null && description.length() > LONGEST_DESCRIPTION) {
            throw new InvalidFields(List.of(new InvalidFields.Field("description", "cases-work.invalid.description")));
        }
        UUID id = UUID.randomUUID();
        Instant now = guard.now();
        String by = guard.actor();
        jdbc.sql("""
                        INSERT INTO cases_case_document (id, case_id, file_name, media_type, size_bytes, sha256,
                                                         description, uploaded_at, uploaded_by, version)
                        VALUES (:id, :case, :name, :type, :size, :sha, :description, :now, :by, 0)
                        """)
                .param("id", id)
                .param("case", caseId.value())
                .param("name", safeName(document.fileName(), mediaType))
                .param("type", mediaType)
                .param("size", bytes.length)
                .param("sha", sha256(bytes))
                .param("description", description)
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
        boolean sealed = summary.sensitivity() == Sensitivity.RESTRICTED;
        jdbc.sql("""
                        INSERT INTO cases_case_document_content (document_id, case_id, sealed, content)
                        VALUES (:id, :case, :sealed, :content)
                        """)
                .param("id", id)
                .param("case", caseId.value())
                .param("sealed", sealed)
                .param("content", sealed ? box.seal(bytes).getBytes(StandardCharsets.US_ASCII) : bytes)
                .update();
        guard.audit(
                "cases.document.attached",
                SUBJECT,
                id,
                caseId,
                Map.of("mediaType", mediaType, "size", Integer.toString(bytes.length)));
        guard.onTimeline(summary, "document.attached", id, now);
        return load(caseId, new CaseDocumentId(id));
    }

    @Override
    @PreAuthorize("hasAuthority('cases:read')")
    @Transactional(readOnly = true)
    public CaseDocumentContent content(CaseId caseId, CaseDocumentId documentId) {
        guard.readable(caseId);
        CaseDocument document = load(caseId, documentId);
        if (document.deletedAt() != null) {
            throw new CaseDocumentNotFound(documentId);
        }
        byte[] bytes = jdbc.sql("SELECT sealed, content FROM cases_case_document_content WHERE document_id = :id")
                .param("id", documentId.value())
                .query((row, n) -> row.getBoolean("sealed")
                        ? box.open(new String(row.getBytes("content"), StandardCharsets.US_ASCII))
                        : row.getBytes("content"))
                .optional()
                .orElseThrow(() -> new CaseDocumentNotFound(documentId));
        guard.audit("cases.document.downloaded", SUBJECT, documentId.value(), caseId, Map.of());
        return new CaseDocumentContent(document.fileName(), document.mediaType(), bytes);
    }

    @Override
    @PreAuthorize("hasAuthority('cases:write')")
    @Transactional
    public CaseDocument delete(CaseId caseId, CaseDocumentId documentId, String reason) {
        guard.writable(caseId);
        String why = reason.strip();
        if (why.isEmpty() || why.length() > LONGEST_REASON) {
            throw new InvalidFields(List.of(new InvalidFields.Field("reason", "cases-work.invalid.reason")));
        }
        int updated = jdbc.sql("""
                        UPDATE cases_case_document
                           SET deleted_at = :now, deleted_by = :by, delete_reason = :reason, version = version + 1
                         WHERE id = :id AND case_id = :case AND deleted_at IS NULL
                        """)
                .param("now", Timestamp.from(guard.now()))
                .param("by", guard.actor())
                .param("reason", why)
                .param("id", documentId.value())
                .param("case", caseId.value())
                .update();
        if (updated == 0) {
            // Unknown, or deleted already: either way there is no such document to delete.
            throw new CaseDocumentNotFound(documentId);
        }
        guard.audit("cases.document.deleted", SUBJECT, documentId.value(), caseId, Map.of());
        return load(caseId, documentId);
    }

    /** The media type the content's first bytes announce, if it is one a case may hold. */
    static Optional<String> sniff(byte[] b) {
        if (startsWith(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return Optional.of("image/png");
        }
        if (b.length > 12
                && startsWith(b, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && b[8] == 'W'
                && b[9] == 'E'
                && b[10] == 'B'
                && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    /**
     * The name to keep: its last path segment, without control or quoting characters, at most {@value #LONGEST_NAME}
     * characters; "document" with the type's extension when nothing is left.
     */
    static String safeName(@Nullable String given, String mediaType) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>:*?|]", "_").strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            name = "document" + extension(mediaType);
        }
        return name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) : name;
    }

    private static String extension(String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> ".pdf";
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            default -> ".webp";
        };
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private CaseDocument load(CaseId caseId, CaseDocumentId documentId) {
        return jdbc.sql(SELECT + " WHERE id = :id AND case_id = :case")
                .param("id", documentId.value())
                .param("case", caseId.value())
                .query((row, n) -> document(row))
                .optional()
                .orElseThrow(() -> new CaseDocumentNotFound(documentId));
    }

    private static CaseDocument document(ResultSet row) throws SQLException {
        Timestamp deletedAt = row.getTimestamp("deleted_at");
        return new CaseDocument(
                new CaseDocumentId(row.getObject("id", UUID.class)),
                new CaseId(row.getObject("case_id", UUID.class)),
                row.getString("file_name"),
                row.getString("media_type"),
                row.getInt("size_bytes"),
                row.getString("description"),
                row.getTimestamp("uploaded_at").toInstant(),
                row.getString("uploaded_by"),
                deletedAt == null ? null : deletedAt.toInstant(),
                row.getString("deleted_by"),
                row.getString("delete_reason"));
    }
}
