package org.masar.people;

/**
 * A vulnerability a screening found, with its labels as its questionnaire version defines them.
 *
 * @param restricted whether only readers holding {@code protection:read-restricted} may see it
 */
public record ScreeningFlag(String code, String labelEn, String labelAr, boolean restricted) {}
