package org.masar.collect.api;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who may see a form.
 *
 * @param limitedTo the users it is limited to; null (or absent) for everyone holding {@code collect:submit}
 */
record FormAccessRequest(@Nullable List<UUID> limitedTo) {}
