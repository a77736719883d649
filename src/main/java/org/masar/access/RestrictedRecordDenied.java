package org.masar.access;

import org.masar.shared.ForbiddenException;

/** The signed-in user may not read this restricted record; the attempt was audited. */
public class RestrictedRecordDenied extends ForbiddenException {

    public RestrictedRecordDenied(RecordRef record) {
        super("access.restricted-record-denied", record.type());
    }

    /** {@link RestrictedRecords} records the denied read, with the record, before it throws. */
    @Override
    public boolean auditedWhereRaised() {
        return true;
    }
}
