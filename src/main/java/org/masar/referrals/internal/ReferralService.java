package org.masar.referrals.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.masar.access.CurrentUser;
import org.masar.access.Sensitivity;
import org.masar.access.Users;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditOutcome;
import org.masar.audit.AuditTrail;
import org.masar.cases.CaseNotOpen;
import org.masar.cases.CaseSummary;
import org.masar.cases.Cases;
import org.masar.cases.ServicePlanStatus;
import org.masar.cases.ServicePlans;
import org.masar.people.ConsentPurpose;
import org.masar.people.Consents;
import org.masar.people.People;
import org.masar.people.PersonId;
import org.masar.people.PersonNames;
import org.masar.people.PersonRecord;
import org.masar.people.PersonTimeline;
import org.masar.people.TimelineEntry;
import org.masar.referrals.ConsentMissing;
import org.masar.referrals.NewReferral;
import org.masar.referrals.Provider;
import org.masar.referrals.Referral;
import org.masar.referrals.ReferralFilter;
import org.masar.referrals.ReferralForbidden;
import org.masar.referrals.ReferralId;
import org.masar.referrals.ReferralNotFound;
import org.masar.referrals.ReferralOutcome;
import org.masar.referrals.ReferralStale;
import org.masar.referrals.ReferralStatus;
import org.masar.referrals.Referrals;
import org.masar.referrals.ReportRow;
import org.masar.referrals.SharedField;
import org.masar.referrals.Urgency;
import org.masar.shared.InvalidFields;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The referral steps. Sending checks the person (in scope, or the case readable and open), the catalogue and the
 * consent to share with the partner, then writes the referral with the snapshot of the chosen fields, all or nothing.
 * Answers go through {@link ReferralState}, under the version the caller saw. Every step is audited and put on the
 * person's timeline (hidden, for a restricted case's referral, from readers without its type's permission).
 */
@Service
class ReferralService implements Referrals {

    static final String SUBJECT = "referral";
    static final String OVERRIDE = "referrals:override-consent";

    private final JdbcClient jdbc;
    private final ReferralQueries queries;
    private final ReferralStore store;
    private final CatalogueService catalogue;
    private final People people;
    private final Consents consents;
    private final Cases cases;
    private final ServicePlans plans;
    private final ApplicationEventPublisher events;
    private final PersonTimeline timeline;
    private final Users users;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    ReferralService(
            JdbcClient jdbc,
            ReferralQueries queries,
            ReferralStore store,
            CatalogueService catalogue,
            People people,
            Consents consents,
            Cases cases,
            ServicePlans plans,
            ApplicationEventPublisher events,
            PersonTimeline timeline,
            Users users,
            AuditTrail audit,
            JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.store = store;
        this.catalogue = catalogue;
        this.people = people;
        this.consents = consents;
        this.cases = cases;
        this.plans = plans;
        this.events = events;
        this.timeline = timeline;
        this.users = users;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAuthority('referrals:send')")
    @Transactional
    public Referral send(NewReferral asked) {
        CurrentUser me = CurrentUser.get();
        if (partnerOrganisation() != null) {
            throw new ReferralForbidden("referrals.partner-cannot-send", me.username());
        }
        Instant now = now();
        List<InvalidFields.Field> errors = new ArrayList<>();
        if (asked.person() == null && asked.caseId() == null) {
            errors.add(new InvalidFields.Field("person", "referrals.error.required"));
        }
        if (catalogue.services().stream().noneMatch(s -> s.code().equals(asked.service()))) {
            errors.add(new InvalidFields.Field("service", "referrals.error.unknown"));
        }
        Optional<Urgency> urgency = catalogue.urgencyList().stream()
                .filter(u -> u.code().equals(asked.urgency()))
                .findFirst();
        if (urgency.isEmpty()) {
            errors.add(new InvalidFields.Field("urgency", "referrals.error.unknown"));
        }
        Provider provider = null;
        if (asked.provider() == null) {
            errors.add(new InvalidFields.Field("provider", "referrals.error.required"));
        } else {
            provider = catalogue.providerList(null, asked.provider()).stream()
                    .filter(Provider::active)
                    .findFirst()
                    .orElse(null);
            if (provider == null) {
                errors.add(new InvalidFields.Field("provider", "referrals.error.unknown"));
            } else if (!provider.services().contains(asked.service())) {
                errors.add(new InvalidFields.Field("provider", "referrals.error.provider-lacks-service"));
            }
        }
        if (asked.reason() == null || asked.reason().isBlank()) {
            errors.add(new InvalidFields.Field("reason", "referrals.error.required"));
        } else if (asked.reason().strip().length() > ReferralState.LONGEST_TEXT) {
            errors.add(new InvalidFields.Field("reason", "referrals.error.too-long"));
        }
        if (asked.overrideReason() != null && asked.overrideReason().strip().length() > ReferralState.LONGEST_TEXT) {
            errors.add(new InvalidFields.Field("overrideReason", "referrals.error.too-long"));
        }
        if (asked.caseId() == null && asked.servicePlanItem() != null) {
            errors.add(new InvalidFields.Field("servicePlanItem", "referrals.error.plan-item-without-case"));
        }
        if (asked.caseId() == null && asked.share().contains(SharedField.CASE_TYPE)) {
            errors.add(new InvalidFields.Field("share", "referrals.error.case-type-without-case"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }

        // The case first (its reader check, audited for a restricted one), then the person it is about.
        CaseSummary summary = null;
        PersonId person;
        if (asked.caseId() != null) {
            summary = cases.summary(asked.caseId());
            if (!"open".equals(summary.status())) {
                throw new CaseNotOpen(asked.caseId(), summary.status());
            }
            person = people.current(summary.person());
            if (asked.person() != null && !people.current(asked.person()).equals(person)) {
                throw new InvalidFields(
                        List.of(new InvalidFields.Field("person", "referrals.error.not-the-case-person")));
            }
            if (asked.servicePlanItem() != null
                    && plans.ofCase(asked.caseId()).stream()
                            .noneMatch(item -> item.id().value().equals(asked.servicePlanItem())
                                    && item.status() == ServicePlanStatus.PLANNED)) {
                throw new InvalidFields(
                        List.of(new InvalidFields.Field("servicePlanItem", "referrals.error.not-a-planned-item")));
            }
        } else {
            person = people.current(asked.person());
        }
        PersonRecord record = people.get(person);

        String basis;
        String overrideReason = null;
        if (provider.internal()) {
            // The mission's own office: the person's details stay with the organisation that registered them.
            basis = "internal";
        } else if (consents.hasConsent(person, ConsentPurpose.SHARING, provider.organisation(), now)) {
            basis = "consent";
        } else if (asked.overrideReason() == null || asked.overrideReason().isBlank()) {
            audit.record(AuditEvent.of("referrals.referral.sent", "person", person.toString())
                    .withOutcome(AuditOutcome.DENIED)
                    .with("refusal", "consent-missing")
                    .with("provider", provider.id()));
            throw new ConsentMissing(person, provider.id());
        } else if (!permissions().contains(OVERRIDE)) {
            audit.record(AuditEvent.of("referrals.referral.consent-overridden", "person", person.toString())
                    .withOutcome(AuditOutcome.DENIED)
                    .with("provider", provider.id()));
            throw ReferralForbidden.audited("referrals.override-forbidden", person);
        } else {
            basis = "override";
            overrideReason = asked.overrideReason().strip();
        }

        String reason = asked.reason().strip();
        Map<String, String> shared = snapshot(record, summary, reason, asked.share());
        ReferralId id = ReferralId.random();
        String number = "R-"
                + jdbc.sql("SELECT to_char(nextval('referrals_number_seq'), 'FM000000')")
                        .query(String.class)
                        .single();
        String timelinePermission = timelinePermission(summary);
        jdbc.sql("""
                        INSERT INTO referrals_referral (id, referral_number, person_id, case_id, service, provider_id,
                            to_organisation, to_office, urgency, due_at, baladiya_pcode, from_office, shared_fields,
                            shared, consent_basis, status, sent_at, sent_by, sent_by_name, service_plan_item,
                            timeline_permission, updated_at, version)
                        VALUES (:id, :number, :person, :case, :service, :provider, :toOrganisation, :toOffice,
                            :urgency, :due, :baladiya, referrals_user_office(), CAST(:fields AS text[]),
                            CAST(:shared AS jsonb), :basis, 'sent', :now, :me, :meName, :item, :timelinePermission,
                            :now, 0)
                        """)
                .param("id", id.value())
                .param("number", number)
                .param("person", person.value())
                .param("case", summary == null ? null : summary.id().value())
                .param("service", asked.service())
                .param("provider", provider.id().value())
                .param(
                        "toOrganisation",
                        provider.organisation() == null
                                ? null
                                : provider.organisation().value())
                .param(
                        "toOffice",
                        provider.office() == null ? null : provider.office().value())
                .param("urgency", asked.urgency())
                .param("due", Timestamp.from(now.plus(urgency.orElseThrow().responseHours(), ChronoUnit.HOURS)))
                .param("baladiya", record.details().baladiya())
                .param(
                        "fields",
                        "{"
                                + asked.share().stream()
                                        .distinct()
                                        .map(SharedField::code)
                                        .collect(Collectors.joining(","))
                                + "}")
                .param("shared", json.writeValueAsString(shared))
                .param("basis", basis)
                .param("now", Timestamp.from(now))
                .param("me", me.id().value())
                .param("meName", me.username())
                .param("item", asked.servicePlanItem())
                .param("timelinePermission", timelinePermission)
                .update();
        jdbc.sql("""
                        INSERT INTO referrals_referral_private (referral_id, reason, override_reason)
                        VALUES (:id, :reason, :override)
                        """)
                .param("id", id.value())
                .param("reason", reason)
                .param("override", overrideReason)
                .update();
        AuditEvent sent = AuditEvent.of("referrals.referral.sent", SUBJECT, id.toString())
                .with("service", asked.service())
                .with("provider", provider.id())
                .with("basis", basis)
                .with("fields", asked.share().stream().map(SharedField::code).collect(Collectors.joining(",")));
        if (overrideReason != null) {
            audit.recordAll(List.of(
                    sent,
                    AuditEvent.of("referrals.referral.consent-overridden", SUBJECT, id.toString())
                            .because(overrideReason)
                            .with("provider", provider.id())));
        } else {
            audit.record(sent);
        }
        timeline.add(
                person,
                entry(now, "sent", id, me.username(), Map.of("number", number, "service", asked.service())),
                timelinePermission);
        return queries.find(id, viewer(me), now).orElseThrow(() -> new ReferralNotFound(id));
    }

    @Override
    @PreAuthorize("hasAuthority('referrals:respond') or hasAuthority('referrals:send')")
    @Transactional
    public Referral accept(ReferralId id, int version) {
        return answer(id, version, "accepted", (state, by, at) -> state.accept(by, at), Map.of());
    }

    @Override
    @PreAuthorize("hasAuthority('referrals:respond') or hasAuthority('referrals:send')")
    @Transactional
    public Referral decline(ReferralId id, int version, String reason) {
        return answer(id, version, "declined", (state, by, at) -> state.decline(by, at, reason), Map.of());
    }

    @Override
    @PreAuthorize("hasAuthority('referrals:respond') or hasAuthority('referrals:send')")
    @Transactional
    public Referral complete(ReferralId id, int version, ReferralOutcome outcome, @Nullable String note) {
        return answer(
                id,
                version,
                "done",
                (state, by, at) -> state.complete(by, at, outcome, note),
                Map.of("outcome", outcome.code()));
    }

    @Override
    @PreAuthorize("hasAuthority('referrals:send') or hasAuthority('referrals:read')")
    @Transactional
    public Referral revoke(ReferralId id, int version, String reason) {
        CurrentUser me = CurrentUser.get();
        ReferralQueries.Viewer viewer = viewer(me);
        Referral seen = queries.find(id, viewer, now()).orElseThrow(() -> new ReferralNotFound(id));
        ReferralState state = store.load(id).orElseThrow(() -> new ReferralNotFound(id));
        boolean mayRevoke = !viewer.partner()
                && Boolean.TRUE.equals(jdbc.sql("SELECT access_may_read_as(:me, :sender, 'referrals.referral', :id)")
                        .param("me", me.id().value())
                        .param("sender", state.sentBy())
                        .param("id", id.value())
                        .query(Boolean.class)
                        .single());
        if (!mayRevoke) {
            refuse(AuditEvent.of("referrals.referral.revoked", SUBJECT, id.toString()), id, "not-the-sender");
        }
        return transition(seen, state, version, "revoked", (s, by, at) -> s.revoke(by, at, reason), Map.of(), me);
    }

    @Override
    @PreAuthorize("hasAuthority('referrals:read')")
    @Transactional(readOnly = true)
    public Optional<Referral> find(ReferralId id) {
        return queries.find(id, viewer(CurrentUser.get()), now());
    }

    @Override
    @PreAuthorize("hasAuthority('referrals:read')")
    @Transactional(readOnly = true)
    public Referral get(ReferralId id) {
        return find(id).orElseThrow(() -> new ReferralNotFound(id));
    }

    @Override
    @PreAuthorize("hasAuthority('referrals:read')")
    @Transactional(readOnly = true)
    public PageJson<Referral> list(ReferralFilter filter, Paging paging) {
        return queries.list(filter, viewer(CurrentUser.get()), paging, now());
    }

    @Override
    @PreAuthorize("hasAuthority('referrals:read')")
    @Transactional(readOnly = true)
    public long count(ReferralFilter filter) {
        return queries.count(filter, viewer(CurrentUser.get()), now());
    }

    @Override
    @PreAuthorize("hasAuthority('referrals:read')")
    @Transactional(readOnly = true)
    public List<ReportRow> report(@Nullable YearMonth from, @Nullable YearMonth to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidFields(List.of(new InvalidFields.Field("from", "referrals.error.from-after-to")));
        }
        return queries.report(viewer(CurrentUser.get()), from, to, now());
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> steps(Referral referral) {
        Optional<CurrentUser> signedIn = CurrentUser.find();
        if (signedIn.isEmpty()) {
            return Set.of();
        }
        CurrentUser me = signedIn.get();
        ReferralQueries.Viewer viewer = viewer(me);
        Set<String> permissions = permissions();
        Set<String> steps = new LinkedHashSet<>();
        boolean receiver = viewer.partner()
                ? referral.toOrganisation() != null
                        && viewer.partnerOrganisation()
                                .equals(referral.toOrganisation().value())
                        && permissions.contains("referrals:respond")
                : referral.toOffice() != null
                        && referral.toOffice().value().equals(viewer.office())
                        && (permissions.contains("referrals:respond") || permissions.contains("referrals:send"));
        if (receiver && referral.status() == ReferralStatus.SENT) {
            steps.add("accept");
            steps.add("decline");
        }
        if (receiver && referral.status() == ReferralStatus.ACCEPTED) {
            steps.add("complete");
        }
        if (!viewer.partner() && referral.status().open() && mayRevoke(me, referral.id())) {
            steps.add("revoke");
        }
        return steps;
    }

    private boolean mayRevoke(CurrentUser me, ReferralId id) {
        return Boolean.TRUE.equals(jdbc.sql("""
                        SELECT access_may_read_as(:me, r.sent_by, 'referrals.referral', r.id)
                          FROM referrals_referral r WHERE r.id = :id
                        """)
                .param("me", me.id().value())
                .param("id", id.value())
                .query(Boolean.class)
                .optional()
                .orElse(false));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean partnerUser() {
        return CurrentUser.find().isPresent() && partnerOrganisation() != null;
    }

    /** A step of the receiver: a partner's user for their organisation, a mission user for their office. */
    private Referral answer(
            ReferralId id, int version, String kind, Transition transition, Map<String, String> details) {
        CurrentUser me = CurrentUser.get();
        ReferralQueries.Viewer viewer = viewer(me);
        Referral seen = queries.find(id, viewer, now()).orElseThrow(() -> new ReferralNotFound(id));
        ReferralState state = store.load(id).orElseThrow(() -> new ReferralNotFound(id));
        boolean receiver = viewer.partner()
                ? viewer.partnerOrganisation().equals(state.toOrganisation())
                        && permissions().contains("referrals:respond")
                : state.toOffice() != null && state.toOffice().equals(viewer.office());
        if (!receiver) {
            refuse(AuditEvent.of("referrals.referral." + kind, SUBJECT, id.toString()), id, "not-the-receiver");
        }
        return transition(seen, state, version, kind, transition, details, me);
    }

    private Referral transition(
            Referral seen,
            ReferralState state,
            int version,
            String kind,
            Transition transition,
            Map<String, String> details,
            CurrentUser me) {
        ReferralId id = seen.id();
        if (state.version() != version) {
            throw new ReferralStale(id);
        }
        Instant now = now();
        transition.apply(state, me.username(), now);
        if (state.status() == ReferralStatus.DONE) {
            events.publishEvent(store.completion(id, state.outcome()));
        }
        store.answering(id);
        store.save(state, now);
        AuditEvent entry = AuditEvent.of("referrals.referral." + kind, SUBJECT, id.toString());
        for (Map.Entry<String, String> detail : details.entrySet()) {
            entry = entry.with(detail.getKey(), detail.getValue());
        }
        audit.record(entry);
        Map<String, String> shown = new LinkedHashMap<>(details);
        shown.put("number", seen.number());
        shown.put("service", seen.service());
        timeline.add(
                new PersonId(state.person()), entry(now, kind, id, me.username(), shown), state.timelinePermission());
        return queries.find(id, viewer(me), now).orElseThrow(() -> new ReferralNotFound(id));
    }

    @FunctionalInterface
    private interface Transition {
        void apply(ReferralState state, String by, Instant at);
    }

    private void refuse(AuditEvent step, ReferralId id, String why) {
        audit.record(step.withOutcome(AuditOutcome.DENIED).with("refusal", why));
        throw ReferralForbidden.audited("referrals.forbidden", id);
    }

    /** The values of the chosen fields, as they are now: all the receiver will ever read of the person. */
    private static Map<String, String> snapshot(
            PersonRecord record, @Nullable CaseSummary summary, String reason, List<SharedField> fields) {
        Map<String, String> shared = new LinkedHashMap<>();
        Set<SharedField> chosen = new LinkedHashSet<>(fields);
        for (SharedField field : chosen) {
            String value = switch (field) {
                case REGISTRATION_NUMBER -> record.registrationNumber();
                case NAMES -> names(record.names());
                case SEX ->
                    record.details().sex() == null
                            ? null
                            : record.details().sex().name();
                case AGE -> record.age() == null ? null : String.valueOf(record.age());
                case NATIONALITY -> record.details().nationality();
                case PHONES -> String.join(", ", record.details().phones());
                case LANGUAGES -> String.join(", ", record.details().languages());
                case BALADIYA -> record.details().baladiya();
                case REASON -> reason;
                case CASE_TYPE -> summary == null ? null : summary.caseType();
            };
            if (value != null && !value.isBlank()) {
                shared.put(field.code(), value);
            }
        }
        return shared;
    }

    private static String names(PersonNames names) {
        String arabic = names.arabic();
        String latin = names.latin();
        if (arabic.isEmpty()) {
            return latin;
        }
        return latin.isEmpty() ? arabic : arabic + " / " + latin;
    }

    /**
     * A restricted case's referral is on the timeline only for readers holding its type's permission: health cases'
     * {@code health:read-restricted}, every other restricted type's (protection, GBV, child protection)
     * {@code protection:read-restricted}. (The case face does not give the type's timeline permission yet.)
     */
    /**
     * Who may see a referral's entries on the person's timeline: for a referral from a case, whoever may see the case's
     * own entries (its type's permission); a restricted case of a type that names none is still hidden from readers
     * without {@code protection:read-restricted}.
     */
    static @Nullable String timelinePermission(@Nullable CaseSummary summary) {
        if (summary == null) {
            return null;
        }
        if (summary.timelinePermission() != null || summary.sensitivity() != Sensitivity.RESTRICTED) {
            return summary.timelinePermission();
        }
        return "protection:read-restricted";
    }

    private static TimelineEntry entry(
            Instant at, String kind, ReferralId id, String actor, Map<String, String> details) {
        return new TimelineEntry(at, "referrals", kind, id.toString(), actor, details);
    }

    private ReferralQueries.Viewer viewer(CurrentUser me) {
        UUID partner = partnerOrganisation();
        UUID office = uuid("SELECT referrals_user_office()");
        return new ReferralQueries.Viewer(me.id().value(), partner, office, users.currentScopes());
    }

    private @Nullable UUID partnerOrganisation() {
        return uuid("SELECT referrals_partner_org()");
    }

    private @Nullable UUID uuid(String sql) {
        List<@Nullable UUID> found =
                jdbc.sql(sql).query((row, n) -> row.getObject(1, UUID.class)).list();
        return found.isEmpty() ? null : found.getFirst();
    }

    private static Set<String> permissions() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Set.of();
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
