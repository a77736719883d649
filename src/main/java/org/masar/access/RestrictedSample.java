package org.masar.access;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A sample record guarded by the restricted-record rule (the shape later modules follow). */
public record RestrictedSample(
        RestrictedSampleId id,
        String title,
        Sensitivity sensitivity,
        @Nullable UserId assignedTo,
        Instant createdAt,
        int version) {

    /** The reference the restricted-record rule knows this record by. */
    public RecordRef ref() {
        return RestrictedSamples.ref(id);
    }
}
