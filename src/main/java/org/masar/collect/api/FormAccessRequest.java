package org.masar.collect.api;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who may see a form: the users named and every user of the offices (teams) named. Both null (or absent) give it to
 * everyone holding {@code collect:submit}; one of them null is read as none.
 *
 * @param limitedTo the ids of the users it is limited to
 * @param offices the ids of the offices it is limited to
 */
record FormAccessRequest(
        @Nullable List<UUID> limitedTo, @Nullable List<UUID> offices) {}
