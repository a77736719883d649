package org.masar.assistance;

/**
 * Hand-overs at a distribution (need {@code assistance:record} and the distribution within the user's scopes). One
 * beneficiary receives once (a unique index); the same hand-over id sent again is answered with what was recorded.
 */
public interface Handovers {

    /** What a phone needs to work offline (audited as a read of the list). */
    HandoverList handoverList(DistributionId id);

    /**
     * Records a hand-over in one transaction: the stock dispatched from the distribution's warehouse, a received service
     * on the person's timeline, the hand-over audited.
     *
     * @throws HandoverAlreadyReceived when the beneficiary received under another id
     * @throws HandoverIdConflict when the id names another beneficiary's hand-over
     * @throws DistributionNotOpen when the distribution is not open
     * @throws StockInsufficient when the warehouse cannot cover it
     */
    HandoverOutcome handOver(DistributionId id, HandoverDraft draft);

    /** Checks that the user may record hand-overs at this distribution (before a batch); 403 otherwise. */
    void checkMayRecord(DistributionId id);
}
