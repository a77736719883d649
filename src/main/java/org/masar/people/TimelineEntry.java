package org.masar.people;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a person's timeline, written by the module that did the thing. Its text is the message
 * {@code <module>.timeline.<kind>} with {@link #details()} as named values; it names its record by id so a page can link
 * to it.
 *
 * @param module the module that wrote it ({@code people}, {@code cases}…)
 * @param kind what happened ({@code registered}, {@code screened}, {@code case.opened}…)
 * @param recordId the module's record, when there is one
 * @param actor who did it (a username, or {@code system})
 * @param details short values the message shows; never narratives
 */
public record TimelineEntry(
        Instant occurredAt,
        String module,
        String kind,
        @Nullable String recordId,
        String actor,
        Map<String, String> details) {

    public TimelineEntry {
        details = Map.copyOf(details);
    }

    /** The message key of the entry's text. */
    public String messageKey() {
        return module + ".timeline." + kind;
    }
}
