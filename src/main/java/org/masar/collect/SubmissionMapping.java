package org.masar.collect;

import org.jspecify.annotations.Nullable;

/**
 * What the form's binding made of a submission.
 *
 * @param state {@code mapped} or {@code unmapped}
 * @param target the binding's target ({@code dtm-assessment}, {@code people-registration}…)
 * @param ref what was made there (an assessment's or a person's id), when mapped
 * @param reason why it could not be mapped, when unmapped: it is kept for review
 */
public record SubmissionMapping(
        String state,
        @Nullable String target,
        @Nullable String ref,
        @Nullable String reason) {}
