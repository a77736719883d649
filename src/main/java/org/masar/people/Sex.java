package org.masar.people;

/** Sex as recorded at registration ({@code M} or {@code F} in the API). */
public enum Sex {
    M,
    F
}
