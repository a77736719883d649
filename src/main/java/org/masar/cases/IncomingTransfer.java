package org.masar.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * A pending transfer the current user receives (named, or a user of the receiving office), for the list that tells
 * them a case waits for their answer.
 */
public record IncomingTransfer(
        CaseId caseId,
        String caseNumber,
        String caseType,
        UUID transfer,
        String reason,
        Instant requestedAt,
        String requestedBy) {}
