package org.masar.assistance;

/**
 * A hand-over sent: {@code created} when recorded now, false when the same id had been recorded before (a re-send).
 */
public record HandoverOutcome(Handover handover, boolean created) {}
