package org.masar.cases;

import org.masar.shared.PageJson;
import org.masar.shared.Paging;

/**
 * Notes on a case. Notes are append-only: a note is never edited nor deleted; a mistake is corrected by a new note
 * that names the one it corrects, and both stay, so what was written at the time is never lost silently. A note of a
 * restricted case, or one marked restricted, is sealed with {@code shared.SecretBox} before it reaches the database
 * and opened only for readers of the case. Reading needs {@code cases:read} and the case readable (audited when the
 * case is restricted; a restricted note of a normal case is audited too); writing needs {@code cases:write} and an
 * open case.
 */
public interface CaseNotes {

    /** The case's notes, newest first. */
    PageJson<CaseNote> ofCase(CaseId caseId, Paging paging);

    /**
     * Writes a note.
     *
     * @throws org.masar.shared.InvalidFields when the text is empty or too long
     */
    CaseNote write(CaseId caseId, NewCaseNote note);

    /**
     * Writes a correction of a note: a new note naming it (sealed when either is).
     *
     * @throws CaseNoteAlreadyCorrected when the note already has a correction
     */
    CaseNote correct(CaseId caseId, CaseNoteId note, NewCaseNote correction);
}
