package org.masar.collect;

import org.jspecify.annotations.Nullable;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;

/**
 * Reading and reviewing what phones sent. Holders of {@code collect:review} read every submission of a form; a user
 * holding only {@code collect:submit} reads only those they sent. Every read is audited (who read which form's list,
 * which submission, which file), and so is every refusal; a review decision needs {@code collect:review}.
 */
public interface Submissions {

    /** The forms with their submission counts, for reviewers, most recently received first. */
    PageJson<SubmissionForm> forms(Paging paging);

    /**
     * A form's submissions matching the filter, newest first.
     *
     * @throws FormNotFound when there is no such form
     */
    PageJson<SubmissionSummary> list(String formId, SubmissionFilter filter, Paging paging);

    /**
     * One submission with its answers, versions, attachments and reviews.
     *
     * @throws SubmissionNotFound when the form has no such submission, or the caller may not read it
     */
    SubmissionDetail get(String formId, SubmissionId id);

    /**
     * Records a review decision on the current version of a record.
     *
     * @param state {@link SubmissionReviewState#APPROVED}, {@link SubmissionReviewState#HAS_ISSUES} or
     *     {@link SubmissionReviewState#REJECTED}
     * @throws SubmissionNotCurrent when an edit has replaced it
     * @throws org.masar.shared.InvalidFields when the state is {@code received} or the note is too long
     */
    SubmissionDetail review(String formId, SubmissionId id, SubmissionReviewState state, @Nullable String note);

    /**
     * One attachment's content.
     *
     * @throws SubmissionNotFound when the submission names no such file or it has not arrived yet
     */
    SubmissionFile attachment(String formId, SubmissionId id, String filename);
}
