package org.masar.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of walking the chain.
 *
 * @param intact whether every link's MAC and position matched, and no entry stayed unlinked past the grace period
 * @param entriesChecked how many linked entries were walked
 * @param firstBrokenSequence the sequence number of the first entry that does not match, if any
 * @param problem what did not match there, if anything: {@code hash} (its content or MAC changed), {@code link} (an
 *     entry before it was removed or moved), {@code missing} (its entry is gone) or {@code unchained} (committed long
 *     ago and still not linked: the chainer is not running, or someone emptied its queue)
 * @param pendingEntries entries committed so recently that the chainer has not linked them yet; not a fault
 */
public record AuditVerification(
        boolean intact,
        long entriesChecked,
        @Nullable Long firstBrokenSequence,
        @Nullable String problem,
        long pendingEntries) {}
