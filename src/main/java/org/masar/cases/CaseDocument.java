package org.masar.cases;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A document attached to a case, without its content.
 *
 * @param mediaType found from the content at upload, never from the name
 * @param deletedAt when it was deleted (soft: the row stays, the content is no longer served)
 */
public record CaseDocument(
        CaseDocumentId id,
        CaseId caseId,
        String fileName,
        String mediaType,
        int sizeBytes,
        @Nullable String description,
        Instant uploadedAt,
        String uploadedBy,
        @Nullable Instant deletedAt,
        @Nullable String deletedBy,
        @Nullable String deleteReason) {}
