package org.masar.people;

import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A person's answers to one version of a screening questionnaire, with what they set. What a reader is shown depends on
 * their permissions: flags marked restricted, and the answers that set them, are left out for a reader who lacks
 * {@code protection:read-restricted}.
 *
 * @param answers by question id, as given (less what the reader may not see)
 * @param flags the vulnerabilities the answers set, in the order the version defines them
 * @param priority the highest priority any answer set; {@link ScreeningPriority#LOW} when none did
 */
public record Screening(
        ScreeningId id,
        PersonId person,
        ScreeningVersionId version,
        int versionNumber,
        JsonNode answers,
        List<ScreeningFlag> flags,
        ScreeningPriority priority,
        Instant screenedAt,
        String screenedBy) {

    public Screening {
        flags = List.copyOf(flags);
    }
}
