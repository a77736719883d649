package org.masar.people.internal.matching;

import java.util.List;
import java.util.Map;

/**
 * How many stored persons of a query's sex and nationality there are ({@code cohort}), and how many of them bear each
 * of the query's name words ({@code ofWord}, by the word's key form), as the holders of its counting keys tell
 * ({@link BlockingKeys}, {@code c|S|NAT}); the candidate among them. From these, how many of the cohort would bear
 * every word a candidate's names share with the query's at about its age, were names given word by word at random
 * ({@link #expected}): a figure that grows with the register, where the names' other bearers are what it has met.
 */
public record WordBearers(int cohort, Map<String, Integer> ofWord) {

    /** Nothing counted: a query without a nationality, or a comparison made without a register. */
    public static final WordBearers UNKNOWN = new WordBearers(0, Map.of());

    /**
     * The share of a cohort born within the couple of years that an age, estimated or not, is compared within: ages of
     * those a migration register holds gather in twenty years or so.
     */
    static final double AGE_SHARE = 0.25;

    /**
     * What is taken of a cohort before any of it is counted: each word borne by one in ten ({@code PRIOR_SHARE}), as
     * though ten persons ({@code PRIOR_PERSONS}) had shown it. The first few persons of a nationality registered show
     * almost nothing of how common their names are (the only Gambian of a register bears his names, one in one), yet
     * few others in the register can bear them: the first Lamin Jallow of a register met again is far likelier the one
     * registered than a stranger of his names. Counted persons outweigh it soon; among hundreds it is nothing.
     */
    static final double PRIOR_PERSONS = 10;

    static final double PRIOR_SHARE = 0.1;

    /**
     * How many of the cohort would bear all of {@code words} (key forms) at one age, each word borne as often as the
     * register shows it and the words given independently: the cohort times each word's share of it, times
     * {@link #AGE_SHARE}; one at least bears each, the candidate, and each share starts from {@link #PRIOR_SHARE}
     * as though {@link #PRIOR_PERSONS} more had been counted. NaN when a word's bearers are not known (a word not of
     * the query's own, such as two words joined in the comparison) or no words are given.
     */
    double expected(List<String> words) {
        if (cohort <= 0 || words.isEmpty()) {
            return Double.NaN;
        }
        double expected = cohort * AGE_SHARE;
        for (String word : words) {
            Integer bearers = ofWord.get(word);
            if (bearers == null) {
                return Double.NaN;
            }
            // the candidate bears it, though perhaps spelled so that it keys otherwise (Hamadou, حمادو)
            expected *= (Math.max(1.0, bearers) + PRIOR_PERSONS * PRIOR_SHARE) / (cohort + PRIOR_PERSONS);
        }
        return expected;
    }
}
