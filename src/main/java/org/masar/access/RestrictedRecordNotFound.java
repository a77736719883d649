package org.masar.access;

import org.masar.shared.NotFoundException;

/** No record of this type has this id: a 404, answered before any question of who may read it. */
public class RestrictedRecordNotFound extends NotFoundException {

    public RestrictedRecordNotFound(RecordRef record) {
        super("access.restricted-record-not-found", record.id().toString());
    }
}
