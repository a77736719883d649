package org.masar.approvals;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.masar.geo.PCode;

/**
 * A recorded command and its decision, as the face returns it.
 *
 * @param id the public id
 * @param type the command type, e.g. {@code dtm.round-publication}
 * @param subject the id of the thing acted on
 * @param summary a short text without personal data
 * @param permission what the checker needs
 * @param baladiya the baladiya the checker must cover, if any
 * @param payloadJson the handler's JSON object
 * @param status where it stands
 * @param makerId the maker's user id ({@code access.UserId} as text)
 * @param requestedAt when it was recorded
 * @param deciderId who approved, rejected or withdrew it ({@code access.UserId} as text), while not pending
 * @param decidedAt when it was decided or withdrawn
 * @param reason the reason of a rejection
 */
public record Approval(
        ApprovalId id,
        String type,
        String subject,
        String summary,
        String permission,
        @Nullable PCode baladiya,
        String payloadJson,
        ApprovalStatus status,
        String makerId,
        Instant requestedAt,
        @Nullable String deciderId,
        @Nullable Instant decidedAt,
        @Nullable String reason) {}
