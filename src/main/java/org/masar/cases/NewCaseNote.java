package org.masar.cases;

/**
 * A note to write on a case.
 *
 * @param restricted seal it even though the case is not restricted (a note of a restricted case always is)
 */
public record NewCaseNote(String text, boolean restricted) {}
