package org.masar.people;

/**
 * A supervisor merged {@code merged} into {@code survivor}: every module re-points what it holds of the merged person
 * to the survivor, idempotently. Carries no personal data.
 */
public record PersonMerged(PersonId merged, PersonId survivor) {}
