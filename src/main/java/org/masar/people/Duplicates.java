package org.masar.people;

import java.util.List;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;

/**
 * The supervisor's side of "one person, one record": the queue of likely duplicate pairs, merging one record into
 * another, undoing a merge, and recording that two records are not the same person. Every step needs
 * {@code people:merge} and is audited. A supervisor may meet persons outside their scope here: those are shown only as
 * far as needed to recognise them, and each such view is audited ({@code people.person.recognised}).
 */
public interface Duplicates {

    /** The open pairs whose two sides are both current records (not merged, not deleted), best score first. */
    PageJson<DuplicatePair> openPairs(Paging paging);

    /**
     * One pair, in whichever order its two persons are named, whatever its status.
     *
     * @throws PairNotFound when the engine never proposed them
     */
    DuplicatePair pair(PersonId one, PersonId other);

    /**
     * Merges {@code merged} into {@code survivor}. The merged record stays as a row pointing to the survivor, keeps
     * all it holds, and is no longer anyone's duplicate candidate; its timeline shows under the survivor's; every
     * module re-points what it holds through {@link PersonMerged}. A survivor that was itself merged stands for the
     * record it was merged into ({@link People#current}). A pair of the two, if proposed, is marked merged.
     *
     * @throws PersonNotFound when either was never registered
     * @throws MergeRefused when the two are one record, either is deleted, or {@code merged} is already merged
     */
    Merge merge(PersonId merged, PersonId survivor);

    /**
     * Undoes the merge of a person: their record is their own again, a candidate for duplicates again, and the pair,
     * if proposed, open again for a decision. Other modules move back what they moved through {@link PersonUnmerged}.
     *
     * @throws MergeRefused when the person is not merged
     */
    Merge unmerge(PersonId merged);

    /**
     * Records that the two persons of a proposed pair are not the same person: the pair leaves the queue and neither
     * registration nor the scheduled scan proposes it again.
     *
     * @throws PairNotFound when the engine never proposed them
     * @throws MergeRefused when the pair was decided already
     */
    DuplicatePair notSame(PersonId one, PersonId other);

    /**
     * The merges into a person, newest first, undone ones included; needs {@code people:read} and the person in scope.
     */
    List<Merge> mergesInto(PersonId survivor);
}
