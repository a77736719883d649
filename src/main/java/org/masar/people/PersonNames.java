package org.masar.people;

import java.util.stream.Stream;

/**
 * A person's name, part by part, each in either script.
 *
 * @param given the given name
 * @param father the father's name
 * @param grandfather the grandfather's name
 * @param family the family name
 */
public record PersonNames(NamePart given, NamePart father, NamePart grandfather, NamePart family) {

    /** Whether at least one part is given in one script. */
    public boolean hasAny() {
        return Stream.of(given, father, grandfather, family).anyMatch(part -> !part.isEmpty());
    }

    /** The parts given in Arabic script, in order, joined by spaces (empty when none). */
    public String arabic() {
        return join(Stream.of(given.ar(), father.ar(), grandfather.ar(), family.ar()));
    }

    /** The parts given in Latin script, in order, joined by spaces (empty when none). */
    public String latin() {
        return join(Stream.of(given.lat(), father.lat(), grandfather.lat(), family.lat()));
    }

    private static String join(Stream<String> parts) {
        return String.join(" ", parts.filter(java.util.Objects::nonNull).toList());
    }
}
