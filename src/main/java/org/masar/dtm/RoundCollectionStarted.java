package org.masar.dtm;

/**
 * Enumerators may enter the round's assessments. Carries the id only; a listener that needs more asks {@link Rounds}.
 *
 * @param id the round
 */
public record RoundCollectionStarted(RoundId id) {}
