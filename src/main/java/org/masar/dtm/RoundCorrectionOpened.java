package org.masar.dtm;

/**
 * A published round was reopened as its next version, for a correction. Carries the id only; a listener that needs more asks {@link Rounds}.
 *
 * @param id the round
 */
public record RoundCorrectionOpened(RoundId id) {}
