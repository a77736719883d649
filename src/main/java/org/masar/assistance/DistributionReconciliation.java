package org.masar.assistance;

import java.util.List;

/**
 * Planned vs given vs stock, worked out when a distribution is closed and kept with it.
 *
 * @param listed beneficiaries on the list
 * @param served beneficiaries who received it
 * @param notServed beneficiaries who did not
 * @param items per stock item (kits counted by their contents)
 */
public record DistributionReconciliation(int listed, int served, int notServed, List<Line> items) {

    public DistributionReconciliation {
        items = List.copyOf(items);
    }

    /**
     * One item: {@code planned} is the list's size times what each beneficiary receives, {@code given} the hand-overs
     * times the same, {@code dispatched} what the stock ledger dispatched for this distribution.
     */
    public record Line(String item, String nameEn, String nameAr, long planned, long given, long dispatched) {

        /** Whether the ledger agrees with the hand-overs. */
        public boolean balanced() {
            return given == dispatched;
        }
    }
}
