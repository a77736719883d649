package org.masar.assistance;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.people.PersonId;

/** A recorded hand-over. */
public record Handover(
        UUID id,
        UUID beneficiaryId,
        PersonId person,
        String receivedBy,
        @Nullable String proxyName,
        boolean identityChecked,
        Instant handedOverAt,
        Instant recordedAt,
        String recordedBy) {}
