package org.masar.assistance.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.assistance.BeneficiaryNotFound;
import org.masar.assistance.Distribution;
import org.masar.assistance.DistributionId;
import org.masar.assistance.DistributionNotOpen;
import org.masar.assistance.Handover;
import org.masar.assistance.HandoverAlreadyReceived;
import org.masar.assistance.HandoverDraft;
import org.masar.assistance.HandoverIdConflict;
import org.masar.assistance.HandoverList;
import org.masar.assistance.HandoverOutcome;
import org.masar.assistance.Handovers;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.people.AgeBand;
import org.masar.people.HouseholdId;
import org.masar.people.People;
import org.masar.people.PersonId;
import org.masar.people.Sex;
import org.masar.shared.Actor;
import org.masar.shared.InvalidFields;
import org.masar.shared.MissionTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records hand-overs. One hand-over is one transaction: the distribution read FOR SHARE (a close waits for it, and it
 * sees a close that committed first), the received service written, the hand-over inserted {@code ON CONFLICT DO
 * NOTHING} on its two unique indexes (its id; the distribution and beneficiary), and last the stock dispatched from the
 * distribution's warehouse (whose balance rows it then holds until it commits). When the insert writes nothing another
 * transaction won the race: everything of this one is rolled back (before any stock is taken), and the answer is read
 * from the winner — the same hand-over again (200) or the beneficiary's earlier one (409). PostgreSQL decides, never a
 * read before a write.
 */
@Service
class HandoverRecorder implements Handovers {

    static final int LONGEST_PROXY_NAME = 200;

    private final JdbcClient jdbc;
    private final DistributionService distributions;
    private final StockService stock;
    private final ServiceRecorder services;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate write;
    private final TransactionTemplate read;

    HandoverRecorder(
            JdbcClient jdbc,
            DistributionService distributions,
            StockService stock,
            ServiceRecorder services,
            People people,
            AuditTrail audit,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.distributions = distributions;
        this.stock = stock;
        this.services = services;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
        this.write = new TransactionTemplate(transactions);
        this.read = new TransactionTemplate(transactions);
        this.read.setReadOnly(true);
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:record')")
    public HandoverList handoverList(DistributionId id) {
        return read.execute(status -> {
            Distribution distribution = distributions.inScope(id);
            audit.record(AuditEvent.of("assistance.distribution.list-downloaded", "distribution", id.toString())
                    .with("beneficiaries", distribution.listed()));
            return new HandoverList(
                    distribution,
                    distribution.version(),
                    DistributionService.beneficiaryRows(jdbc, id.value(), Integer.MAX_VALUE, 0, clock));
        });
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:record')")
    public void checkMayRecord(DistributionId id) {
        read.executeWithoutResult(status -> distributions.inScope(id));
    }

    /** Another transaction recorded first: this one's writes are rolled back, and the answer is read from the winner. */
    private static final class Raced extends RuntimeException {
        Raced() {
            super(null, null, false, false);
        }
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:record')")
    public HandoverOutcome handOver(DistributionId id, HandoverDraft draft) {
        check(draft);
        for (int attempt = 0; ; attempt++) {
            try {
                return write.execute(status -> record(id, draft));
            } catch (Raced raced) {
                Optional<HandoverOutcome> answer = read.execute(status -> earlier(id, draft));
                if (answer.isPresent()) {
                    return answer.get();
                }
                if (attempt > 0) {
                    throw new HandoverIdConflict(draft.id());
                }
            }
        }
    }

    private void check(HandoverDraft draft) {
        List<InvalidFields.Field> errors = new ArrayList<>();
        if (draft.id() == null) {
            errors.add(ServiceRecorder.error("id", "required"));
        }
        if (draft.beneficiaryId() == null) {
            errors.add(ServiceRecorder.error("beneficiaryId", "required"));
        }
        if (draft.receivedBy() == null || draft.receivedBy().isBlank()) {
            errors.add(ServiceRecorder.error("receivedBy", "required"));
        } else if (!List.of("self", "proxy").contains(draft.receivedBy())) {
            errors.add(ServiceRecorder.error("receivedBy", "unknown"));
        } else if (draft.receivedBy().equals("proxy")) {
            String proxy = ServiceRecorder.blankToNull(draft.proxyName());
            if (proxy == null) {
                errors.add(ServiceRecorder.error("proxyName", "required"));
            } else if (proxy.length() > LONGEST_PROXY_NAME) {
                errors.add(ServiceRecorder.error("proxyName", "too-long"));
            }
        }
        if (draft.identityChecked() == null) {
            errors.add(ServiceRecorder.error("identityChecked", "required"));
        }
        Instant now = clock.instant();
        if (draft.handedOverAt() == null) {
            errors.add(ServiceRecorder.error("handedOverAt", "required"));
        } else if (draft.handedOverAt().isAfter(now.plus(Duration.ofDays(1)))) {
            errors.add(ServiceRecorder.error("handedOverAt", "in-the-future"));
        } else if (draft.handedOverAt().isBefore(Instant.parse("2000-01-01T00:00:00Z"))) {
            errors.add(ServiceRecorder.error("handedOverAt", "too-old"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
    }

    private record BeneficiaryRow(
            UUID id,
            PersonId person,
            @Nullable HouseholdId household,
            @Nullable String sex,
            @Nullable LocalDate bornAbout,
            @Nullable String baladiya) {}

    private HandoverOutcome record(DistributionId id, HandoverDraft draft) {
        Distribution distribution = distributions.inScope(id);
        String status = jdbc.sql("SELECT status FROM assistance_distribution WHERE id = :id FOR SHARE")
                .param("id", id.value())
                .query(String.class)
                .single();
        Optional<HandoverOutcome> sent = sameId(id, draft);
        if (sent.isPresent()) {
            return sent.get();
        }
        if (!Distribution.OPEN.equals(status)) {
            throw new DistributionNotOpen(id, status);
        }
        BeneficiaryRow beneficiary = jdbc.sql("""
                        SELECT id, person_id, household_id, sex, born_about, person_baladiya
                          FROM assistance_distribution_beneficiary WHERE id = :beneficiary AND distribution_id = :id
                        """)
                .param("beneficiary", draft.beneficiaryId())
                .param("id", id.value())
                .query((rs, n) -> {
                    UUID household = rs.getObject("household_id", UUID.class);
                    Date born = rs.getDate("born_about");
                    return new BeneficiaryRow(
                            rs.getObject("id", UUID.class),
                            new PersonId(rs.getObject("person_id", UUID.class)),
                            household == null ? null : new HouseholdId(household),
                            rs.getString("sex"),
                            born == null ? null : born.toLocalDate(),
                            rs.getString("person_baladiya"));
                })
                .optional()
                .orElseThrow(() -> new BeneficiaryNotFound(draft.beneficiaryId()));
        // Spares the stock a dispatch when the answer is known; the unique index below is what decides.
        alreadyReceived(id, beneficiary.id()).ifPresent(earlier -> {
            throw earlier;
        });

        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, MissionTime.ZONE);
        LocalDate handedOn = LocalDate.ofInstant(draft.handedOverAt(), MissionTime.ZONE);
        LocalDate deliveredOn = handedOn.isAfter(today) ? today : handedOn;
        PersonId person = people.current(beneficiary.person());
        UUID operation = UUID.randomUUID();
        AgeBand band = null;
        if (beneficiary.bornAbout() != null && !beneficiary.bornAbout().isAfter(deliveredOn)) {
            band = AgeBand.of(
                    Period.between(beneficiary.bornAbout(), deliveredOn).getYears());
        }
        var service = services.recordReceived(new ServiceRecorder.Received(
                person,
                beneficiary.household(),
                distribution.serviceType(),
                null,
                null,
                distribution.site(),
                distribution.baladiya(),
                deliveredOn,
                distribution.programme(),
                distribution.project(),
                beneficiary.baladiya(),
                beneficiary.sex() == null ? null : Sex.valueOf(beneficiary.sex()),
                band,
                "distribution",
                id.value()));
        boolean proxy = "proxy".equals(draft.receivedBy());
        Optional<UUID> inserted = jdbc.sql("""
                        INSERT INTO assistance_handover (id, distribution_id, beneficiary_id, person_id, received_by,
                            proxy_name, identity_checked, handed_over_at, recorded_at, recorded_by, service_id,
                            stock_operation)
                        VALUES (:id, :distribution, :beneficiary, :person, :receivedBy, :proxy, :checked, :at, :now,
                            :by, :service, :operation)
                        ON CONFLICT DO NOTHING
                        RETURNING id
                        """)
                .param("id", draft.id())
                .param("distribution", id.value())
                .param("beneficiary", beneficiary.id())
                .param("person", person.value())
                .param("receivedBy", draft.receivedBy())
                .param("proxy", proxy ? draft.proxyName().strip() : null)
                .param("checked", draft.identityChecked())
                .param("at", Timestamp.from(draft.handedOverAt()))
                .param("now", Timestamp.from(now))
                .param("by", Actor.current().name())
                .param("service", service.value())
                .param("operation", operation)
                .query(UUID.class)
                .optional();
        if (inserted.isEmpty()) {
            throw new Raced();
        }
        // The stock last: every hand-over from this warehouse takes from the same balance rows and holds their locks
        // until it commits, so the less it does after taking them, the more hand-overs a warehouse serves at once.
        stock.dispatchForHandover(distribution.warehouse(), distribution.items(), id.toString(), operation);
        audit.record(AuditEvent.of("assistance.handover.recorded", "distribution", id.toString())
                .with("handover", draft.id().toString())
                .with("person", person)
                .with("service", service.toString()));
        return new HandoverOutcome(find(draft.id()).orElseThrow(), true);
    }

    /** After a lost race: the winner's answer, or empty when the winner rolled back (then this one tries again). */
    private Optional<HandoverOutcome> earlier(DistributionId id, HandoverDraft draft) {
        Optional<HandoverOutcome> sent = sameId(id, draft);
        if (sent.isPresent()) {
            return sent;
        }
        alreadyReceived(id, draft.beneficiaryId()).ifPresent(earlier -> {
            throw earlier;
        });
        return Optional.empty();
    }

    /** The hand-over this id names: the same one (answered again), or another's (a 409). */
    private Optional<HandoverOutcome> sameId(DistributionId id, HandoverDraft draft) {
        Optional<Handover> known = find(draft.id());
        if (known.isEmpty()) {
            return Optional.empty();
        }
        UUID distribution = jdbc.sql("SELECT distribution_id FROM assistance_handover WHERE id = :id")
                .param("id", draft.id())
                .query(UUID.class)
                .single();
        if (!distribution.equals(id.value()) || !known.get().beneficiaryId().equals(draft.beneficiaryId())) {
            throw new HandoverIdConflict(draft.id());
        }
        return Optional.of(new HandoverOutcome(known.get(), false));
    }

    private Optional<HandoverAlreadyReceived> alreadyReceived(DistributionId id, UUID beneficiary) {
        return jdbc.sql("""
                        SELECT * FROM assistance_handover WHERE distribution_id = :id AND beneficiary_id = :beneficiary
                        """)
                .param("id", id.value())
                .param("beneficiary", beneficiary)
                .query(HandoverRecorder::handover)
                .optional()
                .map(earlier ->
                        new HandoverAlreadyReceived(earlier.id(), earlier.handedOverAt(), earlier.recordedBy()));
    }

    private Optional<Handover> find(UUID id) {
        return jdbc.sql("SELECT * FROM assistance_handover WHERE id = :id")
                .param("id", id)
                .query(HandoverRecorder::handover)
                .optional();
    }

    private static Handover handover(ResultSet rs, int n) throws SQLException {
        return new Handover(
                rs.getObject("id", UUID.class),
                rs.getObject("beneficiary_id", UUID.class),
                new PersonId(rs.getObject("person_id", UUID.class)),
                rs.getString("received_by"),
                rs.getString("proxy_name"),
                rs.getBoolean("identity_checked"),
                rs.getTimestamp("handed_over_at").toInstant(),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"));
    }
}
