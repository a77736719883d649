package org.masar.collect.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What one submission answered, read once from its instance document (with the JDK's StAX reader) when it is
 * received: ingestion, bindings and pages read these, never the XML again.
 *
 * @param values every answered leaf outside repeats, by its path below the instance root ({@code meta/instanceID},
 *     {@code location/baladiya}); an empty element is absent
 * @param repeats every repeat's instances, in order, by the repeat's path; each instance's values and nested repeats
 *     are keyed by their paths relative to the repeat
 */
public record SubmissionAnswers(Map<String, String> values, Map<String, List<SubmissionAnswers>> repeats) {

    /** The answer at a path, or null when it was not answered. */
    public @Nullable String value(String path) {
        return values.get(path);
    }
}
