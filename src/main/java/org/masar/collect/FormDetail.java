package org.masar.collect;

import java.time.Instant;
import java.util.List;
import org.masar.access.UserId;

/**
 * A form with all its versions, newest first, and who may see it.
 *
 * @param users the users it is limited to (empty when not limited)
 * @param version the optimistic-lock version of the form's settings
 */
public record FormDetail(
        String formId,
        String title,
        FormState state,
        boolean limited,
        List<UserId> users,
        List<FormVersion> versions,
        int version,
        Instant updatedAt) {

    public FormDetail {
        users = List.copyOf(users);
        versions = List.copyOf(versions);
    }

    /** The version phones are given. */
    public FormVersion latest() {
        return versions.getFirst();
    }
}
