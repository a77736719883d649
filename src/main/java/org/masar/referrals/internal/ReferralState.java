package org.masar.referrals.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.referrals.ReferralId;
import org.masar.referrals.ReferralNotInState;
import org.masar.referrals.ReferralOutcome;
import org.masar.referrals.ReferralStatus;
import org.masar.shared.InvalidFields;

/**
 * A referral as something with states: sent, then accepted or declined (with a reason), then done (with an outcome);
 * revoked by its sender while not done. It guards its transitions; {@link ReferralStore#save} writes them under its
 * version, so that two answers at once end with exactly one.
 */
final class ReferralState {

    static final int LONGEST_TEXT = 2000;

    private final ReferralId id;
    private final UUID person;
    private final @Nullable UUID toOrganisation;
    private final @Nullable UUID toOffice;
    private final UUID sentBy;
    private final @Nullable String timelinePermission;
    private final int version;
    private ReferralStatus status;
    private @Nullable Instant answeredAt;
    private @Nullable String answeredBy;
    private @Nullable String declineReason;
    private @Nullable Instant completedAt;
    private @Nullable String completedBy;
    private @Nullable ReferralOutcome outcome;
    private @Nullable String outcomeNote;
    private @Nullable Instant revokedAt;
    private @Nullable String revokedBy;
    private @Nullable String revokeReason;

    ReferralState(
            ReferralId id,
            UUID person,
            @Nullable UUID toOrganisation,
            @Nullable UUID toOffice,
            UUID sentBy,
            @Nullable String timelinePermission,
            ReferralStatus status,
            int version) {
        this.id = id;
        this.person = person;
        this.toOrganisation = toOrganisation;
        this.toOffice = toOffice;
        this.sentBy = sentBy;
        this.timelinePermission = timelinePermission;
        this.status = status;
        this.version = version;
    }

    void accept(String by, Instant at) {
        require(status == ReferralStatus.SENT);
        status = ReferralStatus.ACCEPTED;
        answeredAt = at;
        answeredBy = by;
    }

    void decline(String by, Instant at, String reason) {
        String why = text("reason", reason);
        require(status == ReferralStatus.SENT);
        status = ReferralStatus.DECLINED;
        answeredAt = at;
        answeredBy = by;
        declineReason = why;
    }

    void complete(String by, Instant at, ReferralOutcome how, @Nullable String note) {
        String kept = note == null || note.isBlank() ? null : optional("note", note);
        require(status == ReferralStatus.ACCEPTED);
        status = ReferralStatus.DONE;
        completedAt = at;
        completedBy = by;
        outcome = how;
        outcomeNote = kept;
    }

    void revoke(String by, Instant at, String reason) {
        String why = text("reason", reason);
        require(status.open());
        status = ReferralStatus.REVOKED;
        revokedAt = at;
        revokedBy = by;
        revokeReason = why;
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw new ReferralNotInState(id, status);
        }
    }

    private static String text(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFields(java.util.List.of(new InvalidFields.Field(field, "referrals.error.required")));
        }
        return optional(field, value);
    }

    private static String optional(String field, String value) {
        String stripped = value.strip();
        if (stripped.length() > LONGEST_TEXT) {
            throw new InvalidFields(java.util.List.of(new InvalidFields.Field(field, "referrals.error.too-long")));
        }
        return stripped;
    }

    ReferralId id() {
        return id;
    }

    UUID person() {
        return person;
    }

    @Nullable
    UUID toOrganisation() {
        return toOrganisation;
    }

    @Nullable
    UUID toOffice() {
        return toOffice;
    }

    UUID sentBy() {
        return sentBy;
    }

    @Nullable
    String timelinePermission() {
        return timelinePermission;
    }

    int version() {
        return version;
    }

    ReferralStatus status() {
        return status;
    }

    @Nullable
    Instant answeredAt() {
        return answeredAt;
    }

    @Nullable
    String answeredBy() {
        return answeredBy;
    }

    @Nullable
    String declineReason() {
        return declineReason;
    }

    @Nullable
    Instant completedAt() {
        return completedAt;
    }

    @Nullable
    String completedBy() {
        return completedBy;
    }

    @Nullable
    ReferralOutcome outcome() {
        return outcome;
    }

    @Nullable
    String outcomeNote() {
        return outcomeNote;
    }

    @Nullable
    Instant revokedAt() {
        return revokedAt;
    }

    @Nullable
    String revokedBy() {
        return revokedBy;
    }

    @Nullable
    String revokeReason() {
        return revokeReason;
    }
}
