package org.masar.people;

/**
 * A field of a person's details that was refused.
 *
 * @param field the field's path in the API's person JSON ({@code givenName.ar}, {@code documents[0].type})
 * @param code why, as a message key's last part ({@code people.validation.<code>})
 */
public record InvalidField(String field, String code) {}
