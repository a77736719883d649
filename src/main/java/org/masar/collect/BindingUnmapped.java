package org.masar.collect;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A submission kept unmapped, for review.
 *
 * @param submissionId the submission's id
 * @param instanceId the phone's {@code meta/instanceID}
 * @param submitter the username that sent it
 * @param target the target it was to be mapped into
 * @param reason why it was not (the answer missing or unreadable, or what the target refused)
 */
public record BindingUnmapped(
        UUID submissionId,
        String instanceId,
        String submitter,
        Instant receivedAt,
        @Nullable String target,
        @Nullable String reason) {}
