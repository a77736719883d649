package org.masar.approvals;

import org.jspecify.annotations.Nullable;
import org.masar.geo.PCode;

/**
 * A command to record for a second user's decision.
 *
 * @param type the command type, owned by one module, e.g. {@code dtm.round-publication}; its label is the bundle key
 *     {@code approvals.type.<type>}, which the owning module ships in its own bundle, and one {@link ApprovalHandler}
 *     bean must be registered for it
 * @param subject the id of the thing acted on (e.g. a round version's id); one pending command per type and subject
 * @param summary a short text without personal data shown in the queue (e.g. "Round 52, version 1")
 * @param permission what the checker needs, e.g. {@code dtm:publish}
 * @param baladiya the baladiya the command concerns, if any: the checker must then cover it
 * @param payloadJson a JSON object the handler needs (kept as {@code jsonb}); {@code "{}"} when none
 */
public record NewApproval(
        String type,
        String subject,
        String summary,
        String permission,
        @Nullable PCode baladiya,
        String payloadJson) {}
