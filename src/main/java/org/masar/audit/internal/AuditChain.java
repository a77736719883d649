package org.masar.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.masar.audit.AuditOutcome;

/**
 * How an entry's hash is made: SHA-256 over the previous entry's hash and every field of the entry, each field
 * length-prefixed so that no two different entries can produce the same bytes. Details are hashed in key order.
 */
final class AuditChain {

    /** The link of the very first entry. */
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    static String hash(
            String previousHash,
            Instant occurredAt,
            String actor,
            @Nullable String clientAddress,
            @Nullable String userAgent,
            String action,
            AuditOutcome outcome,
            @Nullable String subjectType,
            @Nullable String subjectId,
            @Nullable String reason,
            Map<String, String> details) {
        StringBuilder canonical = new StringBuilder();
        field(canonical, previousHash);
        field(canonical, occurredAt.toString());
        field(canonical, actor);
        field(canonical, clientAddress);
        field(canonical, userAgent);
        field(canonical, action);
        field(canonical, outcome.name());
        field(canonical, subjectType);
        field(canonical, subjectId);
        field(canonical, reason);
        new TreeMap<>(details).forEach((key, value) -> {
            field(canonical, key);
            field(canonical, value);
        });
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static void field(StringBuilder canonical, @Nullable String value) {
        if (value == null) {
            canonical.append("-1:");
        } else {
            canonical.append(value.length()).append(':').append(value);
        }
        canonical.append('|');
    }
}
