package org.masar.people;

/** A person was registered. Carries no personal data. */
public record PersonRegistered(PersonId id) {}
