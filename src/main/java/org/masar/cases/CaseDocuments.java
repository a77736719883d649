package org.masar.cases;

import java.util.List;

/**
 * Documents attached to a case (an identity paper, a medical report, a signed consent), stored outside the case's
 * row. Only PDF, JPEG, PNG and WebP are taken, told by their content (never by their name or declared type), up to
 * {@link CaseDocumentTooLarge#MAX_BYTES}. Served only to readers of the case; every download is audited. Deleting is
 * soft, with a reason. A restricted case's documents are stored sealed with {@code shared.SecretBox}. Reading
 * needs {@code cases:read} and the case readable; attaching and deleting need
 * {@code cases:write} and an open case.
 */
public interface CaseDocuments {

    /** The case's documents, newest first, deleted ones included (marked). */
    List<CaseDocument> ofCase(CaseId caseId);

    /**
     * Attaches a document.
     *
     * @throws CaseDocumentRejected when the content is not of an allowed type (415)
     * @throws CaseDocumentTooLarge when it is larger than allowed (413)
     */
    CaseDocument attach(CaseId caseId, NewCaseDocument document);

    /**
     * A document's content, for a reader of the case; audited.
     *
     * @throws CaseDocumentNotFound when there is no such document or it was deleted
     */
    CaseDocumentContent content(CaseId caseId, CaseDocumentId document);

    /** Deletes a document (softly) with a reason. */
    CaseDocument delete(CaseId caseId, CaseDocumentId document, String reason);
}
