package org.masar.dtm.internal;

import java.time.Instant;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.masar.dtm.EmergencyEventId;
import org.masar.dtm.EmergencyFirstReported;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An emergency event as something with states: awaiting its first report, then reported (on time or late, by
 * {@link EmergencyDeadline}). Only the columns the reporting owns are mapped; what the event is (type, place, incident)
 * is written once with {@code JdbcClient} in {@link EmergencyEventService} and read there. Of two first reports
 * recorded at once, the {@code @Version} lock lets one through and refuses the other with a 409, so an event never has
 * two first reports.
 */
@Table("dtm_emergency_event")
class EmergencyEventReporting extends AbstractAggregateRoot<EmergencyEventReporting> {

    @Id
    private final EmergencyEventId id;

    @ReadOnlyProperty
    private final Instant incidentAt;

    private @Nullable Instant firstReportedAt;

    @Version
    private @Nullable Integer lockVersion;

    @PersistenceCreator
    EmergencyEventReporting(
            EmergencyEventId id, Instant incidentAt, @Nullable Instant firstReportedAt, @Nullable Integer lockVersion) {
        this.id = id;
        this.incidentAt = incidentAt;
        this.firstReportedAt = firstReportedAt;
        this.lockVersion = lockVersion;
    }

    /** What recording an update did to the event. */
    enum Report {
        /** The event's first report, recorded on time. */
        FIRST_ON_TIME,
        /** The event's first report, recorded after it was due. */
        FIRST_LATE,
        /** A later update. */
        LATER
    }

    /** Records that an update was recorded at the given instant; the first one is the event's first report. */
    Report report(Instant at) {
        if (firstReportedAt != null) {
            return Report.LATER;
        }
        firstReportedAt = at;
        registerEvent(new EmergencyFirstReported(id));
        return deadline().lateIfReportedAt(at) ? Report.FIRST_LATE : Report.FIRST_ON_TIME;
    }

    EmergencyDeadline deadline() {
        return new EmergencyDeadline(incidentAt, firstReportedAt);
    }

    /** The events raised and not yet published; overridden only so that this package's tests can read them. */
    @Override
    @DomainEvents
    protected Collection<Object> domainEvents() {
        return super.domainEvents();
    }

    EmergencyEventId id() {
        return id;
    }

    Instant incidentAt() {
        return incidentAt;
    }

    @Nullable
    Instant firstReportedAt() {
        return firstReportedAt;
    }
}
