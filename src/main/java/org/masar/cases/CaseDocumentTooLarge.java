package org.masar.cases;

import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;

/** The upload is larger than a case's document may be: a 413. */
public class CaseDocumentTooLarge extends ProblemException {

    /** The largest document a case holds, in bytes. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    public CaseDocumentTooLarge() {
        super("cases.document-too-large", HttpStatus.CONTENT_TOO_LARGE, MAX_BYTES / (1024 * 1024));
    }
}
