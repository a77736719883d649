package org.masar.approvals.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.masar.approvals.Approval;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A recorded command as the API sends it.
 *
 * @param id the command's id
 * @param type its type, e.g. {@code dtm.round-publication}
 * @param subject the id of the thing acted on
 * @param summary a short text without personal data
 * @param permission what a checker needs
 * @param baladiya the baladiya a checker must cover, if any
 * @param payload what the command carries for its handler
 * @param status PENDING, APPROVED, REJECTED or WITHDRAWN
 * @param makerId the maker's user id
 * @param requestedAt when it was recorded
 * @param deciderId who decided or withdrew it
 * @param decidedAt when
 * @param reason a rejection's reason
 */
record ApprovalJson(
        String id,
        String type,
        String subject,
        String summary,
        String permission,
        @Nullable String baladiya,
        @Schema(type = "object") JsonNode payload,
        String status,
        String makerId,
        Instant requestedAt,
        @Nullable String deciderId,
        @Nullable Instant decidedAt,
        @Nullable String reason) {

    static ApprovalJson of(Approval approval, JsonMapper json) {
        return new ApprovalJson(
                approval.id().toString(),
                approval.type(),
                approval.subject(),
                approval.summary(),
                approval.permission(),
                approval.baladiya() == null ? null : approval.baladiya().value(),
                json.readTree(approval.payloadJson()),
                approval.status().name(),
                approval.makerId(),
                approval.requestedAt(),
                approval.deciderId(),
                approval.decidedAt(),
                approval.reason());
    }
}
