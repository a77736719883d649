package org.masar.people.internal.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

public final class DuplicateEngine {
    public static final int CANDIDATE_LIMIT = 200;
    private static final DuplicateEngine STANDARD = new DuplicateEngine();

    public static DuplicateEngine standard() {
        return STANDARD;
    }

    public Profile profile(MatchInput input) {
        String names = String.join(
                        " ",
                        Stream.of(input.given(), input.father(), input.grandfather(), input.family())
                                .flatMap(n -> Stream.of(n.ar(), n.lat()))
                                .filter(s -> s != null && !s.isBlank())
                                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                                .toList())
                .strip();
        return new Profile(
                names,
                input.phones().stream().map(PhoneNumbers::normalise).toList(),
                input.documents().stream()
                        .map(d -> DocumentNumbers.normalise(d.number()))
                        .toList());
    }

    public Comparison compare(Profile query, Profile candidate) {
        List<Reason> reasons = new ArrayList<>();
        double score = 0;
        if (query.names.equals(candidate.names)) {
            score += 0.6;
            reasons.add(new Reason("same-names", List.of()));
        }
        if (query.documents.stream().anyMatch(candidate.documents::contains)) {
            score += 0.4;
            reasons.add(new Reason("same-document", List.of()));
        }
        return new Comparison(Math.min(1, score), score >= likelyThreshold(), reasons);
    }

    public double likelyThreshold() {
        return 0.6;
    }
}
