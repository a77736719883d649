package org.masar.referrals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.masar.referrals.ReferralId;
import org.masar.referrals.ReferralNotInState;
import org.masar.referrals.ReferralOutcome;
import org.masar.referrals.ReferralStatus;
import org.masar.shared.InvalidFields;

/** Every transition of a referral, allowed and refused. */
class ReferralStateTests {

    static final Instant AT = Instant.parse("2026-12-04T08:00:00Z");

    @Test
    void sentIsAcceptedThenDoneWithAnOutcome() {
        ReferralState referral = referral(ReferralStatus.SENT);
        referral.accept("partner", AT);
        assertThat(referral.status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(referral.answeredBy()).isEqualTo("partner");
        assertThatThrownBy(() -> referral.accept("partner", AT)).isInstanceOf(ReferralNotInState.class);
        assertThatThrownBy(() -> referral.decline("partner", AT, "Full")).isInstanceOf(ReferralNotInState.class);
        referral.complete("partner", AT, ReferralOutcome.SERVICE_DELIVERED, "  ");
        assertThat(referral.status()).isEqualTo(ReferralStatus.DONE);
        assertThat(referral.outcomeNote()).isNull();
        assertThatThrownBy(() -> referral.revoke("sender", AT, "Too late")).isInstanceOf(ReferralNotInState.class);
        assertThatThrownBy(() -> referral.complete("partner", AT, ReferralOutcome.OTHER, null))
                .isInstanceOf(ReferralNotInState.class);
    }

    @Test
    void aDeclineNeedsAReasonAndEndsIt() {
        ReferralState referral = referral(ReferralStatus.SENT);
        assertThatThrownBy(() -> referral.decline("partner", AT, " ")).isInstanceOf(InvalidFields.class);
        assertThatThrownBy(() -> referral.decline("partner", AT, "x".repeat(2001)))
                .isInstanceOf(InvalidFields.class);
        assertThat(referral.status()).isEqualTo(ReferralStatus.SENT);
        referral.decline("partner", AT, " No capacity ");
        assertThat(referral.declineReason()).isEqualTo("No capacity");
        assertThatThrownBy(() -> referral.complete("partner", AT, ReferralOutcome.OTHER, null))
                .isInstanceOf(ReferralNotInState.class);
        assertThatThrownBy(() -> referral.revoke("sender", AT, "Why")).isInstanceOf(ReferralNotInState.class);
    }

    @Test
    void onlyAnOpenReferralIsRevokedAndOnlyWithAReason() {
        ReferralState sent = referral(ReferralStatus.SENT);
        assertThatThrownBy(() -> sent.revoke("sender", AT, "")).isInstanceOf(InvalidFields.class);
        sent.revoke("sender", AT, "Wrong partner");
        assertThat(sent.status()).isEqualTo(ReferralStatus.REVOKED);
        ReferralState accepted = referral(ReferralStatus.ACCEPTED);
        accepted.revoke("supervisor", AT, "Person left");
        assertThat(accepted.revokedBy()).isEqualTo("supervisor");
        assertThatThrownBy(() -> referral(ReferralStatus.SENT).complete("partner", AT, ReferralOutcome.OTHER, null))
                .isInstanceOf(ReferralNotInState.class);
        assertThatThrownBy(() -> referral(ReferralStatus.REVOKED).accept("partner", AT))
                .isInstanceOf(ReferralNotInState.class);
    }

    private static ReferralState referral(ReferralStatus status) {
        return new ReferralState(
                ReferralId.random(), UUID.randomUUID(), UUID.randomUUID(), null, UUID.randomUUID(), null, status, 0);
    }
}
