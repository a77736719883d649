package org.masar.collect.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * Reads a stored instance document again (to map a submission again, to show it): the same reader ingestion used
     * when it was received, its repeats told apart by its version's schema.
     */
    public static SubmissionAnswers read(String xml, FormSchema schema) {
        Set<String> repeats = Set.copyOf(schema.repeats());
        return SubmissionInstance.read(xml.getBytes(StandardCharsets.UTF_8), root -> repeats)
                .answers();
    }

    /** The answer at a path, or null when it was not answered. */
    public @Nullable String value(String path) {
        return values.get(path);
    }
}
