package org.masar.assistance.internal;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.CurrentUser;
import org.masar.access.Programme;
import org.masar.access.Scopes;
import org.masar.access.Users;
import org.masar.assistance.ServiceAlreadyVoided;
import org.masar.assistance.ServiceDraft;
import org.masar.assistance.ServiceFilter;
import org.masar.assistance.ServiceId;
import org.masar.assistance.ServiceNotFound;
import org.masar.assistance.ServiceOutOfScope;
import org.masar.assistance.ServiceRecord;
import org.masar.assistance.ServiceType;
import org.masar.assistance.Services;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.cases.CaseId;
import org.masar.cases.CaseSummary;
import org.masar.cases.Cases;
import org.masar.cases.ServicePlanItemId;
import org.masar.cases.ServicePlanStatus;
import org.masar.cases.ServicePlans;
import org.masar.geo.SiteId;
import org.masar.people.AgeBand;
import org.masar.people.HouseholdId;
import org.masar.people.Households;
import org.masar.people.People;
import org.masar.people.PersonId;
import org.masar.people.PersonRecord;
import org.masar.people.PersonTimeline;
import org.masar.people.Sex;
import org.masar.people.TimelineEntry;
import org.masar.shared.InvalidFields;
import org.masar.shared.MissionTime;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, reads and voids delivered services. Recording checks every field first (all errors at once, nothing
 * written), then the case (its reader check) and the person (current after merges, within the user's scopes), writes
 * the service, audits it, puts it on the timeline and marks the case's plan item delivered — in the same transaction,
 * synchronously: the recorder is the case's reader (checked just before), the item was checked planned, and the
 * caseworker sees the plan updated when the page comes back; a refusal there rolls the whole record back.
 */
@Service
class ServiceRecorder implements Services {

    static final String RECORD_TYPE = "assistance.service";
    static final int LONGEST_REASON = 1000;

    private final JdbcClient jdbc;
    private final People people;
    private final Households households;
    private final Cases cases;
    private final ServicePlans plans;
    private final ServicePlaces places;
    private final PersonTimeline timeline;
    private final Users users;
    private final AuditTrail audit;
    private final Clock clock;

    ServiceRecorder(
            JdbcClient jdbc,
            People people,
            Households households,
            Cases cases,
            ServicePlans plans,
            ServicePlaces places,
            PersonTimeline timeline,
            Users users,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.households = households;
        this.cases = cases;
        this.plans = plans;
        this.places = places;
        this.timeline = timeline;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:read')")
    @Transactional(readOnly = true)
    public List<ServiceType> types() {
        return jdbc.sql("SELECT code, name_en, name_ar FROM assistance_service_type WHERE active ORDER BY position")
                .query((rs, n) ->
                        new ServiceType(rs.getString("code"), rs.getString("name_en"), rs.getString("name_ar")))
                .list();
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:record')")
    @Transactional
    public ServiceRecord record(ServiceDraft draft) {
        CurrentUser me = CurrentUser.get();
        Instant now = clock.instant();
        List<InvalidFields.Field> errors = new ArrayList<>();
        if (draft.person() == null) {
            errors.add(error("person", "required"));
        }
        if (draft.type() == null || draft.type().isBlank()) {
            errors.add(error("type", "required"));
        } else if (types().stream().noneMatch(t -> t.code().equals(draft.type()))) {
            errors.add(error("type", "unknown"));
        }
        String unit = blankToNull(draft.unit());
        if (draft.quantity() != null && draft.quantity().signum() <= 0) {
            errors.add(error("quantity", "positive"));
        } else if (draft.quantity() != null && draft.quantity().compareTo(new BigDecimal("9999999999")) > 0) {
            errors.add(error("quantity", "too-large"));
        } else if (draft.quantity() != null && draft.quantity().scale() > 2) {
            errors.add(error("quantity", "decimals"));
        }
        if ((draft.quantity() == null) != (unit == null)) {
            errors.add(error(draft.quantity() == null ? "quantity" : "unit", "quantity-with-unit"));
        } else if (unit != null && unit.length() > 40) {
            errors.add(error("unit", "too-long"));
        }
        String baladiya = places.place(draft.site(), draft.baladiya(), errors);
        day(draft.deliveredOn(), "deliveredOn", now, errors);
        programme(draft.programme(), errors);
        String project = project(draft.project(), errors);
        if (draft.servicePlanItem() != null && draft.caseId() == null) {
            errors.add(error("servicePlanItem", "plan-item-without-case"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        // A user limited to programmes records only under theirs, as the lists show only theirs.
        Scopes scopes = users.currentScopes();
        if (!scopes.programmes().isEmpty() && !scopes.coversProgramme(Programme.valueOf(draft.programme()))) {
            throw new ServiceOutOfScope(draft.programme());
        }

        // The case first (its reader check), then the person (current, in scope).
        CaseSummary summary = null;
        PersonId person = people.current(draft.person());
        if (draft.caseId() != null) {
            summary = cases.summary(draft.caseId());
            if (!people.current(summary.person()).equals(person)) {
                throw new InvalidFields(List.of(error("caseId", "not-the-persons-case")));
            }
            if (draft.servicePlanItem() != null
                    && plans.ofCase(draft.caseId()).stream()
                            .noneMatch(item -> item.id().value().equals(draft.servicePlanItem())
                                    && item.status() == ServicePlanStatus.PLANNED)) {
                throw new InvalidFields(List.of(error("servicePlanItem", "not-a-planned-item")));
            }
        }
        PersonRecord record = people.get(person);
        if (draft.household() != null
                && households.get(draft.household()).members().stream()
                        .noneMatch(m -> people.current(m.person()).equals(person))) {
            throw new InvalidFields(List.of(error("household", "not-the-persons-household")));
        }

        ServiceId id = insert(
                new Received(
                        person,
                        draft.household(),
                        draft.type(),
                        draft.quantity(),
                        unit,
                        draft.site(),
                        baladiya,
                        draft.deliveredOn(),
                        draft.programme(),
                        project,
                        record.details().baladiya(),
                        record.details().sex(),
                        record.ageBandOn(draft.deliveredOn()),
                        null,
                        null),
                draft.caseId(),
                draft.servicePlanItem(),
                summary == null ? null : summary.timelinePermission(),
                me,
                now);
        audit.record(AuditEvent.of("assistance.service.recorded", "service", id.toString())
                .with("person", person)
                .with("type", draft.type())
                .with("programme", draft.programme()));
        if (draft.caseId() != null && draft.servicePlanItem() != null) {
            plans.recordDelivery(
                    draft.caseId(), new ServicePlanItemId(draft.servicePlanItem()), RECORD_TYPE, id.value());
        }
        return find(id).orElseThrow(() -> new ServiceNotFound(id));
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:read')")
    @Transactional(readOnly = true)
    public ServiceRecord get(ServiceId id) {
        ServiceRecord found = find(id).orElseThrow(() -> new ServiceNotFound(id));
        people.get(people.current(found.person()));
        return found;
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:read')")
    @Transactional(readOnly = true)
    public PageJson<ServiceRecord> list(ServiceFilter filter, Paging paging) {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new HashMap<>();
        if (filter.person() != null) {
            PersonId person = people.current(filter.person());
            people.get(person);
            where.append(" AND s.person_id = :person");
            params.put("person", person.value());
        }
        inScopes(users.currentScopes(), "s.person_baladiya", "s.programme", where, params);
        if (filter.programme() != null) {
            where.append(" AND s.programme = :programme");
            params.put("programme", filter.programme());
        }
        if (filter.project() != null) {
            where.append(" AND s.project = :project");
            params.put("project", filter.project());
        }
        if (filter.month() != null) {
            where.append(" AND s.delivered_on >= :from AND s.delivered_on < :to");
            params.put("from", Date.valueOf(filter.month().atDay(1)));
            params.put("to", Date.valueOf(filter.month().plusMonths(1).atDay(1)));
        }
        long total = jdbc.sql("SELECT count(*) FROM assistance_service s" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", paging.limit());
        params.put("offset", paging.offset());
        List<ServiceRecord> items = jdbc.sql("SELECT s.* FROM assistance_service s" + where
                        + " ORDER BY s.delivered_on DESC, s.recorded_at DESC, s.id LIMIT :limit OFFSET :offset")
                .params(params)
                .query(ServiceRecorder::row)
                .list();
        return paging.page(items, total);
    }

    /**
     * The one scope rule of services (lists, reports, exports): within the user's baladiya by the person's baladiya
     * (as people's are), and within their programmes. As cases do, a user limited to no programme is not limited by
     * programme (people are not per programme). Group activities, which name no person, are scoped by the same rule
     * on the baladiya where they were held.
     */
    static void inScopes(
            Scopes scopes,
            String baladiyaColumn,
            String programmeColumn,
            StringBuilder where,
            Map<String, Object> params) {
        if (!scopes.allBaladiya()) {
            where.append(" AND " + baladiyaColumn + " = ANY (CAST(:scopeBaladiya AS text[]))");
            params.put("scopeBaladiya", "{" + String.join(",", scopes.baladiya()) + "}");
        }
        if (!scopes.programmes().isEmpty()) {
            where.append(" AND " + programmeColumn + " = ANY (CAST(:scopeProgrammes AS text[]))");
            params.put(
                    "scopeProgrammes",
                    "{"
                            + String.join(
                                    ",",
                                    scopes.programmes().stream().map(Enum::name).toList()) + "}");
        }
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:record')")
    @Transactional
    public ServiceRecord voidService(ServiceId id, String reason) {
        CurrentUser me = CurrentUser.get();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidFields(List.of(error("reason", "required")));
        }
        if (why.length() > LONGEST_REASON) {
            throw new InvalidFields(List.of(error("reason", "too-long")));
        }
        ServiceRecord found = jdbc.sql("SELECT * FROM assistance_service WHERE id = :id FOR UPDATE")
                .param("id", id.value())
                .query(ServiceRecorder::row)
                .optional()
                .orElseThrow(() -> new ServiceNotFound(id));
        PersonId person = people.current(found.person());
        people.get(person);
        if (found.voided()) {
            throw new ServiceAlreadyVoided(id);
        }
        Instant now = clock.instant();
        jdbc.sql("""
                        UPDATE assistance_service SET voided_at = :now, voided_by_name = :me, void_reason = :reason
                         WHERE id = :id AND voided_at IS NULL
                        """)
                .param("now", Timestamp.from(now))
                .param("me", me.username())
                .param("reason", why)
                .param("id", id.value())
                .update();
        audit.record(AuditEvent.of("assistance.service.voided", "service", id.toString())
                .because(why)
                .with("person", person));
        String visibleWith = jdbc.sql("SELECT timeline_permission FROM assistance_service WHERE id = :id")
                .param("id", id.value())
                .query(String.class)
                .optional()
                .orElse(null);
        timeline.add(
                person,
                new TimelineEntry(
                        now,
                        "assistance",
                        "service-voided",
                        id.toString(),
                        me.username(),
                        Map.of("service", found.type())),
                visibleWith);
        return find(id).orElseThrow(() -> new ServiceNotFound(id));
    }

    /**
     * What a distribution's hand-over or a collected cash transfer delivered, written as a service by the part that
     * checked it (the person current and in scope, the place, the programme): the one ledger of who received what.
     *
     * @param personBaladiya the person's baladiya now, by which lists are scoped
     * @param sex and {@code ageBand}: the person's when served ({@link PersonRecord#ageBandOn}), which reports count by
     * @param source {@code distribution} or {@code cash-cycle}, with the id of the distribution or cycle
     */
    record Received(
            PersonId person,
            @Nullable HouseholdId household,
            String type,
            @Nullable BigDecimal quantity,
            @Nullable String unit,
            @Nullable SiteId site,
            @Nullable String baladiya,
            LocalDate deliveredOn,
            String programme,
            @Nullable String project,
            @Nullable String personBaladiya,
            @Nullable Sex sex,
            @Nullable AgeBand ageBand,
            @Nullable String source,
            @Nullable UUID sourceId) {}

    /**
     * Writes a received service in the caller's transaction and puts it on the person's timeline. The caller has
     * checked everything and audits its own step (a hand-over, a collected transfer), naming the service.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    ServiceId recordReceived(Received received) {
        return insert(received, null, null, null, CurrentUser.get(), clock.instant());
    }

    private ServiceId insert(
            Received received,
            @Nullable CaseId caseId,
            @Nullable UUID servicePlanItem,
            @Nullable String timelinePermission,
            CurrentUser me,
            Instant now) {
        ServiceId id = ServiceId.random();
        jdbc.sql("""
                        INSERT INTO assistance_service (id, person_id, household_id, service_type, quantity, unit,
                            site_id, baladiya_pcode, delivered_on, programme, project, case_id, service_plan_item,
                            person_baladiya, timeline_permission, recorded_at, recorded_by, recorded_by_name,
                            source, source_id, person_sex, person_age_band)
                        VALUES (:id, :person, :household, :type, :quantity, :unit, :site, :baladiya, :on, :programme,
                            :project, :case, :item, :personBaladiya, :timelinePermission, :now, :me, :meName,
                            :source, :sourceId, :sex, :ageBand)
                        """)
                .param("id", id.value())
                .param("person", received.person().value())
                .param(
                        "household",
                        received.household() == null
                                ? null
                                : received.household().value())
                .param("type", received.type())
                .param("quantity", received.quantity())
                .param("unit", received.unit())
                .param("site", received.site() == null ? null : received.site().value())
                .param("baladiya", received.baladiya())
                .param("on", Date.valueOf(received.deliveredOn()))
                .param("programme", received.programme())
                .param("project", received.project())
                .param("case", caseId == null ? null : caseId.value())
                .param("item", servicePlanItem)
                .param("personBaladiya", received.personBaladiya())
                .param("timelinePermission", timelinePermission)
                .param("now", Timestamp.from(now))
                .param("me", me.id().value())
                .param("meName", me.username())
                .param("source", received.source())
                .param("sourceId", received.sourceId())
                .param("sex", received.sex() == null ? null : received.sex().name())
                .param(
                        "ageBand",
                        received.ageBand() == null ? null : received.ageBand().name())
                .update();
        timeline.add(
                received.person(),
                new TimelineEntry(
                        now,
                        "assistance",
                        "service",
                        id.toString(),
                        me.username(),
                        Map.of(
                                "service",
                                received.type(),
                                "on",
                                received.deliveredOn().toString())),
                timelinePermission);
        return id;
    }

    private Optional<ServiceRecord> find(ServiceId id) {
        return jdbc.sql("SELECT * FROM assistance_service WHERE id = :id")
                .param("id", id.value())
                .query(ServiceRecorder::row)
                .optional();
    }

    static void day(@Nullable LocalDate day, String field, Instant now, List<InvalidFields.Field> errors) {
        if (day == null) {
            errors.add(error(field, "required"));
        } else if (day.isAfter(LocalDate.ofInstant(now, MissionTime.ZONE))) {
            errors.add(error(field, "in-the-future"));
        } else if (day.isBefore(LocalDate.of(2000, 1, 1))) {
            errors.add(error(field, "too-old"));
        }
    }

    static void programme(@Nullable String programme, List<InvalidFields.Field> errors) {
        if (programme == null || programme.isBlank()) {
            errors.add(error("programme", "required"));
        } else if (java.util.Arrays.stream(Programme.values())
                .noneMatch(p -> p.name().equals(programme))) {
            errors.add(error("programme", "unknown"));
        }
    }

    static @Nullable String project(@Nullable String project, List<InvalidFields.Field> errors) {
        String code = blankToNull(project);
        if (code != null && code.length() > 60) {
            errors.add(error("project", "too-long"));
        }
        return code;
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static InvalidFields.Field error(String field, String what) {
        return new InvalidFields.Field(field, "assistance.error." + what);
    }

    private static ServiceRecord row(ResultSet rs, int n) throws SQLException {
        UUID household = rs.getObject("household_id", UUID.class);
        UUID site = rs.getObject("site_id", UUID.class);
        UUID caseId = rs.getObject("case_id", UUID.class);
        Timestamp voided = rs.getTimestamp("voided_at");
        return new ServiceRecord(
                new ServiceId(rs.getObject("id", UUID.class)),
                new PersonId(rs.getObject("person_id", UUID.class)),
                household == null ? null : new HouseholdId(household),
                rs.getString("service_type"),
                rs.getBigDecimal("quantity"),
                rs.getString("unit"),
                site == null ? null : new SiteId(site),
                rs.getString("baladiya_pcode"),
                rs.getDate("delivered_on").toLocalDate(),
                rs.getString("programme"),
                rs.getString("project"),
                caseId == null ? null : new CaseId(caseId),
                rs.getObject("service_plan_item", UUID.class),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by_name"),
                voided == null ? null : voided.toInstant(),
                rs.getString("voided_by_name"),
                rs.getString("void_reason"));
    }
}
