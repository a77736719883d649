package org.masar.assistance;

import org.masar.shared.ConflictException;

/** A monitoring step the survey's state refuses: a 409, nothing written. */
public class MonitoringConflict extends ConflictException {

    private MonitoringConflict(String code, Object... arguments) {
        super("assistance.monitoring." + code, arguments);
    }

    /** The distribution or cycle has no (non-voided) recipients to sample. */
    public static MonitoringConflict noRecipients(String source, Object id) {
        return new MonitoringConflict("no-recipients", source, id);
    }

    /** The person was not drawn into the survey's sample. */
    public static MonitoringConflict notSampled(Object person) {
        return new MonitoringConflict("not-sampled", person);
    }

    /** The person's interview (or outcome) is recorded already. */
    public static MonitoringConflict alreadyRecorded(Object person) {
        return new MonitoringConflict("already-recorded", person);
    }
}
