package org.masar.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of walking the chain.
 *
 * @param intact whether every entry's hash and link matched
 * @param entriesChecked how many entries were walked
 * @param firstBrokenSequence the sequence number of the first entry that does not match, if any
 * @param problem what did not match there ({@code hash} or {@code link}), if anything
 */
public record AuditVerification(
        boolean intact,
        long entriesChecked,
        @Nullable Long firstBrokenSequence,
        @Nullable String problem) {}
