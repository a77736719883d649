package org.masar.people.internal.matching;

import java.util.List;

/**
 * How much two profiles look like one person.
 *
 * @param score 0..1, higher is more alike
 * @param likely the engine's own decision at {@link DuplicateEngine#likelyThreshold()}
 * @param reasons what the user sees, most telling first
 */
public record Comparison(double score, boolean likely, List<Reason> reasons) {
    public Comparison {
        reasons = List.copyOf(reasons);
    }
}
