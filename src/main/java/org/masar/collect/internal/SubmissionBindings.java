package org.masar.collect.internal;

import java.util.UUID;
import org.masar.access.UserId;

/**
 * Turns a stored submission into what its form is bound to (a DTM key-informant assessment, a flow-monitoring
 * survey, a people screening, a new registration through people's duplicate detection).
 *
 * <p>Ingestion maps a new submission with {@link #mapOrUndo} before its row is written, and undoes its whole transaction
 * when the target refuses; it maps an edit with {@link #map} once its row is written. There the target runs within a
 * savepoint that {@link #map} holds: whatever the target refuses or throws rolls back to that savepoint only and comes
 * back as {@link Unmapped} with its reason. Either way the submission is kept and shown for review, never dropped. The
 * caller is the phone's user, signed in with their own permissions: the target's own permission checks apply to them.
 */
public interface SubmissionBindings {

    /** A submission as stored, for the binding of its form. */
    record Stored(
            UUID submissionId,
            UUID formUuid,
            String formId,
            FormSchema schema,
            String instanceId,
            @org.jspecify.annotations.Nullable String deprecatedId,
            SubmissionAnswers answers,
            UserId submittedBy) {}

    /** What became of a submission. */
    sealed interface Outcome permits Unbound, Mapped, Unmapped {}

    /** Its form has no binding: nothing to do, the mapping columns stay null. */
    record Unbound() implements Outcome {}

    /** Recorded in its target: {@code ref} names the record made (an assessment id, a person id…). */
    record Mapped(String target, String ref) implements Outcome {}

    /** Kept for review: the target refused it, or a mapped field was missing or unreadable; {@code reason} says which. */
    record Unmapped(String target, String reason) implements Outcome {}

    /** Maps one stored submission; never throws for what the target refuses (that is an {@link Unmapped}). */
    Outcome map(Stored submission);

    /** The same, with the form's binding (its target and mapping) already read by the caller. */
    Outcome map(Stored submission, String target, String mappingJson);

    /**
     * Maps a submission in the caller's transaction without a savepoint of its own, for a caller that undoes its whole
     * transaction when the target refuses (a savepoint costs two round trips to the database, at every submission).
     * Returns what was recorded, or throws {@link NotMapped}: the caller's transaction then holds whatever the target
     * wrote before refusing, or is aborted, and must be rolled back.
     */
    Mapped mapOrUndo(Stored submission, String target, String mappingJson);

    /** The target refused a submission mapped by {@link #mapOrUndo}: the caller rolls back, and keeps it unmapped. */
    final class NotMapped extends RuntimeException {

        private final Unmapped outcome;

        NotMapped(Unmapped outcome) {
            super(outcome.reason(), null, false, false);
            this.outcome = outcome;
        }

        public Unmapped outcome() {
            return outcome;
        }
    }
}
