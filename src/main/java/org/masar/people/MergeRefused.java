package org.masar.people;

import org.masar.shared.ConflictException;

/** A merge, its undoing or a decision on a pair that the records' current state does not allow: a 409. */
public class MergeRefused extends ConflictException {

    private MergeRefused(String code, Object... arguments) {
        super(code, arguments);
    }

    /** A person cannot be merged into themself (also when the survivor's own merges lead back to them). */
    public static MergeRefused intoItself(PersonId id) {
        return new MergeRefused("people.merge-into-itself", id);
    }

    /** Neither side of a merge may be a deleted person. */
    public static MergeRefused deleted(PersonId id) {
        return new MergeRefused("people.merge-of-deleted", id);
    }

    /** The person was already merged into someone; undo that first. */
    public static MergeRefused alreadyMerged(PersonId id, PersonId survivor) {
        return new MergeRefused("people.already-merged", id, survivor);
    }

    /** Only a merged person can be restored. */
    public static MergeRefused notMerged(PersonId id) {
        return new MergeRefused("people.not-merged", id);
    }

    /** The pair was decided already (merged, or not the same person). */
    public static MergeRefused pairDecided(PersonId one, PersonId other) {
        return new MergeRefused("people.pair-decided", one, other);
    }
}
