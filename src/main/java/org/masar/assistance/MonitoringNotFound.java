package org.masar.assistance;

import org.masar.shared.NotFoundException;

/** No survey, questionnaire version or interview has this id or number: a 404. */
public class MonitoringNotFound extends NotFoundException {

    public MonitoringNotFound(String what, Object id) {
        super("assistance.monitoring." + what + "-not-found", id);
    }
}
