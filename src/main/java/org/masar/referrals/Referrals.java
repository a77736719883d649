package org.masar.referrals;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;

/**
 * Referring people to services, and answering referrals. Every step is checked (permission, scope, who may answer),
 * audited and put on the person's timeline; each answer quotes the version it saw (a stale one is a 409).
 */
public interface Referrals {

    /**
     * Sends a referral (needs {@code referrals:send} and the person in the user's scope, or the case readable).
     *
     * @throws ConsentMissing when the person has not consented to share with the partner, and no override was made
     * @throws org.masar.shared.InvalidFields naming what does not hold
     */
    Referral send(NewReferral referral);

    /** The receiver takes it on (needs {@code referrals:respond}, or an internal unit's {@code referrals:send}). */
    Referral accept(ReferralId id, int version);

    /** The receiver declines it, with a reason. */
    Referral decline(ReferralId id, int version, String reason);

    /** The receiver records that it is done, with its outcome. */
    Referral complete(ReferralId id, int version, ReferralOutcome outcome, @Nullable String note);

    /** The sender, or their supervisor, takes back a referral that is not done, with a reason. */
    Referral revoke(ReferralId id, int version, String reason);

    /** A referral the user may see (a partner: only sent to them, while open). Needs {@code referrals:read}. */
    Optional<Referral> find(ReferralId id);

    /** @throws ReferralNotFound when there is none the user may see */
    Referral get(ReferralId id);

    /** Referrals the user may see, matching the filter, newest first. Needs {@code referrals:read}. */
    PageJson<Referral> list(ReferralFilter filter, Paging paging);

    /** How many referrals match (for figures). */
    long count(ReferralFilter filter);

    /** Response and completion times by month, service and provider, for the referrals the user may see. */
    List<ReportRow> report(@Nullable YearMonth from, @Nullable YearMonth to);

    /**
     * The steps the signed-in user may take on the referral now, among {@code accept}, {@code decline}, {@code
     * complete} and {@code revoke} (for pages to offer only those).
     */
    java.util.Set<String> steps(Referral referral);

    /** Whether the signed-in user works for a partner organisation (not the mission). */
    boolean partnerUser();
}
