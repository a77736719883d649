package org.masar.collect;

import org.masar.shared.ConflictException;

/** An edit has replaced this submission: reviews go to the record's current version. A 409. */
public class SubmissionNotCurrent extends ConflictException {

    public SubmissionNotCurrent(SubmissionId id) {
        super("collect.submission-not-current", id.toString());
    }
}
