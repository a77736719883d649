package org.masar.cases;

import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * The upload's content is not of a type a case may hold (PDF, JPEG, PNG, WebP), whatever its name or declared type
 * says: a 415.
 */
public class CaseDocumentRejected extends ProblemException {

    public CaseDocumentRejected() {
        super("cases.document-rejected", HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }
}
