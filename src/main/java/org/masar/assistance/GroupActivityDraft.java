package org.masar.assistance;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.access.UserId;
import org.masar.geo.SiteId;
import org.masar.people.PersonId;

/**
 * A group activity to record. Participants are counted by sex and age: girls and boys are under 18 ({@code
 * people.AgeBand} UNDER_5 to FROM_12_TO_17), women and men 18 and over (FROM_18_TO_59 and FROM_60). The attendance
 * list, when given, names at most as many people as were counted.
 *
 * @param kind a kind of activity (awareness-session, hygiene-promotion, outreach-visit, fumigation, disinfection)
 * @param team the users who ran it (the recorder is added)
 */
public record GroupActivityDraft(
        @Nullable String kind,
        @Nullable String topic,
        @Nullable SiteId site,
        @Nullable String baladiya,
        @Nullable LocalDate heldOn,
        @Nullable String programme,
        @Nullable String project,
        @Nullable Integer women,
        @Nullable Integer men,
        @Nullable Integer girls,
        @Nullable Integer boys,
        List<@Nullable UserId> team,
        List<@Nullable PersonId> attendees) {

    public GroupActivityDraft {
        // Nulls kept (the recorder names them as errors): List.copyOf would refuse them.
        team = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(team));
        attendees = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(attendees));
    }
}
