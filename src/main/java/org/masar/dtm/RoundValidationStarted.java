package org.masar.dtm;

/**
 * The round's latest version entered validation. Carries the id only; a listener that needs more asks {@link Rounds}.
 *
 * @param id the round
 */
public record RoundValidationStarted(RoundId id) {}
