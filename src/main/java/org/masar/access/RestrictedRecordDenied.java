package org.masar.access;

import org.masar.shared.ForbiddenException;

/** The signed-in user may not read this restricted record; the attempt was audited. */
public class RestrictedRecordDenied extends ForbiddenException {

    public RestrictedRecordDenied(RecordRef record) {
        super(true, "access.restricted-record-denied", record.type());
    }
}
