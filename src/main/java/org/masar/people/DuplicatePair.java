package org.masar.people;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Two stored persons the duplicate engine found likely to be one, for a supervisor's review. Each side is shown only as
 * far as needed to recognise them; showing a side outside the viewer's scope is audited.
 *
 * @param one the side with the smaller id
 * @param other the side with the larger id
 * @param score the engine's confidence when the pair was found, 0 to 1
 * @param foundBy {@code registration} (when the second was registered) or {@code scan} (the scheduled scan)
 */
public record DuplicatePair(
        Side one,
        Side other,
        double score,
        List<MatchReason> reasons,
        String foundBy,
        Instant foundAt,
        PairStatus status,
        @Nullable Instant decidedAt,
        @Nullable String decidedBy) {

    public DuplicatePair {
        reasons = List.copyOf(reasons);
    }

    /**
     * One side of a pair.
     *
     * @param inScope whether the viewer may open the person's whole record
     * @param mergedInto the survivor, when this side has been merged meanwhile
     */
    public record Side(
            RecognisablePerson person,
            boolean inScope,
            @Nullable PersonId mergedInto) {}
}
