package org.masar.people.api;

import java.util.List;
import org.masar.people.DuplicateCandidate;
import org.masar.people.MatchReason;

/**
 * A stored person who may be the one asked about.
 *
 * @param score the engine's confidence, 0 to 1
 * @param likely the engine's own decision at its own threshold
 * @param reasons why, each with a code, its arguments and its text in the caller's language
 * @param person what is needed to recognise the person (names, sex, age, nationality, registration number)
 */
record CandidateJson(
        String personId,
        String registrationNumber,
        double score,
        boolean likely,
        List<ReasonJson> reasons,
        RecognisableJson person) {

    /** One reason, readable by a program (code, args) and by a person (text). */
    record ReasonJson(String code, List<String> args, String text) {}

    static CandidateJson of(DuplicateCandidate candidate, java.util.function.Function<MatchReason, String> text) {
        return new CandidateJson(
                candidate.person().id().toString(),
                candidate.person().registrationNumber(),
                candidate.score(),
                candidate.likely(),
                candidate.reasons().stream()
                        .map(reason -> new ReasonJson(reason.code(), reason.args(), text.apply(reason)))
                        .toList(),
                RecognisableJson.of(candidate.person()));
    }
}
