package org.masar.cases;

/**
 * One workflow stage of a case type, in order; a case opens at the first and rests, once closed, at a closing stage.
 *
 * @param position 1 for the first stage
 * @param closing whether a case moved here is closed
 */
public record CaseStage(String code, int position, String nameEn, String nameAr, boolean closing) {}
