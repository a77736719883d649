package org.masar.access;

import org.masar.shared.NotFoundException;

/** The record is not shared with this user, so there is no share to revoke. */
public class RecordShareNotFound extends NotFoundException {

    public RecordShareNotFound(RecordRef record, UserId user) {
        super("access.record-share-not-found", user.toString());
    }
}
