package org.masar.collect;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One submission with what it answered (labels in the reader's language), the versions of its record (its edits),
 * its attachments and its review history.
 *
 * @param formTitle the title of the version it was filled in
 * @param answers the answers outside repeats, in form order
 * @param repeats each repeat of the form with its instances, in form order
 * @param versions every version of the record, newest first (this one among them)
 * @param reviews every review decision, oldest first
 */
public record SubmissionDetail(
        SubmissionSummary summary,
        String formTitle,
        List<Answer> answers,
        List<Repeat> repeats,
        List<SubmissionSummary> versions,
        List<Attachment> attachments,
        List<Review> reviews) {

    public SubmissionDetail {
        answers = List.copyOf(answers);
        repeats = List.copyOf(repeats);
        versions = List.copyOf(versions);
        attachments = List.copyOf(attachments);
        reviews = List.copyOf(reviews);
    }

    /**
     * One question's answer.
     *
     * @param path the question's path below the instance root
     * @param label its label in the reader's language (the form's default when it has none in it); null without one
     * @param type the bind's type ({@code string}, {@code select1}, {@code binary}…)
     * @param value the answer as sent (choice values for selects, a file name for attachments); null when unanswered
     * @param valueLabel for selects, the chosen choices' labels; null otherwise
     */
    public record Answer(
            String path,
            @Nullable String label,
            String type,
            @Nullable String value,
            @Nullable String valueLabel) {}

    /**
     * A repeat and its instances.
     *
     * @param path the repeat's path below the instance root
     */
    public record Repeat(String path, List<RepeatInstance> instances) {

        public Repeat {
            instances = List.copyOf(instances);
        }
    }

    /**
     * One instance of a repeat.
     *
     * @param index its position, from 1; nested repeats are dotted ({@code 2.1}: the first of the second)
     */
    public record RepeatInstance(String index, List<Answer> answers) {

        public RepeatInstance {
            answers = List.copyOf(answers);
        }
    }

    /**
     * A file the instance names.
     *
     * @param present whether its content has arrived (it may come in a later request)
     */
    public record Attachment(
            String filename,
            @Nullable String contentType,
            @Nullable Long size,
            boolean present,
            @Nullable Instant receivedAt) {}

    /** One review decision. */
    public record Review(
            SubmissionReviewState state, @Nullable String note, String reviewedBy, Instant reviewedAt) {}
}
