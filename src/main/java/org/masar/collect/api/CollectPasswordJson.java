package org.masar.collect.api;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.collect.CollectPassword;
import org.masar.collect.IssuedCollectPassword;

/**
 * A collect password. {@code password}, {@code settings} and {@code qrCode} are given once, in the answer that creates
 * it, and never again.
 *
 * @param settings ODK Collect's settings (zlib-deflated JSON in Base64), what its settings QR code holds
 */
record CollectPasswordJson(
        UUID id,
        String name,
        String prefix,
        Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt,
        @Nullable String password,
        @Nullable String username,
        @Nullable String serverUrl,
        @Nullable String settings,
        @Nullable String qrCode) {

    static CollectPasswordJson of(CollectPassword p) {
        return new CollectPasswordJson(
                p.id(),
                p.name(),
                p.prefix(),
                p.createdAt(),
                p.lastUsedAt(),
                p.revokedAt(),
                null,
                null,
                null,
                null,
                null);
    }

    static CollectPasswordJson of(IssuedCollectPassword issued) {
        CollectPassword p = issued.collectPassword();
        return new CollectPasswordJson(
                p.id(),
                p.name(),
                p.prefix(),
                p.createdAt(),
                p.lastUsedAt(),
                p.revokedAt(),
                issued.password(),
                issued.username(),
                issued.serverUrl(),
                issued.settings(),
                issued.qrCode());
    }
}
