package org.masar.access;

import org.masar.shared.ForbiddenException;

/**
 * The signed-in user may not share this restricted record or revoke its shares (being able to read it is not enough);
 * the attempt was audited.
 */
public class RestrictedShareDenied extends ForbiddenException {

    public RestrictedShareDenied(RecordRef record) {
        super(true, "access.restricted-share-denied", record.type());
    }
}
