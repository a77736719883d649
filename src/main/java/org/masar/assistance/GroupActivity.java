package org.masar.assistance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.access.UserId;
import org.masar.geo.SiteId;
import org.masar.people.PersonId;

/** A group activity as recorded, with its participants counted by sex and age, its team and its attendance list. */
public record GroupActivity(
        GroupActivityId id,
        String kind,
        String topic,
        @Nullable SiteId site,
        @Nullable String baladiya,
        LocalDate heldOn,
        String programme,
        @Nullable String project,
        int women,
        int men,
        int girls,
        int boys,
        List<UserId> team,
        List<PersonId> attendees,
        Instant recordedAt,
        String recordedBy) {

    public GroupActivity {
        team = List.copyOf(team);
        attendees = List.copyOf(attendees);
    }

    /** Everyone counted. */
    public int participants() {
        return women + men + girls + boys;
    }
}
