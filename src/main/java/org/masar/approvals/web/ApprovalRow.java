package org.masar.approvals.web;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.masar.approvals.Approval;

/**
 * One command as a page shows it, its labels already resolved in the user's language.
 *
 * @param id the command's id
 * @param typeLabel the type's label ({@code approvals.type.<type>}, from the owning module's bundle), else the type
 * @param summary the command's short text
 * @param subject the id of the thing acted on
 * @param status the status's name, for styling
 * @param statusLabel the status's label
 * @param maker the maker's display name
 * @param requestedAt when it was recorded
 * @param decider who decided or withdrew it, by display name
 * @param decidedAt when
 * @param reason a rejection's reason
 * @param mine whether the current user made it
 * @param subjectPage where the checker reviews what the command would do, when its type names a page (details only)
 */
public record ApprovalRow(
        String id,
        String typeLabel,
        String summary,
        String subject,
        String status,
        String statusLabel,
        String maker,
        Instant requestedAt,
        @Nullable String decider,
        @Nullable Instant decidedAt,
        @Nullable String reason,
        boolean mine,
        @Nullable String subjectPage) {

    public boolean pending() {
        return "PENDING".equals(status);
    }

    /** Whether the current user may decide it here: pending, and not theirs (they see it, so they may check it). */
    public boolean decidable() {
        return pending() && !mine;
    }

    /** Whether the current user may withdraw it here: pending, and theirs. */
    public boolean withdrawable() {
        return pending() && mine;
    }

    static ApprovalRow of(Approval approval, Labels labels, String me) {
        return of(approval, labels, me, null);
    }

    static ApprovalRow of(Approval approval, Labels labels, String me, @Nullable String subjectPage) {
        return new ApprovalRow(
                approval.id().toString(),
                labels.type(approval.type()),
                approval.summary(),
                approval.subject(),
                approval.status().name(),
                labels.status(approval.status()),
                labels.user(approval.makerId()),
                approval.requestedAt(),
                approval.deciderId() == null ? null : labels.user(approval.deciderId()),
                approval.decidedAt(),
                approval.reason(),
                approval.makerId().equals(me),
                subjectPage);
    }

    /** The labels of one page: types and statuses in the user's language, users' display names. */
    interface Labels {
        String type(String type);

        String status(org.masar.approvals.ApprovalStatus status);

        String user(String userId);
    }
}
