package org.masar.cases;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A note on a case, as its readers see it (a restricted note's text opened for them).
 *
 * @param restricted stored sealed (the case is restricted, or the writer marked the note so)
 * @param corrects the note this one corrects, if it is a correction
 * @param correctedBy the correction of this note, if there is one: the text here is then superseded, but kept
 */
public record CaseNote(
        CaseNoteId id,
        CaseId caseId,
        boolean restricted,
        String text,
        @Nullable CaseNoteId corrects,
        @Nullable CaseNoteId correctedBy,
        Instant writtenAt,
        String writtenBy) {}
