package org.masar.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Cases: the face other modules and the module's pages use. Every step checks the permission ({@code cases:read},
 * {@code cases:write}), the user's scopes and the restricted-record rule, carries the case's version (a stale one is
 * the 409 {@code conflict.stale}), is kept in the case's history, audited, and put on the person's timeline.
 */
public interface Cases {

    /**
     * What another module may know of a case, for a reader of it: needs {@code cases:read}, the case within the
     * user's scopes ({@link CaseOutOfScope}, 403) and a restricted case's read is checked and audited by
     * {@code access.RestrictedRecords} (403 when refused).
     *
     * @throws CaseNotFound when there is no such case
     */
    CaseSummary summary(CaseId id);

    /**
     * Opens a case at its type's first stage ({@code cases:write}); the person must be in the user's scopes.
     *
     * @throws org.masar.shared.InvalidFields naming the fields in error
     */
    CaseDetails open(NewCase command);

    /** A case with its flags, pending transfer and history; the same checks as {@link #summary}. */
    CaseDetails get(CaseId id);

    /**
     * Moves a case to another stage of its type: at once when the move needs no approval, else recorded as a
     * {@code cases.stage-change} command for a supervisor (the case then shows it pending). Moving into a closing stage
     * closes the case and needs a reason.
     *
     * @throws CaseTransitionRefused when the type names no such move
     */
    CaseDetails moveStage(CaseId id, String to, @Nullable String reason, int version);

    /** Reopens a closed case with a reason, at the stage it was closed from. */
    CaseDetails reopen(CaseId id, String reason, int version);

    /** Asks to hand the case over to a caseworker or an office; the case is {@code transferred} meanwhile. */
    CaseDetails requestTransfer(CaseId id, NewTransfer transfer, int version);

    /** The receiver takes the case on: it is theirs (and their office's), open again. */
    CaseDetails acceptTransfer(CaseId id, UUID transfer, int version);

    /** The receiver declines with a reason: the case is open again where it was. */
    CaseDetails declineTransfer(CaseId id, UUID transfer, String reason, int version);

    /** The sender (or the assignee) cancels a pending transfer. */
    CaseDetails cancelTransfer(CaseId id, UUID transfer, int version);

    /** Flags the case with a short message and a date, for every reader of it. */
    CaseDetails addFlag(CaseId id, String message, LocalDate date, int version);

    /** Removes a current flag with a reason. */
    CaseDetails removeFlag(CaseId id, UUID flag, String reason, int version);

    /**
     * Records an assessment of an open case: answers to its type's current questionnaire version, checked against the
     * schema derived from it.
     *
     * @throws org.masar.shared.InvalidFields naming each answer that does not fit ({@code answers.<question>})
     */
    CaseAssessment assess(CaseId id, JsonNode answers, int version);

    /**
     * The pending transfers the current user receives, oldest first ({@code cases:write}): named to them, or to an
     * office their scopes cover.
     */
    List<IncomingTransfer> incomingTransfers();

    /** A case's assessments, newest first; the same checks as {@link #get}. */
    List<CaseAssessment> assessments(CaseId id);
}
