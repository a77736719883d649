package org.masar.access.sample;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.Sensitivity;
import org.masar.access.UserId;

/** One sample record, as the sample face returns it. */
public record RestrictedSample(
        UUID id,
        String title,
        Sensitivity sensitivity,
        @Nullable UserId assignedTo,
        Instant createdAt,
        int version) {}
