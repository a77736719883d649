package org.masar.assistance;

import java.time.Instant;
import java.util.UUID;
import org.masar.shared.ConflictException;

/**
 * The beneficiary already received this distribution under another hand-over: a 409 whose problem names that hand-over
 * (what the phone shows its user).
 */
public class HandoverAlreadyReceived extends ConflictException {

    private final UUID handoverId;
    private final Instant handedOverAt;
    private final String recordedBy;

    public HandoverAlreadyReceived(UUID handoverId, Instant handedOverAt, String recordedBy) {
        super("assistance.already-received", handedOverAt, recordedBy);
        this.handoverId = handoverId;
        this.handedOverAt = handedOverAt;
        this.recordedBy = recordedBy;
    }

    public UUID handoverId() {
        return handoverId;
    }

    public Instant handedOverAt() {
        return handedOverAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
