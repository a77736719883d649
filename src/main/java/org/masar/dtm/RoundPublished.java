package org.masar.dtm;

/**
 * A version of the round was approved and published; dashboards and exports may read it. Carries the id only; a listener that needs more asks {@link Rounds}.
 *
 * @param id the round
 */
public record RoundPublished(RoundId id) {}
