package org.masar.dtm;

import org.masar.shared.NotFoundException;

/** No emergency event has this id: a 404. */
public class EmergencyEventNotFound extends NotFoundException {

    public EmergencyEventNotFound(EmergencyEventId id) {
        super("dtm.event-not-found", id.toString());
    }
}
