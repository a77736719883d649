package org.masar.assistance;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A hand-over as the phone sends it.
 *
 * @param id made by the phone: a re-send carries the same id and is recorded once
 * @param receivedBy {@code self} or {@code proxy} (then {@code proxyName} is required)
 * @param handedOverAt when, as the phone saw it
 */
public record HandoverDraft(
        @Nullable UUID id,
        @Nullable UUID beneficiaryId,
        @Nullable String receivedBy,
        @Nullable String proxyName,
        @Nullable Boolean identityChecked,
        @Nullable Instant handedOverAt) {}
