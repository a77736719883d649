package org.masar.dtm.web;

import org.jspecify.annotations.Nullable;

/**
 * A coverage gap as the round's page lists it.
 *
 * @param pcode the unit's P-code
 * @param name its name in the reader's language
 * @param reason the reason's code, labelled by the template
 * @param note the note, if any
 */
record RoundGapView(
        String pcode, String name, String reason, @Nullable String note) {}
