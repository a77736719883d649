package org.masar.assistance;

import org.masar.shared.ForbiddenException;

/** The survey's programme or baladiya is outside those the user is limited to: a 403. */
public class MonitoringOutOfScope extends ForbiddenException {

    public MonitoringOutOfScope(Object survey) {
        super("assistance.monitoring.out-of-scope", survey);
    }
}
