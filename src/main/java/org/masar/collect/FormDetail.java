package org.masar.collect;

import java.time.Instant;
import java.util.List;
import org.masar.access.OfficeId;
import org.masar.access.UserId;

/**
 * A form with all its versions, newest first, and who may see it.
 *
 * @param limited whether only the users and offices named see it (a limited form naming nobody is seen by nobody)
 * @param users the users it is limited to (empty when not limited)
 * @param offices the offices it is limited to: every user of one of them sees it (empty when not limited)
 * @param version the optimistic-lock version of the form's settings
 */
public record FormDetail(
        String formId,
        String title,
        FormState state,
        boolean limited,
        List<UserId> users,
        List<OfficeId> offices,
        List<FormVersion> versions,
        int version,
        Instant updatedAt) {

    public FormDetail {
        users = List.copyOf(users);
        offices = List.copyOf(offices);
        versions = List.copyOf(versions);
    }

    /** The version phones are given. */
    public FormVersion latest() {
        return versions.getFirst();
    }
}
