package org.masar.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.masar.audit.AuditEntry;

/**
 * The exact bytes the chain is made of: every field of an entry, each length-prefixed so that no two different entries
 * produce the same bytes, details in key order.
 *
 * <p>Links are keyed: HMAC-SHA-256 over the previous link's MAC, the link's position and the entry, so a forged row
 * cannot be given a MAC that verifies without the key. Entries written before links existed (V15) carry an unkeyed
 * SHA-256 chain of their own, which {@link #legacyHash} still recomputes so that they keep verifying.
 */
final class AuditChain {

    /** The link of the very first entry of the V15 chain. */
    static final String GENESIS = "0".repeat(64);

    /** What the first link continues: no MAC yet. */
    static final byte[] FIRST = new byte[32];

    private AuditChain() {}

    /** A MAC object for one thread's use: javax.crypto.Mac is not thread-safe, but cheap to create. */
    static Mac mac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    /** The MAC of the link at {@code position}, which continues {@code previousMac} and points to {@code entry}. */
    static byte[] link(Mac mac, byte[] previousMac, long position, AuditEntry entry) {
        StringBuilder canonical = new StringBuilder(256);
        field(canonical, HexFormat.of().formatHex(previousMac));
        field(canonical, Long.toString(position));
        field(canonical, Long.toString(entry.sequence()));
        fields(canonical, entry);
        return mac.doFinal(canonical.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The unkeyed SHA-256 hash that V15 stored in {@code audit_entry.hash}; checked, never written any more. */
    static String legacyHash(String previousHash, AuditEntry entry) {
        StringBuilder canonical = new StringBuilder();
        field(canonical, previousHash);
        fields(canonical, entry);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Every field of the entry but its sequence, in a fixed order; details in key order. */
    private static void fields(StringBuilder canonical, AuditEntry entry) {
        field(canonical, entry.occurredAt().toString());
        field(canonical, entry.actor());
        field(canonical, entry.clientAddress());
        field(canonical, entry.userAgent());
        field(canonical, entry.action());
        field(canonical, entry.outcome().name());
        field(canonical, entry.subjectType());
        field(canonical, entry.subjectId());
        field(canonical, entry.reason());
        new TreeMap<>(entry.details()).forEach((key, value) -> {
            field(canonical, key);
            field(canonical, value);
        });
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
