package org.masar.access;

import org.masar.shared.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A restricted record is shared only with a reason: the share table keeps it for the supervisor who later asks why
 * someone could read a survivor's file. Every caller of the face gets this 400, not only those behind a validated form.
 */
public class ShareReasonMissing extends ProblemException {

    public ShareReasonMissing() {
        super("access.share-reason-missing", HttpStatus.BAD_REQUEST);
    }
}
