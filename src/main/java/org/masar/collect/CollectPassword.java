package org.masar.collect;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A password for one phone, as its owner sees it later: never the password, only its first characters.
 *
 * @param name what the owner called it (the phone)
 * @param prefix the password's first characters, to recognise it
 * @param lastUsedAt when a phone last signed in with it on the OpenRosa endpoints
 */
public record CollectPassword(
        UUID id,
        String name,
        String prefix,
        Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
