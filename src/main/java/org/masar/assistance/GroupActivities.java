package org.masar.assistance;

import java.util.List;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;

/**
 * Group activities: awareness sessions, hygiene promotion, outreach visits, fumigation and disinfection of detention
 * centres. Recording needs {@code assistance:record}, reading {@code assistance:read}; the people on an attendance
 * list must be within the recorder's scopes.
 */
public interface GroupActivities {

    /** The kinds of activity, in their order. */
    List<ServiceType> kinds();

    /**
     * Records an activity, all or nothing.
     *
     * @throws org.masar.shared.InvalidFields naming every field in error (a 400), nothing written
     */
    GroupActivity record(GroupActivityDraft draft);

    GroupActivity get(GroupActivityId id);

    /** Activities, most recent first. */
    PageJson<GroupActivity> list(Paging paging);
}
