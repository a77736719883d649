package org.masar.dtm;

/**
 * A round was planned. Carries the id only; a listener that needs more asks {@link Rounds}.
 *
 * @param id the round
 */
public record RoundCreated(RoundId id) {}
