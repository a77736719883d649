package org.masar.people;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person's one timeline across programmes. Each module adds its entries as it records things (in its own
 * transaction); readers see the entries their permissions allow.
 */
public interface PersonTimeline {

    /**
     * Adds an entry to a person's timeline (the survivor's, when the person was merged).
     *
     * @param visibleWith a permission a reader needs to see the entry ({@code protection:read-restricted}), or null
     *     for every reader of the person
     */
    void add(PersonId person, TimelineEntry entry, @Nullable String visibleWith);

    /**
     * The entries of a person the user may see, newest first, including those of records merged into them. Needs
     * {@code people:read} and the person in scope.
     */
    List<TimelineEntry> entriesOf(PersonId person);
}
