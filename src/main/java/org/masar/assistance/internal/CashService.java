package org.masar.assistance.internal;

import static org.masar.assistance.internal.ServiceRecorder.blankToNull;
import static org.masar.assistance.internal.ServiceRecorder.error;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.CurrentUser;
import org.masar.access.Programme;
import org.masar.access.Scopes;
import org.masar.access.Users;
import org.masar.approvals.Approval;
import org.masar.approvals.Approvals;
import org.masar.approvals.NewApproval;
import org.masar.assistance.CashCycle;
import org.masar.assistance.CashCycleDraft;
import org.masar.assistance.CashCycleId;
import org.masar.assistance.CashCycleNotFound;
import org.masar.assistance.CashOutOfScope;
import org.masar.assistance.CashTransfers;
import org.masar.assistance.PaymentList;
import org.masar.assistance.PaymentListEmpty;
import org.masar.assistance.PaymentListId;
import org.masar.assistance.PaymentListLocked;
import org.masar.assistance.PaymentListNotApproved;
import org.masar.assistance.PaymentListNotFound;
import org.masar.assistance.PaymentReconciliation;
import org.masar.assistance.ServiceId;
import org.masar.assistance.Transfer;
import org.masar.assistance.TransferDraft;
import org.masar.assistance.TransferId;
import org.masar.assistance.TransferNotFound;
import org.masar.assistance.TransferPaidTwice;
import org.masar.assistance.TransferTransitionRefused;
import org.masar.assistance.TransfersAdded;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.geo.PCode;
import org.masar.people.Household;
import org.masar.people.HouseholdId;
import org.masar.people.Households;
import org.masar.people.People;
import org.masar.people.PersonFilter;
import org.masar.people.PersonId;
import org.masar.people.PersonLabel;
import org.masar.people.PersonRecord;
import org.masar.people.PersonSummary;
import org.masar.shared.InvalidFields;
import org.masar.shared.MissionTime;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cash cycles, payment lists and transfers. A list's transfers change only while it is a draft: every change bumps
 * its version with {@code UPDATE … WHERE status = 'draft'}, which also serialises it with submitting. Nobody is paid
 * twice in a cycle because PostgreSQL's unique indexes refuse a second live transfer for a person or household (and a
 * second cover of a person, a household's members included), never because of a read first.
 */
@Service
class CashService implements CashTransfers {

    static final String APPROVAL_TYPE = "assistance.payment-list";
    static final String APPROVE_PERMISSION = "assistance:approve-payments";
    static final int MAX_FROM_PEOPLE = 1000;
    static final String LIVE = "status NOT IN ('cancelled', 'failed')";

    private final JdbcClient jdbc;
    private final People people;
    private final Households households;
    private final ServicePlaces places;
    private final ServiceRecorder services;
    private final Approvals approvals;
    private final Users users;
    private final AuditTrail audit;
    private final Clock clock;

    CashService(
            JdbcClient jdbc,
            People people,
            Households households,
            ServicePlaces places,
            ServiceRecorder services,
            Approvals approvals,
            Users users,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.households = households;
        this.places = places;
        this.services = services;
        this.approvals = approvals;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- cycles

    @Override
    @PreAuthorize("hasAuthority('assistance:read')")
    @Transactional(readOnly = true)
    public PageJson<CashCycle> cycles(Paging paging) {
        Scopes scopes = users.currentScopes();
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new HashMap<>();
        if (!scopes.allBaladiya()) {
            where.append(" AND c.baladiya_pcode = ANY (CAST(:scopeBaladiya AS text[]))");
            params.put("scopeBaladiya", "{" + String.join(",", scopes.baladiya()) + "}");
        }
        if (!scopes.programmes().isEmpty()) {
            where.append(" AND c.programme = ANY (CAST(:scopeProgrammes AS text[]))");
            params.put(
                    "scopeProgrammes",
                    "{"
                            + String.join(
                                    ",",
                                    scopes.programmes().stream().map(Enum::name).toList()) + "}");
        }
        long total = jdbc.sql("SELECT count(*) FROM assistance_cash_cycle c" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", paging.limit());
        params.put("offset", paging.offset());
        List<CashCycle> items = jdbc.sql(CYCLE_SELECT + where
                        + " ORDER BY c.starts_on DESC, c.created_at DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query(CashService::cycleRow)
                .list();
        return paging.page(items, total);
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:read')")
    @Transactional(readOnly = true)
    public CashCycle cycle(CashCycleId id) {
        return inScope(findCycle(id));
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:manage-cash')")
    @Transactional
    public CashCycle createCycle(CashCycleDraft draft) {
        CurrentUser me = CurrentUser.get();
        List<InvalidFields.Field> errors = new ArrayList<>();
        String name = blankToNull(draft.name());
        if (name == null) {
            errors.add(error("name", "required"));
        } else if (name.length() > 200) {
            errors.add(error("name", "too-long"));
        }
        ServiceRecorder.programme(draft.programme(), errors);
        String project = ServiceRecorder.project(draft.project(), errors);
        String purpose = blankToNull(draft.purpose());
        if (purpose == null) {
            errors.add(error("purpose", "required"));
        } else if (!CashCycle.PURPOSES.contains(purpose)) {
            errors.add(error("purpose", "unknown"));
        }
        if (draft.startsOn() == null) {
            errors.add(error("startsOn", "required"));
        } else if (draft.startsOn().isBefore(LocalDate.of(2000, 1, 1))) {
            errors.add(error("startsOn", "too-old"));
        }
        if (draft.endsOn() == null) {
            errors.add(error("endsOn", "required"));
        } else if (draft.startsOn() != null && draft.endsOn().isBefore(draft.startsOn())) {
            errors.add(error("endsOn", "before-start"));
        } else if (draft.endsOn().isAfter(LocalDate.of(2100, 1, 1))) {
            errors.add(error("endsOn", "too-far"));
        }
        String baladiya = null;
        if (blankToNull(draft.baladiya()) == null) {
            errors.add(error("baladiya", "required"));
        } else {
            baladiya = places.place(null, draft.baladiya(), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        check(draft.programme(), baladiya, name);
        CashCycleId id = CashCycleId.random();
        jdbc.sql("""
                        INSERT INTO assistance_cash_cycle (id, name, programme, project, purpose, starts_on, ends_on,
                            baladiya_pcode, created_at, created_by_name)
                        VALUES (:id, :name, :programme, :project, :purpose, :starts, :ends, :baladiya, :now, :me)
                        """)
                .param("id", id.value())
                .param("name", name)
                .param("programme", draft.programme())
                .param("project", project)
                .param("purpose", purpose)
                .param("starts", Date.valueOf(draft.startsOn()))
                .param("ends", Date.valueOf(draft.endsOn()))
                .param("baladiya", baladiya)
                .param("now", Timestamp.from(clock.instant()))
                .param("me", me.username())
                .update();
        audit.record(AuditEvent.of("assistance.cash.cycle-created", "cash-cycle", id.toString())
                .with("programme", draft.programme())
                .with("baladiya", baladiya));
        return findCycle(id);
    }

    // ---------------------------------------------------------------- lists

    @Override
    @PreAuthorize("hasAuthority('assistance:read')")
    @Transactional(readOnly = true)
    public List<PaymentList> lists(CashCycleId cycle) {
        inScope(findCycle(cycle));
        return jdbc
                .sql(LIST_SELECT + " WHERE l.cycle_id = :cycle ORDER BY l.created_at, l.id")
                .param("cycle", cycle.value())
                .query((rs, n) -> listRow(rs))
                .list()
                .stream()
                .map(this::withTotals)
                .toList();
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:manage-cash')")
    @Transactional
    public PaymentList createList(CashCycleId cycle, @Nullable String name) {
        CurrentUser me = CurrentUser.get();
        CashCycle found = inScope(findCycle(cycle));
        String given = blankToNull(name);
        if (given != null && given.length() > 200) {
            throw new InvalidFields(List.of(error("name", "too-long")));
        }
        PaymentListId id = PaymentListId.random();
        long count = jdbc.sql("SELECT count(*) FROM assistance_payment_list WHERE cycle_id = :cycle")
                .param("cycle", cycle.value())
                .query(Long.class)
                .single();
        jdbc.sql("""
                        INSERT INTO assistance_payment_list (id, cycle_id, name, status, created_at, created_by,
                            created_by_name)
                        VALUES (:id, :cycle, :name, 'draft', :now, :meId, :me)
                        """)
                .param("id", id.value())
                .param("cycle", cycle.value())
                .param("name", given == null ? found.name() + " #" + (count + 1) : given)
                .param("now", Timestamp.from(clock.instant()))
                .param("meId", me.id().value())
                .param("me", me.username())
                .update();
        audit.record(AuditEvent.of("assistance.cash.list-created", "payment-list", id.toString())
                .with("cycle", cycle));
        return list(id);
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:read')")
    @Transactional(readOnly = true)
    public PaymentList list(PaymentListId id) {
        PaymentList list = findList(id);
        inScope(findCycle(list.cycle()));
        return withTotals(list);
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:read')")
    @Transactional(readOnly = true)
    public List<Transfer> transfers(PaymentListId list) {
        PaymentList found = findList(list);
        inScope(findCycle(found.cycle()));
        return named(jdbc.sql("SELECT * FROM assistance_transfer WHERE list_id = :list ORDER BY reference")
                .param("list", list.value())
                .query(CashService::transferRow)
                .list());
    }

    /** A transfer's fields, checked. */
    private record Checked(
            BigDecimal amount,
            String currency,
            String purpose,
            String mechanism,
            @Nullable String vendor) {}

    private static Checked check(TransferDraft draft, CashCycle cycle, boolean personNeeded) {
        List<InvalidFields.Field> errors = new ArrayList<>();
        if (personNeeded && draft.person() == null) {
            errors.add(error("person", "required"));
        }
        BigDecimal amount = draft.amount();
        if (amount == null) {
            errors.add(error("amount", "required"));
        } else if (amount.signum() <= 0) {
            errors.add(error("amount", "positive"));
        } else if (amount.compareTo(new BigDecimal("9999999999")) > 0) {
            errors.add(error("amount", "too-large"));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            errors.add(error("amount", "decimals"));
        }
        String currency = blankToNull(draft.currency());
        currency = currency == null ? "LYD" : currency.toUpperCase(java.util.Locale.ROOT);
        if (!currency.matches("[A-Z]{3}") || !isoCurrency(currency)) {
            errors.add(error("currency", "currency"));
        }
        String purpose = blankToNull(draft.purpose());
        purpose = purpose == null ? cycle.purpose() : purpose;
        if (!CashCycle.PURPOSES.contains(purpose)) {
            errors.add(error("purpose", "unknown"));
        }
        String mechanism = blankToNull(draft.mechanism());
        if (mechanism == null) {
            errors.add(error("mechanism", "required"));
        } else if (!CashCycle.MECHANISMS.contains(mechanism)) {
            errors.add(error("mechanism", "unknown"));
        }
        String vendor = blankToNull(draft.vendor());
        if ("voucher".equals(mechanism) && vendor == null) {
            errors.add(error("vendor", "vendor-required"));
        } else if (vendor != null && !"voucher".equals(mechanism)) {
            errors.add(error("vendor", "vendor-only-for-voucher"));
        } else if (vendor != null && vendor.length() > 200) {
            errors.add(error("vendor", "too-long"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        return new Checked(java.util.Objects.requireNonNull(amount), currency, purpose, mechanism, vendor);
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:manage-cash')")
    @Transactional
    public Transfer addTransfer(PaymentListId list, TransferDraft draft) {
        PaymentList found = findList(list);
        CashCycle cycle = inScope(findCycle(found.cycle()));
        Checked checked = check(draft, cycle, true);
        // The person: current after merges, within the user's scopes (403 otherwise, audited).
        PersonId person = people.current(java.util.Objects.requireNonNull(draft.person()));
        PersonRecord record = people.get(person);
        Set<PersonId> covered = new LinkedHashSet<>();
        covered.add(person);
        if (draft.household() != null) {
            Household household = households.get(draft.household());
            List<PersonId> members = household.members().stream()
                    .map(m -> people.current(m.person()))
                    .toList();
            if (!members.contains(person)) {
                throw new InvalidFields(List.of(error("household", "not-the-persons-household")));
            }
            covered.addAll(members);
        }
        // The lock: the list changes only while a draft (this also serialises with its submission).
        bumpDraft(found);
        return transfer(
                insert(list, cycle, person, draft.household(), record.details().baladiya(), covered, checked));
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:manage-cash') and hasAuthority('people:read')")
    @Transactional
    public TransfersAdded addFromPeople(PaymentListId list, PersonFilter filter, TransferDraft template) {
        PaymentList found = findList(list);
        CashCycle cycle = inScope(findCycle(found.cycle()));
        Checked checked = check(template, cycle, false);
        // People's search applies the user's scopes; a page of people at a time, up to the most a batch adds.
        List<PersonSummary> matching = new ArrayList<>();
        for (int page = 0; matching.size() < MAX_FROM_PEOPLE; page++) {
            PageJson<PersonSummary> found1 = people.search(filter, new Paging(page, 200));
            matching.addAll(found1.items());
            if (found1.items().size() < 200) {
                break;
            }
        }
        if (matching.size() > MAX_FROM_PEOPLE) {
            matching = matching.subList(0, MAX_FROM_PEOPLE);
        }
        bumpDraft(found);
        // Those paid in the cycle already are left out, and named; the unique indexes still decide: a person paid by a
        // concurrent list meanwhile makes the whole batch a 409, nothing of it written.
        Set<UUID> paid = new java.util.HashSet<>(
                jdbc.sql("SELECT person_id FROM assistance_transfer_cover WHERE cycle_id = :cycle")
                        .param("cycle", cycle.id().value())
                        .query(UUID.class)
                        .list());
        List<String> skipped = new ArrayList<>();
        int added = 0;
        for (PersonSummary person : matching) {
            if (paid.contains(person.id().value())) {
                skipped.add(person.id().toString());
                continue;
            }
            insert(list, cycle, person.id(), null, person.baladiya(), Set.of(person.id()), checked);
            added++;
        }
        audit.record(AuditEvent.of("assistance.cash.transfers-added-from-people", "payment-list", list.toString())
                .with("filter", filter.toString())
                .with("added", added)
                .with("skipped", skipped.size()));
        return new TransfersAdded(added, skipped);
    }

    private TransferId insert(
            PaymentListId list,
            CashCycle cycle,
            PersonId person,
            @Nullable HouseholdId household,
            @Nullable String personBaladiya,
            Set<PersonId> covered,
            Checked checked) {
        CurrentUser me = CurrentUser.get();
        TransferId id = TransferId.random();
        Instant now = clock.instant();
        try {
            jdbc.sql("""
                            INSERT INTO assistance_transfer (id, reference, list_id, cycle_id, person_id, household_id,
                                person_baladiya, amount, currency, purpose, mechanism, vendor, status, status_at,
                                status_by_name, created_at, created_by_name)
                            VALUES (:id, 'TR-' || lpad(nextval('assistance_transfer_reference_seq')::text, 6, '0'),
                                :list, :cycle, :person, :household, :personBaladiya, :amount, :currency, :purpose,
                                :mechanism, :vendor, 'draft', :now, :me, :now, :me)
                            """)
                    .param("id", id.value())
                    .param("list", list.value())
                    .param("cycle", cycle.id().value())
                    .param("person", person.value())
                    .param("household", household == null ? null : household.value())
                    .param("personBaladiya", personBaladiya)
                    .param("amount", checked.amount())
                    .param("currency", checked.currency())
                    .param("purpose", checked.purpose())
                    .param("mechanism", checked.mechanism())
                    .param("vendor", checked.vendor())
                    .param("now", Timestamp.from(now))
                    .param("me", me.username())
                    .update();
            for (PersonId each : covered) {
                jdbc.sql("""
                                INSERT INTO assistance_transfer_cover (transfer_id, cycle_id, person_id)
                                VALUES (:transfer, :cycle, :person)
                                """)
                        .param("transfer", id.value())
                        .param("cycle", cycle.id().value())
                        .param("person", each.value())
                        .update();
            }
        } catch (DuplicateKeyException paidAlready) {
            throw new TransferPaidTwice(person, cycle.id());
        }
        audit.record(AuditEvent.of("assistance.cash.transfer-added", "payment-list", list.toString())
                .with("transfer", id)
                .with("person", person)
                .with("amount", checked.amount().toPlainString() + " " + checked.currency()));
        return id;
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:manage-cash')")
    @Transactional
    public void removeTransfer(PaymentListId list, TransferId transfer) {
        PaymentList found = findList(list);
        inScope(findCycle(found.cycle()));
        Transfer existing = transfer(transfer);
        if (!existing.list().equals(list)) {
            throw new TransferNotFound(transfer);
        }
        bumpDraft(found);
        jdbc.sql("DELETE FROM assistance_transfer WHERE id = :id AND status = 'draft'")
                .param("id", transfer.value())
                .update();
        audit.record(AuditEvent.of("assistance.cash.transfer-removed", "payment-list", list.toString())
                .with("transfer", transfer)
                .with("person", existing.person()));
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:manage-cash')")
    @Transactional
    public PaymentList submit(PaymentListId list) {
        CurrentUser me = CurrentUser.get();
        PaymentList found = findList(list);
        CashCycle cycle = inScope(findCycle(found.cycle()));
        // The list's row first (a change of its transfers waits, or is done), then what it holds.
        int version = jdbc.sql("SELECT version FROM assistance_payment_list WHERE id = :id FOR UPDATE")
                .param("id", list.value())
                .query(Integer.class)
                .single();
        String status = jdbc.sql("SELECT status FROM assistance_payment_list WHERE id = :id")
                .param("id", list.value())
                .query(String.class)
                .single();
        if (!"draft".equals(status)) {
            throw new PaymentListLocked(list, status);
        }
        long count = jdbc.sql("SELECT count(*) FROM assistance_transfer WHERE list_id = :list")
                .param("list", list.value())
                .query(Long.class)
                .single();
        if (count == 0) {
            throw new PaymentListEmpty(list);
        }
        Approval approval = approvals.request(new NewApproval(
                APPROVAL_TYPE,
                list.toString(),
                "%s — %s (%d)".formatted(cycle.name(), found.name(), count),
                APPROVE_PERMISSION,
                PCode.parseOptional(cycle.baladiya()).orElse(null),
                "{\"list\": \"%s\", \"cycle\": \"%s\", \"version\": %d, \"requestedBy\": \"%s\"}"
                        .formatted(list, cycle.id(), version, me.username().replace("\"", ""))));
        jdbc.sql("""
                        UPDATE assistance_payment_list
                           SET status = 'pending', approval_id = :approval, submitted_at = :now, submitted_by_name = :me
                         WHERE id = :id AND status = 'draft'
                        """)
                .param("approval", approval.id().value())
                .param("now", Timestamp.from(clock.instant()))
                .param("me", me.username())
                .param("id", list.value())
                .update();
        audit.record(AuditEvent.of("assistance.cash.list-submitted", "payment-list", list.toString())
                .with("approval", approval.id())
                .with("version", version)
                .with("transfers", count));
        return list(list);
    }

    // ---------------------------------------------------------------- statuses

    @Override
    @PreAuthorize("hasAuthority('assistance:manage-cash')")
    @Transactional
    public Transfer changeStatus(TransferId id, @Nullable String status, @Nullable String reason) {
        String to = blankToNull(status);
        if (to == null) {
            throw new InvalidFields(List.of(error("status", "required")));
        }
        if (!CashCycle.STATUSES.contains(to)) {
            throw new InvalidFields(List.of(error("status", "unknown")));
        }
        Transfer transfer = jdbc.sql("SELECT * FROM assistance_transfer WHERE id = :id FOR UPDATE")
                .param("id", id.value())
                .query(CashService::transferRow)
                .optional()
                .orElseThrow(() -> new TransferNotFound(id));
        CashCycle cycle = inScope(findCycle(transfer.cycle()));
        people.get(people.current(transfer.person()));
        return move(transfer, cycle, to, reason, MissionTime.today(clock), "api");
    }

    /**
     * Moves a locked transfer to a status, as the transitions allow (never draft → approved: that is the approval's);
     * a collected transfer becomes a {@code cash} service delivered on the day given.
     */
    Transfer move(Transfer transfer, CashCycle cycle, String to, @Nullable String reason, LocalDate on, String via) {
        CurrentUser me = CurrentUser.get();
        boolean allowed = jdbc.sql("""
                        SELECT count(*) FROM assistance_transfer_transition
                         WHERE from_status = :from AND to_status = :to AND NOT through_approval
                        """)
                        .param("from", transfer.status())
                        .param("to", to)
                        .query(Long.class)
                        .single()
                > 0;
        if (!allowed) {
            throw new TransferTransitionRefused(transfer.status(), to);
        }
        String why = blankToNull(reason);
        if (why == null && ("failed".equals(to) || "cancelled".equals(to))) {
            throw new InvalidFields(List.of(error("reason", "required")));
        }
        if (why != null && why.length() > ServiceRecorder.LONGEST_REASON) {
            throw new InvalidFields(List.of(error("reason", "too-long")));
        }
        UUID service = null;
        if ("collected".equals(to)) {
            PersonId person = people.current(transfer.person());
            PersonRecord record = people.get(person);
            service = services.recordReceived(new ServiceRecorder.Received(
                            person,
                            transfer.household(),
                            "cash",
                            transfer.amount(),
                            transfer.currency(),
                            null,
                            cycle.baladiya(),
                            on,
                            cycle.programme(),
                            cycle.project(),
                            record.details().baladiya(),
                            record.details().sex(),
                            record.ageBandOn(on),
                            "cash-cycle",
                            cycle.id().value()))
                    .value();
        }
        jdbc.sql("""
                        UPDATE assistance_transfer
                           SET status = :to, status_reason = :why, status_at = :now, status_by_name = :me,
                               service_id = :service
                         WHERE id = :id
                        """)
                .param("to", to)
                .param("why", why)
                .param("now", Timestamp.from(clock.instant()))
                .param("me", me.username())
                .param("service", service)
                .param("id", transfer.id().value())
                .update();
        AuditEvent event = AuditEvent.of(
                        statusAction(to), "cash-transfer", transfer.id().toString())
                .with("from", transfer.status())
                .with("person", transfer.person())
                .with("via", via);
        if (service != null) {
            event = event.with("service", service);
        }
        audit.record(why == null ? event : event.because(why));
        return transfer(transfer.id());
    }

    /** The audit action of a move to a status. */
    static String statusAction(String to) {
        return switch (to) {
            case "sent" -> "assistance.cash.transfer-sent";
            case "collected" -> "assistance.cash.transfer-collected";
            case "failed" -> "assistance.cash.transfer-failed";
            default -> "assistance.cash.transfer-cancelled";
        };
    }

    // ---------------------------------------------------------------- reconciliation and export

    @Override
    @PreAuthorize("hasAuthority('assistance:manage-cash')")
    @Transactional
    public PaymentReconciliation reconcile(PaymentListId list, String fileName, byte[] content, boolean confirm) {
        PaymentList found = findList(list);
        CashCycle cycle = inScope(findCycle(found.cycle()));
        if (!"approved".equals(found.status())) {
            throw new PaymentListNotApproved(list);
        }
        ProviderReport report = ProviderReport.read(fileName, content, MissionTime.today(clock));
        List<Transfer> transfers = jdbc.sql("SELECT * FROM assistance_transfer WHERE list_id = :list FOR UPDATE")
                .param("list", list.value())
                .query(CashService::transferRow)
                .list();
        ProviderReport.Outcome outcome = report.against(transfers);
        int applied = 0;
        if (confirm && outcome.applicable()) {
            for (ProviderReport.Update update : outcome.updates()) {
                move(
                        update.transfer(),
                        cycle,
                        update.status(),
                        "failed".equals(update.status())
                                ? "Provider report " + fileName + ", line " + update.line()
                                : null,
                        update.on(),
                        "provider-report");
                applied++;
            }
        }
        audit.record(AuditEvent.of("assistance.cash.report-reconciled", "payment-list", list.toString())
                .with("file", fileName.length() > 100 ? fileName.substring(0, 100) : fileName)
                .with("rows", report.rows().size())
                .with("mismatches", outcome.mismatches().size())
                .with("applied", applied));
        return new PaymentReconciliation(
                report.rows().size(), outcome.matched(), outcome.mismatches(), applied, outcome.applicable());
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:read') and hasAuthority('assistance:export')")
    @Transactional
    public List<Transfer> export(PaymentListId list) {
        PaymentList found = findList(list);
        inScope(findCycle(found.cycle()));
        if (!"approved".equals(found.status())) {
            throw new PaymentListNotApproved(list);
        }
        List<Transfer> live = named(
                jdbc.sql("SELECT * FROM assistance_transfer WHERE list_id = :list AND " + LIVE + " ORDER BY reference")
                        .param("list", list.value())
                        .query(CashService::transferRow)
                        .list());
        audit.record(AuditEvent.of("assistance.cash.list-exported", "payment-list", list.toString())
                .with("cycle", found.cycle())
                .with("transfers", live.size()));
        return live;
    }

    // ---------------------------------------------------------------- helpers

    private void bumpDraft(PaymentList list) {
        int changed = jdbc.sql("""
                        UPDATE assistance_payment_list SET version = version + 1 WHERE id = :id AND status = 'draft'
                        """).param("id", list.id().value()).update();
        if (changed == 0) {
            String status = jdbc.sql("SELECT status FROM assistance_payment_list WHERE id = :id")
                    .param("id", list.id().value())
                    .query(String.class)
                    .single();
            throw new PaymentListLocked(list.id(), status);
        }
    }

    private void check(@Nullable String programme, @Nullable String baladiya, Object what) {
        Scopes scopes = users.currentScopes();
        boolean programmeOk = programme == null
                || scopes.programmes().isEmpty()
                || scopes.coversProgramme(Programme.valueOf(programme));
        if (!programmeOk || baladiya == null || !scopes.coversBaladiya(baladiya)) {
            throw new CashOutOfScope(what);
        }
    }

    private CashCycle inScope(CashCycle cycle) {
        check(cycle.programme(), cycle.baladiya(), cycle.id());
        return cycle;
    }

    private CashCycle findCycle(CashCycleId id) {
        return jdbc.sql(CYCLE_SELECT + " WHERE c.id = :id")
                .param("id", id.value())
                .query(CashService::cycleRow)
                .optional()
                .orElseThrow(() -> new CashCycleNotFound(id));
    }

    private PaymentList findList(PaymentListId id) {
        return jdbc.sql(LIST_SELECT + " WHERE l.id = :id")
                .param("id", id.value())
                .query((rs, n) -> listRow(rs))
                .optional()
                .orElseThrow(() -> new PaymentListNotFound(id));
    }

    private Transfer transfer(TransferId id) {
        return named(jdbc.sql("SELECT * FROM assistance_transfer WHERE id = :id")
                        .param("id", id.value())
                        .query(CashService::transferRow)
                        .optional()
                        .map(List::of)
                        .orElseThrow(() -> new TransferNotFound(id)))
                .getFirst();
    }

    /** The rows with their persons' labels, read in one go (the list was let read; people answers for nothing more). */
    private List<Transfer> named(List<Transfer> transfers) {
        Map<PersonId, PersonLabel> labels =
                people.labels(transfers.stream().map(Transfer::person).toList());
        return transfers.stream()
                .map(t -> {
                    PersonLabel label = labels.getOrDefault(t.person(), PersonLabel.unknown());
                    return new Transfer(
                            t.id(),
                            t.reference(),
                            t.list(),
                            t.cycle(),
                            t.person(),
                            label.arabic(),
                            label.latin(),
                            label.registrationNumber(),
                            t.household(),
                            t.amount(),
                            t.currency(),
                            t.purpose(),
                            t.mechanism(),
                            t.vendor(),
                            t.status(),
                            t.statusReason(),
                            t.statusAt(),
                            t.statusBy(),
                            t.service());
                })
                .toList();
    }

    private PaymentList withTotals(PaymentList list) {
        List<PaymentList.Total> totals = jdbc.sql("SELECT currency, count(*) AS n, sum(amount) AS total"
                        + " FROM assistance_transfer WHERE list_id = :list AND " + LIVE
                        + " GROUP BY currency ORDER BY currency")
                .param("list", list.id().value())
                .query((rs, n) ->
                        new PaymentList.Total(rs.getString("currency"), rs.getLong("n"), rs.getBigDecimal("total")))
                .list();
        long transfers = jdbc.sql("SELECT count(*) FROM assistance_transfer WHERE list_id = :list")
                .param("list", list.id().value())
                .query(Long.class)
                .single();
        return new PaymentList(
                list.id(),
                list.cycle(),
                list.cycleName(),
                list.name(),
                list.status(),
                list.version(),
                list.approval(),
                list.createdAt(),
                list.createdBy(),
                list.submittedAt(),
                list.submittedBy(),
                list.approvedAt(),
                list.approvedBy(),
                transfers,
                totals);
    }

    private static boolean isoCurrency(String code) {
        try {
            java.util.Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    private static final String CYCLE_SELECT = """
            SELECT c.*,
                   (SELECT count(*) FROM assistance_transfer t WHERE t.cycle_id = c.id
                       AND t.status NOT IN ('cancelled', 'failed')) AS transfers,
                   (SELECT coalesce(string_agg(x.currency || ' ' || x.total, ', ' ORDER BY x.currency), '')
                      FROM (SELECT currency, sum(amount) AS total FROM assistance_transfer t
                             WHERE t.cycle_id = c.id AND t.status NOT IN ('cancelled', 'failed')
                             GROUP BY currency) x) AS total
              FROM assistance_cash_cycle c""";

    private static final String LIST_SELECT = "SELECT l.*, c.name AS cycle_name FROM assistance_payment_list l"
            + " JOIN assistance_cash_cycle c ON c.id = l.cycle_id";

    private static CashCycle cycleRow(ResultSet rs, int n) throws SQLException {
        return new CashCycle(
                new CashCycleId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                rs.getString("programme"),
                rs.getString("project"),
                rs.getString("purpose"),
                rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on").toLocalDate(),
                rs.getString("baladiya_pcode"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by_name"),
                rs.getLong("transfers"),
                rs.getString("total"));
    }

    private static PaymentList listRow(ResultSet rs) throws SQLException {
        UUID approval = rs.getObject("approval_id", UUID.class);
        Timestamp submitted = rs.getTimestamp("submitted_at");
        Timestamp approved = rs.getTimestamp("approved_at");
        return new PaymentList(
                new PaymentListId(rs.getObject("id", UUID.class)),
                new CashCycleId(rs.getObject("cycle_id", UUID.class)),
                rs.getString("cycle_name"),
                rs.getString("name"),
                rs.getString("status"),
                rs.getInt("version"),
                approval == null ? null : approval.toString(),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by_name"),
                submitted == null ? null : submitted.toInstant(),
                rs.getString("submitted_by_name"),
                approved == null ? null : approved.toInstant(),
                rs.getString("approved_by_name"),
                0,
                List.of());
    }

    static Transfer transferRow(ResultSet rs, int n) throws SQLException {
        UUID household = rs.getObject("household_id", UUID.class);
        UUID service = rs.getObject("service_id", UUID.class);
        return new Transfer(
                new TransferId(rs.getObject("id", UUID.class)),
                rs.getString("reference"),
                new PaymentListId(rs.getObject("list_id", UUID.class)),
                new CashCycleId(rs.getObject("cycle_id", UUID.class)),
                new PersonId(rs.getObject("person_id", UUID.class)),
                "",
                "",
                "",
                household == null ? null : new HouseholdId(household),
                rs.getBigDecimal("amount"),
                rs.getString("currency"),
                rs.getString("purpose"),
                rs.getString("mechanism"),
                rs.getString("vendor"),
                rs.getString("status"),
                rs.getString("status_reason"),
                rs.getTimestamp("status_at").toInstant(),
                rs.getString("status_by_name"),
                service == null ? null : new ServiceId(service));
    }
}
