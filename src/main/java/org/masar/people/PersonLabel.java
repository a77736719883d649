package org.masar.people;

/**
 * What a list of another module's records shows of the person each is about: the name parts in each script, joined
 * (either may be empty), and the registration number. Never more: a list shows whom a row is about, the record itself
 * shows the rest to those who may read it.
 */
public record PersonLabel(String arabic, String latin, String registrationNumber) {

    /** The label of a person no longer found (never expected: persons are deleted softly). */
    public static PersonLabel unknown() {
        return new PersonLabel("", "", "");
    }
}
