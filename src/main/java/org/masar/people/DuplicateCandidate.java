package org.masar.people;

import java.util.List;

/**
 * A stored person who may be the same as the one being registered.
 *
 * @param score the engine's confidence, 0 to 1
 * @param likely the engine's own decision at its own threshold
 * @param reasons why, best reason first
 * @param inScope whether the user may open the full record
 */
public record DuplicateCandidate(
        RecognisablePerson person, double score, boolean likely, List<MatchReason> reasons, boolean inScope) {

    public DuplicateCandidate {
        reasons = List.copyOf(reasons);
    }
}
