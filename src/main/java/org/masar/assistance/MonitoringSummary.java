package org.masar.assistance;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A survey's figures: outcomes of the sample, then what the interviewed answered, for all of them and by their sex
 * ({@code F}, {@code M}, {@code unknown}). Counts only, never a name.
 *
 * @param questionnaire the version number the figures read
 */
public record MonitoringSummary(
        UUID survey,
        int questionnaire,
        int sampled,
        int interviewed,
        int notReached,
        int refused,
        int pending,
        Figures all,
        Map<String, Figures> bySex) {

    /**
     * What one group of respondents answered.
     *
     * @param shares by measure ({@code full-package}, {@code useful}, {@code safe}, {@code knows-feedback})
     * @param counts by measure ({@code unsafe-where}, {@code problems})
     */
    public record Figures(
            int respondents,
            @Nullable Satisfaction satisfaction,
            Map<String, Share> shares,
            Map<String, Counts> counts) {}

    /** The satisfaction scale: how many chose each point, and the mean score of those who answered. */
    public record Satisfaction(
            String question, int answered, @Nullable Double mean, List<ChoiceCount> choices) {}

    /** How many answered, how many of them yes (or a favourable choice), and that share (0–1, null when none). */
    public record Share(
            String question,
            int answered,
            int favourable,
            @Nullable Double share) {}

    /**
     * How many answered, how many reported at least one thing (a choice other than "none"), and each choice's count.
     */
    public record Counts(String question, int answered, int reported, List<ChoiceCount> choices) {}

    /** A choice with its labels, its score (satisfaction) and how many chose it. */
    public record ChoiceCount(
            String id,
            String labelEn,
            String labelAr,
            @Nullable Integer score,
            int count) {}
}
