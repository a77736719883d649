package org.masar.referrals.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.cases.CaseId;
import org.masar.cases.ServicePlanItemId;
import org.masar.referrals.ReferralCompleted;
import org.masar.referrals.ReferralId;
import org.masar.referrals.ReferralOutcome;
import org.masar.referrals.ReferralStale;
import org.masar.referrals.ReferralStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads a referral's state and saves its transitions, under its version: a save of a stale copy (another answer
 * first) changes nothing and is a {@link ReferralStale}. Reads and writes go through row-level security, so a
 * referral the user may not see cannot be loaded, nor written.
 */
@Repository
class ReferralStore {

    private final JdbcClient jdbc;

    ReferralStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReferralState> load(ReferralId id) {
        return jdbc.sql("""
                        SELECT id, person_id, to_organisation, to_office, sent_by, timeline_permission, status, version
                          FROM referrals_referral WHERE id = :id
                        """)
                .param("id", id.value())
                .query((row, n) -> new ReferralState(
                        id,
                        row.getObject("person_id", UUID.class),
                        row.getObject("to_organisation", UUID.class),
                        row.getObject("to_office", UUID.class),
                        row.getObject("sent_by", UUID.class),
                        row.getString("timeline_permission"),
                        ReferralStatus.of(row.getString("status")).orElseThrow(),
                        row.getInt("version")))
                .optional();
    }

    /**
     * The event of a referral's completion, with the case and the service-plan item it names, if any. Read before a
     * partner's completion takes the referral out of their sight.
     */
    ReferralCompleted completion(ReferralId id, ReferralOutcome outcome) {
        return jdbc.sql("SELECT case_id, service_plan_item FROM referrals_referral WHERE id = :id")
                .param("id", id.value())
                .query((row, n) -> {
                    UUID caseId = row.getObject("case_id", UUID.class);
                    UUID item = row.getObject("service_plan_item", UUID.class);
                    return new ReferralCompleted(
                            id,
                            caseId == null ? null : new CaseId(caseId),
                            item == null ? null : new ServicePlanItemId(item),
                            outcome);
                })
                .single();
    }

    /**
     * Lets the transaction's user see, for the rest of the transaction, the referral they are answering: a partner's
     * decline or completion takes it out of their sight, yet they must write it and be shown what they wrote.
     */
    void answering(ReferralId id) {
        jdbc.sql("SELECT set_config('masar.referral_answering', :id, true)")
                .param("id", id.toString())
                .query()
                .singleValue();
    }

    /** Writes the transition; the columns a transition did not set keep their values. */
    void save(ReferralState state, Instant at) {
        int saved = jdbc.sql("""
                        UPDATE referrals_referral
                           SET status = :status,
                               answered_at = coalesce(:answeredAt, answered_at),
                               answered_by = coalesce(:answeredBy, answered_by),
                               decline_reason = coalesce(:declineReason, decline_reason),
                               completed_at = coalesce(:completedAt, completed_at),
                               completed_by = coalesce(:completedBy, completed_by),
                               outcome = coalesce(:outcome, outcome),
                               outcome_note = coalesce(:outcomeNote, outcome_note),
                               revoked_at = coalesce(:revokedAt, revoked_at),
                               revoked_by = coalesce(:revokedBy, revoked_by),
                               revoke_reason = coalesce(:revokeReason, revoke_reason),
                               updated_at = :at,
                               version = version + 1
                         WHERE id = :id AND version = :version
                        """)
                .param("status", state.status().code())
                .param("answeredAt", timestamp(state.answeredAt()))
                .param("answeredBy", state.answeredBy())
                .param("declineReason", state.declineReason())
                .param("completedAt", timestamp(state.completedAt()))
                .param("completedBy", state.completedBy())
                .param(
                        "outcome",
                        state.outcome() == null ? null : state.outcome().code())
                .param("outcomeNote", state.outcomeNote())
                .param("revokedAt", timestamp(state.revokedAt()))
                .param("revokedBy", state.revokedBy())
                .param("revokeReason", state.revokeReason())
                .param("at", Timestamp.from(at))
                .param("id", state.id().value())
                .param("version", state.version())
                .update();
        if (saved == 0) {
            throw new ReferralStale(state.id());
        }
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
