package org.masar.assistance.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.Programme;
import org.masar.access.Scopes;
import org.masar.access.Users;
import org.masar.assistance.BeneficiariesAdded;
import org.masar.assistance.Beneficiary;
import org.masar.assistance.BeneficiaryImportRefused;
import org.masar.assistance.Distribution;
import org.masar.assistance.DistributionDraft;
import org.masar.assistance.DistributionId;
import org.masar.assistance.DistributionItem;
import org.masar.assistance.DistributionNotFound;
import org.masar.assistance.DistributionOutOfScope;
import org.masar.assistance.DistributionReconciliation;
import org.masar.assistance.DistributionStatusConflict;
import org.masar.assistance.Distributions;
import org.masar.assistance.Item;
import org.masar.assistance.Kit;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.cases.CaseFilter;
import org.masar.cases.CaseListItem;
import org.masar.cases.CaseLists;
import org.masar.geo.Site;
import org.masar.geo.SiteId;
import org.masar.geo.Sites;
import org.masar.people.HouseholdId;
import org.masar.people.Households;
import org.masar.people.People;
import org.masar.people.PersonFilter;
import org.masar.people.PersonId;
import org.masar.people.PersonRecord;
import org.masar.people.PersonSummary;
import org.masar.shared.Actor;
import org.masar.shared.InvalidFields;
import org.masar.shared.MissionTime;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.masar.shared.spreadsheet.SpreadsheetReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plans distributions, builds their lists, opens and closes them. Every step reads the distribution first and refuses
 * one outside the user's baladiya or programme scopes (403, audited by the trail's net for refusals).
 */
@Service
class DistributionService implements Distributions {

    static final int LONGEST_TARGETING = 4000;
    static final int MOST_ITEMS = 30;

    private final JdbcClient jdbc;
    private final ServicePlaces places;
    private final Sites sites;
    private final CatalogueItems catalogue;
    private final People people;
    private final Households households;
    private final CaseLists cases;
    private final Users users;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final BeneficiaryImporter importer;
    private final Clock clock;

    DistributionService(
            JdbcClient jdbc,
            ServicePlaces places,
            Sites sites,
            CatalogueItems catalogue,
            People people,
            Households households,
            CaseLists cases,
            Users users,
            AuditTrail audit,
            JsonMapper json,
            BeneficiaryImporter importer,
            Clock clock) {
        this.jdbc = jdbc;
        this.places = places;
        this.sites = sites;
        this.catalogue = catalogue;
        this.people = people;
        this.households = households;
        this.cases = cases;
        this.users = users;
        this.audit = audit;
        this.json = json;
        this.importer = importer;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:manage-distributions')")
    @Transactional
    public Distribution plan(DistributionDraft draft) {
        List<InvalidFields.Field> errors = new ArrayList<>();
        String name = ServiceRecorder.blankToNull(draft.name());
        if (name == null) {
            errors.add(ServiceRecorder.error("name", "required"));
        } else if (name.length() > 200) {
            errors.add(ServiceRecorder.error("name", "too-long"));
        }
        String baladiya = places.place(draft.site(), draft.baladiya(), errors);
        if (draft.plannedOn() == null) {
            errors.add(ServiceRecorder.error("plannedOn", "required"));
        } else if (draft.plannedOn().isBefore(LocalDate.of(2000, 1, 1))
                || draft.plannedOn().isAfter(LocalDate.of(2100, 1, 1))) {
            errors.add(ServiceRecorder.error("plannedOn", "too-old"));
        }
        if (draft.warehouse() == null) {
            errors.add(ServiceRecorder.error("warehouse", "required"));
        } else if (jdbc.sql("SELECT count(*) FROM assistance_warehouse WHERE site_id = :id")
                        .param("id", draft.warehouse().value())
                        .query(Long.class)
                        .single()
                == 0) {
            errors.add(ServiceRecorder.error("warehouse", "unknown"));
        }
        if (draft.serviceType() == null || draft.serviceType().isBlank()) {
            errors.add(ServiceRecorder.error("serviceType", "required"));
        } else if (jdbc.sql("SELECT count(*) FROM assistance_service_type WHERE code = :code AND active")
                        .param("code", draft.serviceType())
                        .query(Long.class)
                        .single()
                == 0) {
            errors.add(ServiceRecorder.error("serviceType", "unknown"));
        }
        List<DistributionItem> items = items(draft.items(), errors);
        String targeting = ServiceRecorder.blankToNull(draft.targeting());
        if (targeting != null && targeting.length() > LONGEST_TARGETING) {
            errors.add(ServiceRecorder.error("targeting", "too-long"));
        }
        ServiceRecorder.programme(draft.programme(), errors);
        String project = ServiceRecorder.project(draft.project(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        Scopes scopes = users.currentScopes();
        DistributionId id = DistributionId.random();
        if ((baladiya != null && !scopes.coversBaladiya(baladiya))
                || (!scopes.programmes().isEmpty() && !scopes.coversProgramme(Programme.valueOf(draft.programme())))) {
            throw new DistributionOutOfScope(id);
        }
        Site site = draft.site() == null ? null : sites.find(draft.site()).orElse(null);
        jdbc.sql("""
                        INSERT INTO assistance_distribution (id, name, site_id, site_name_en, site_name_ar,
                            baladiya_pcode, planned_on, warehouse_id, service_type, per_household, targeting,
                            programme, project, created_at, created_by)
                        VALUES (:id, :name, :site, :siteEn, :siteAr, :baladiya, :on, :warehouse, :type, :household,
                            :targeting, :programme, :project, :now, :by)
                        """)
                .param("id", id.value())
                .param("name", name)
                .param("site", site == null ? null : site.id().value())
                .param("siteEn", site == null ? null : site.nameEn())
                .param("siteAr", site == null ? null : site.nameAr())
                .param("baladiya", baladiya)
                .param("on", Date.valueOf(draft.plannedOn()))
                .param("warehouse", draft.warehouse().value())
                .param("type", draft.serviceType())
                .param("household", draft.perHousehold())
                .param("targeting", targeting)
                .param("programme", draft.programme())
                .param("project", project)
                .param("now", Timestamp.from(clock.instant()))
                .param("by", Actor.current().name())
                .update();
        int position = 0;
        for (DistributionItem item : items) {
            jdbc.sql("""
                            INSERT INTO assistance_distribution_item (distribution_id, position, item_id, kit_id,
                                quantity)
                            VALUES (:id, :position, (SELECT id FROM assistance_item WHERE code = :item),
                                (SELECT id FROM assistance_kit WHERE code = :kit), :quantity)
                            """)
                    .param("id", id.value())
                    .param("position", position++)
                    .param("item", item.item())
                    .param("kit", item.kit())
                    .param("quantity", item.quantity())
                    .update();
        }
        audit.record(AuditEvent.of("assistance.distribution.planned", "distribution", id.toString())
                .with("programme", draft.programme())
                .with("serviceType", draft.serviceType()));
        return read(id);
    }

    private List<DistributionItem> items(List<DistributionItem> items, List<InvalidFields.Field> errors) {
        if (items.isEmpty()) {
            errors.add(ServiceRecorder.error("items", "required"));
            return items;
        }
        if (items.size() > MOST_ITEMS) {
            errors.add(ServiceRecorder.error("items", "too-large"));
            return items;
        }
        List<DistributionItem> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            DistributionItem line = items.get(i);
            String field = "items[" + i + "]";
            String item = ServiceRecorder.blankToNull(line.item());
            String kit = ServiceRecorder.blankToNull(line.kit());
            if ((item == null) == (kit == null)) {
                errors.add(new InvalidFields.Field(field + ".item", "assistance.distributions.error.item-or-kit"));
                continue;
            }
            if (line.quantity() < 1 || line.quantity() > 10_000) {
                errors.add(ServiceRecorder.error(field + ".quantity", "positive"));
            }
            if (item != null) {
                Optional<Item> known = catalogue.findItem(item);
                if (known.isEmpty() || !known.get().active()) {
                    errors.add(ServiceRecorder.error(field + ".item", "unknown"));
                }
            } else {
                Optional<Kit> known = catalogue.findKit(kit);
                if (known.isEmpty() || !known.get().active()) {
                    errors.add(ServiceRecorder.error(field + ".kit", "unknown"));
                }
            }
            if (!seen.add((item != null ? "item:" + item : "kit:" + kit))) {
                errors.add(ServiceRecorder.error(field, "duplicate"));
            }
            checked.add(DistributionItem.of(item, kit, line.quantity()));
        }
        return checked;
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:read')")
    @Transactional(readOnly = true)
    public Distribution get(DistributionId id) {
        return inScope(id);
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:read')")
    @Transactional(readOnly = true)
    public PageJson<Distribution> list(@Nullable String status, Paging paging) {
        Scopes scopes = users.currentScopes();
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new HashMap<>();
        scopeClause(scopes, where, params);
        if (status != null) {
            where.append(" AND d.status = :status");
            params.put("status", status);
        }
        long total = jdbc.sql("SELECT count(*) FROM assistance_distribution d" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", paging.limit());
        params.put("offset", paging.offset());
        List<UUID> ids = jdbc.sql("SELECT d.id FROM assistance_distribution d" + where
                        + " ORDER BY d.planned_on DESC, d.created_at DESC, d.id LIMIT :limit OFFSET :offset")
                .params(params)
                .query(UUID.class)
                .list();
        return paging.page(ids.stream().map(id -> read(new DistributionId(id))).toList(), total);
    }

    static void scopeClause(Scopes scopes, StringBuilder where, Map<String, Object> params) {
        if (!scopes.allBaladiya()) {
            where.append(" AND d.baladiya_pcode = ANY (CAST(:scopeBaladiya AS text[]))");
            params.put("scopeBaladiya", "{" + String.join(",", scopes.baladiya()) + "}");
        }
        if (!scopes.programmes().isEmpty()) {
            where.append(" AND d.programme = ANY (CAST(:scopeProgrammes AS text[]))");
            params.put(
                    "scopeProgrammes",
                    "{"
                            + String.join(
                                    ",",
                                    scopes.programmes().stream().map(Enum::name).toList()) + "}");
        }
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:read')")
    @Transactional(readOnly = true)
    public PageJson<Beneficiary> beneficiaries(DistributionId id, Paging paging) {
        inScope(id);
        long total = jdbc.sql("SELECT count(*) FROM assistance_distribution_beneficiary WHERE distribution_id = :id")
                .param("id", id.value())
                .query(Long.class)
                .single();
        return paging.page(beneficiaryRows(jdbc, id.value(), paging.limit(), paging.offset(), clock), total);
    }

    static List<Beneficiary> beneficiaryRows(JdbcClient jdbc, UUID distribution, int limit, long offset, Clock clock) {
        LocalDate today = MissionTime.today(clock);
        return jdbc.sql("""
                        SELECT b.*, h.id AS handover_id, h.handed_over_at
                          FROM assistance_distribution_beneficiary b
                          LEFT JOIN assistance_handover h ON h.beneficiary_id = b.id
                         WHERE b.distribution_id = :id
                         ORDER BY b.registration_number, b.id LIMIT :limit OFFSET :offset
                        """)
                .param("id", distribution)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> beneficiary(rs, today))
                .list();
    }

    private static Beneficiary beneficiary(ResultSet rs, LocalDate today) throws SQLException {
        Date born = rs.getDate("born_about");
        UUID household = rs.getObject("household_id", UUID.class);
        Timestamp at = rs.getTimestamp("handed_over_at");
        return new Beneficiary(
                rs.getObject("id", UUID.class),
                new PersonId(rs.getObject("person_id", UUID.class)),
                household == null ? null : new HouseholdId(household),
                rs.getString("registration_number"),
                rs.getString("name_ar"),
                rs.getString("name_lat"),
                rs.getString("sex"),
                born == null ? null : Period.between(born.toLocalDate(), today).getYears(),
                rs.getString("source"),
                rs.getTimestamp("added_at").toInstant(),
                rs.getObject("handover_id", UUID.class),
                at == null ? null : at.toInstant());
    }

    // ---- adding people --------------------------------------------------------------------------------------------

    /** A person about to be listed, as read through people. */
    record Candidate(
            PersonId person,
            String registrationNumber,
            String nameAr,
            String nameLat,
            @Nullable String sex,
            @Nullable LocalDate bornAbout,
            @Nullable String baladiya) {

        static Candidate of(PersonRecord record) {
            LocalDate born = record.dateOfBirth();
            if (born == null
                    && record.details().estimatedAge() != null
                    && record.details().ageEstimatedOn() != null) {
                born = record.details()
                        .ageEstimatedOn()
                        .minusYears(record.details().estimatedAge());
            }
            return new Candidate(
                    record.id(),
                    record.registrationNumber(),
                    record.names().arabic(),
                    record.names().latin(),
                    record.details().sex() == null
                            ? null
                            : record.details().sex().name(),
                    born,
                    record.details().baladiya());
        }

        static Candidate of(PersonSummary summary, LocalDate today) {
            return new Candidate(
                    summary.id(),
                    summary.registrationNumber(),
                    summary.names().arabic(),
                    summary.names().latin(),
                    summary.sex() == null ? null : summary.sex().name(),
                    summary.age() == null ? null : today.minusYears(summary.age()),
                    summary.baladiya());
        }
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:manage-distributions') and hasAuthority('people:read')")
    @Transactional
    public BeneficiariesAdded addPeople(DistributionId id, List<PersonId> ids) {
        Distribution distribution = listable(id);
        if (ids.isEmpty()) {
            throw new InvalidFields(List.of(ServiceRecorder.error("people", "required")));
        }
        if (ids.size() > MAX_ADDED) {
            throw new InvalidFields(List.of(ServiceRecorder.error("people", "too-large")));
        }
        List<InvalidFields.Field> errors = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        Set<PersonId> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String field = "people[" + i + "]";
            Optional<PersonRecord> found;
            try {
                found = people.find(people.current(ids.get(i)));
            } catch (RuntimeException unknownOrOutOfScope) {
                found = Optional.empty();
            }
            if (found.isEmpty()) {
                errors.add(new InvalidFields.Field(field, "assistance.distributions.error.unknown-person"));
                continue;
            }
            if (!seen.add(found.get().id())) {
                errors.add(ServiceRecorder.error(field, "duplicate"));
                continue;
            }
            candidates.add(Candidate.of(found.get()));
        }
        List<String> refusals = listed(distribution, candidates);
        for (int i = 0, c = 0; i < ids.size() && c < refusals.size(); i++) {
            String field = "people[" + i + "]";
            if (errors.stream().anyMatch(error -> error.field().equals(field))) {
                continue;
            }
            if (refusals.get(c) != null) {
                errors.add(new InvalidFields.Field(field, refusals.get(c)));
            }
            c++;
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        return add(distribution, candidates, "ids");
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:manage-distributions') and hasAuthority('people:read')")
    @Transactional
    public BeneficiariesAdded addMatching(DistributionId id, PersonFilter filter) {
        Distribution distribution = listable(id);
        long matching = people.count(filter);
        if (matching > MAX_ADDED) {
            throw new InvalidFields(
                    List.of(new InvalidFields.Field("filter", "assistance.distributions.error.too-many")));
        }
        LocalDate today = MissionTime.today(clock);
        List<Candidate> candidates = new ArrayList<>();
        for (int page = 0; page * Paging.MAX_SIZE < matching; page++) {
            for (PersonSummary summary :
                    people.search(filter, new Paging(page, Paging.MAX_SIZE)).items()) {
                candidates.add(Candidate.of(summary, today));
            }
        }
        return addSkipping(distribution, candidates, "filter");
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:manage-distributions') and hasAuthority('people:read')")
    @Transactional
    public BeneficiariesAdded addCasePeople(DistributionId id, CaseFilter filter) {
        Distribution distribution = listable(id);
        long matching = cases.count(filter);
        if (matching > MAX_ADDED) {
            throw new InvalidFields(
                    List.of(new InvalidFields.Field("filter", "assistance.distributions.error.too-many")));
        }
        Set<PersonId> persons = new java.util.LinkedHashSet<>();
        for (int page = 0; page * Paging.MAX_SIZE < matching; page++) {
            for (CaseListItem item :
                    cases.list(filter, new Paging(page, Paging.MAX_SIZE)).items()) {
                persons.add(item.person());
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        int outOfScope = 0;
        for (PersonId person : persons) {
            // The case's person, read only when within the user's scopes (a case list may name others).
            Optional<PersonRecord> record = readable(person);
            if (record.isPresent()) {
                candidates.add(Candidate.of(record.get()));
            } else {
                outOfScope++;
            }
        }
        BeneficiariesAdded added = addSkipping(distribution, candidates, "case-list");
        return new BeneficiariesAdded(added.added(), added.skipped() + outOfScope);
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:manage-distributions') and hasAuthority('people:read')")
    @Transactional
    public BeneficiariesAdded importList(DistributionId id, String fileName, byte[] content, @Nullable String sheet) {
        Distribution distribution = listable(id);
        SpreadsheetReader.Table table = BeneficiaryImporter.read(fileName, content, sheet);
        List<BeneficiaryImportRefused.RowError> errors = new ArrayList<>();
        LocalDate today = MissionTime.today(clock);
        List<BeneficiaryImporter.Found> found = importer.resolve(table, today, errors);
        Map<PersonId, Integer> firstRow = new HashMap<>();
        List<BeneficiaryImporter.Found> unique = new ArrayList<>();
        for (BeneficiaryImporter.Found row : found) {
            Integer first = firstRow.putIfAbsent(row.person().id(), row.row());
            if (first != null) {
                errors.add(new BeneficiaryImportRefused.RowError(
                        row.row(), null, "assistance.distributions.import.duplicate-in-file"));
            } else {
                unique.add(row);
            }
        }
        List<Candidate> candidates =
                unique.stream().map(row -> Candidate.of(row.person())).toList();
        List<String> refusals = listed(distribution, candidates);
        for (int i = 0; i < unique.size(); i++) {
            if (refusals.get(i) != null) {
                errors.add(new BeneficiaryImportRefused.RowError(unique.get(i).row(), null, refusals.get(i)));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(BeneficiaryImportRefused.RowError::row));
            throw new BeneficiaryImportRefused(table.rows().size(), errors);
        }
        return add(distribution, candidates, "import");
    }

    /** The person's record when within the user's scopes, without leaving the transaction marked for rollback. */
    private Optional<PersonRecord> readable(PersonId person) {
        return Optional.ofNullable(personInScope(person));
    }

    /** People's search finds by registration number within the user's scopes without refusing (no 403 raised). */
    private @Nullable PersonRecord personInScope(PersonId person) {
        PersonId current = people.current(person);
        Map<PersonId, org.masar.people.PersonLabel> labels = people.labels(List.of(current));
        org.masar.people.PersonLabel label = labels.get(current);
        if (label == null || label.registrationNumber().isEmpty()) {
            return null;
        }
        for (PersonSummary summary : people.search(
                        new PersonFilter(label.registrationNumber(), null, null, null, null, null), Paging.first(5))
                .items()) {
            if (summary.id().equals(current)) {
                return people.get(current);
            }
        }
        return null;
    }

    /** Adds the candidates not listed yet (nor their households), skipping the others. */
    private BeneficiariesAdded addSkipping(Distribution distribution, List<Candidate> candidates, String source) {
        List<String> refusals = listed(distribution, candidates);
        List<Candidate> kept = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (refusals.get(i) == null) {
                kept.add(candidates.get(i));
            }
        }
        BeneficiariesAdded added = add(distribution, kept, source);
        return new BeneficiariesAdded(added.added(), candidates.size() - kept.size());
    }

    /**
     * For each candidate, why it cannot be listed (a message key), or null: already on the list, or (per household)
     * their household already is, or twice among the candidates.
     */
    List<String> listed(Distribution distribution, List<Candidate> candidates) {
        Set<UUID> persons = new HashSet<>(
                jdbc.sql("SELECT person_id FROM assistance_distribution_beneficiary WHERE distribution_id = :id")
                        .param("id", distribution.id().value())
                        .query(UUID.class)
                        .list());
        Set<UUID> householdsListed = new HashSet<>(jdbc.sql("""
                        SELECT household_id FROM assistance_distribution_beneficiary
                         WHERE distribution_id = :id AND household_id IS NOT NULL
                        """)
                .param("id", distribution.id().value())
                .query(UUID.class)
                .list());
        List<String> refusals = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (!persons.add(candidate.person().value())) {
                refusals.add("assistance.distributions.error.already-listed");
                continue;
            }
            if (distribution.perHousehold()) {
                UUID household = householdOf(candidate.person());
                if (household != null && !householdsListed.add(household)) {
                    refusals.add("assistance.distributions.error.household-listed");
                    continue;
                }
            }
            refusals.add(null);
        }
        return refusals;
    }

    private @Nullable UUID householdOf(PersonId person) {
        return households.householdOf(person).map(h -> h.id().value()).orElse(null);
    }

    private BeneficiariesAdded add(Distribution distribution, List<Candidate> candidates, String source) {
        Instant now = clock.instant();
        String by = Actor.current().name();
        for (Candidate candidate : candidates) {
            jdbc.sql("""
                            INSERT INTO assistance_distribution_beneficiary (id, distribution_id, person_id,
                                household_id, registration_number, name_ar, name_lat, sex, born_about,
                                person_baladiya, source, added_at, added_by)
                            VALUES (:id, :distribution, :person, :household, :number, :ar, :lat, :sex, :born,
                                :baladiya, :source, :now, :by)
                            """)
                    .param("id", UUID.randomUUID())
                    .param("distribution", distribution.id().value())
                    .param("person", candidate.person().value())
                    .param("household", distribution.perHousehold() ? householdOf(candidate.person()) : null)
                    .param("number", candidate.registrationNumber())
                    .param("ar", candidate.nameAr())
                    .param("lat", candidate.nameLat())
                    .param("sex", candidate.sex())
                    .param("born", candidate.bornAbout() == null ? null : Date.valueOf(candidate.bornAbout()))
                    .param("baladiya", candidate.baladiya())
                    .param("source", source)
                    .param("now", Timestamp.from(now))
                    .param("by", by)
                    .update();
        }
        if (!candidates.isEmpty()) {
            audit.record(AuditEvent.of(
                            "assistance.distribution.beneficiaries-added",
                            "distribution",
                            distribution.id().toString())
                    .with("source", source)
                    .with("count", candidates.size()));
        }
        return new BeneficiariesAdded(candidates.size(), 0);
    }

    /** The distribution, in scope and not closed, locked against a concurrent close. */
    Distribution listable(DistributionId id) {
        Distribution distribution = inScope(id);
        jdbc.sql("SELECT id FROM assistance_distribution WHERE id = :id FOR SHARE")
                .param("id", id.value())
                .query(UUID.class)
                .single();
        String status = status(id);
        if (Distribution.CLOSED.equals(status)) {
            throw new DistributionStatusConflict(id, status);
        }
        return distribution;
    }

    private String status(DistributionId id) {
        return jdbc.sql("SELECT status FROM assistance_distribution WHERE id = :id")
                .param("id", id.value())
                .query(String.class)
                .single();
    }

    // ---- open and close -------------------------------------------------------------------------------------------

    @Override
    @PreAuthorize("hasAuthority('assistance:manage-distributions')")
    @Transactional
    public Distribution open(DistributionId id) {
        inScope(id);
        int changed = jdbc.sql("""
                        UPDATE assistance_distribution
                           SET status = 'open', opened_at = :now, opened_by = :by,
                               change_seq = nextval('assistance_distribution_change_seq')
                         WHERE id = :id AND status = 'planned'
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("by", Actor.current().name())
                .param("id", id.value())
                .update();
        if (changed == 0) {
            throw new DistributionStatusConflict(id, status(id));
        }
        audit.record(AuditEvent.of("assistance.distribution.opened", "distribution", id.toString()));
        return read(id);
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:manage-distributions')")
    @Transactional
    public Distribution close(DistributionId id) {
        inScope(id);
        // Waits for hand-overs in flight (they hold the row FOR SHARE); none starts after this.
        String status = jdbc.sql("SELECT status FROM assistance_distribution WHERE id = :id FOR UPDATE")
                .param("id", id.value())
                .query(String.class)
                .single();
        if (!Distribution.OPEN.equals(status)) {
            throw new DistributionStatusConflict(id, status);
        }
        DistributionReconciliation reconciliation = reconcile(id);
        jdbc.sql("""
                        UPDATE assistance_distribution
                           SET status = 'closed', closed_at = :now, closed_by = :by,
                               reconciliation = CAST(:reconciliation AS jsonb),
                               change_seq = nextval('assistance_distribution_change_seq')
                         WHERE id = :id
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("by", Actor.current().name())
                .param("reconciliation", json.writeValueAsString(reconciliation))
                .param("id", id.value())
                .update();
        audit.record(AuditEvent.of("assistance.distribution.closed", "distribution", id.toString())
                .with("served", reconciliation.served())
                .with("notServed", reconciliation.notServed()));
        return read(id);
    }

    /** Planned vs given vs dispatched, per stock item (kits by their contents). */
    DistributionReconciliation reconcile(DistributionId id) {
        int listed = jdbc.sql("SELECT count(*) FROM assistance_distribution_beneficiary WHERE distribution_id = :id")
                .param("id", id.value())
                .query(Integer.class)
                .single();
        int served = jdbc.sql("SELECT count(*) FROM assistance_handover WHERE distribution_id = :id")
                .param("id", id.value())
                .query(Integer.class)
                .single();
        record PerBeneficiary(String code, String en, String ar, long quantity) {}
        List<PerBeneficiary> per = jdbc.sql("""
                        SELECT i.code, i.name_en, i.name_ar, sum(x.quantity) AS quantity FROM (
                            SELECT di.item_id, di.quantity::bigint AS quantity
                              FROM assistance_distribution_item di
                             WHERE di.distribution_id = :id AND di.item_id IS NOT NULL
                            UNION ALL
                            SELECT kc.item_id, di.quantity::bigint * kc.quantity
                              FROM assistance_distribution_item di
                              JOIN assistance_kit_content kc ON kc.kit_id = di.kit_id
                             WHERE di.distribution_id = :id) x
                          JOIN assistance_item i ON i.id = x.item_id
                         GROUP BY i.code, i.name_en, i.name_ar ORDER BY i.code
                        """)
                .param("id", id.value())
                .query((rs, n) -> new PerBeneficiary(
                        rs.getString("code"), rs.getString("name_en"), rs.getString("name_ar"), rs.getLong("quantity")))
                .list();
        Map<String, Long> dispatched = new HashMap<>();
        jdbc.sql("""
                        SELECT i.code, sum(m.quantity) AS quantity FROM assistance_stock_movement m
                          JOIN assistance_item i ON i.id = m.item_id
                         WHERE m.distribution_ref = :ref AND m.kind = 'DISPATCH'
                         GROUP BY i.code
                        """)
                .param("ref", id.toString())
                .query((rs, n) -> dispatched.put(rs.getString("code"), rs.getLong("quantity")))
                .list();
        Map<String, DistributionReconciliation.Line> lines = new LinkedHashMap<>();
        for (PerBeneficiary line : per) {
            lines.put(
                    line.code(),
                    new DistributionReconciliation.Line(
                            line.code(),
                            line.en(),
                            line.ar(),
                            line.quantity() * listed,
                            line.quantity() * served,
                            dispatched.getOrDefault(line.code(), 0L)));
        }
        return new DistributionReconciliation(listed, served, listed - served, List.copyOf(lines.values()));
    }

    // ---- reading --------------------------------------------------------------------------------------------------

    /** The distribution, refused when outside the user's baladiya or programme scopes. */
    Distribution inScope(DistributionId id) {
        Distribution distribution = read(id);
        Scopes scopes = users.currentScopes();
        if ((distribution.baladiya() != null && !scopes.coversBaladiya(distribution.baladiya()))
                || (distribution.baladiya() == null && !scopes.allBaladiya())
                || (!scopes.programmes().isEmpty()
                        && !scopes.coversProgramme(Programme.valueOf(distribution.programme())))) {
            throw new DistributionOutOfScope(id);
        }
        return distribution;
    }

    Distribution read(DistributionId id) {
        List<DistributionItem> items = jdbc.sql("""
                        SELECT i.code AS item, k.code AS kit, di.quantity,
                               coalesce(i.name_en, k.name_en) AS name_en, coalesce(i.name_ar, k.name_ar) AS name_ar
                          FROM assistance_distribution_item di
                          LEFT JOIN assistance_item i ON i.id = di.item_id
                          LEFT JOIN assistance_kit k ON k.id = di.kit_id
                         WHERE di.distribution_id = :id ORDER BY di.position
                        """)
                .param("id", id.value())
                .query((rs, n) -> new DistributionItem(
                        rs.getString("item"),
                        rs.getString("kit"),
                        rs.getInt("quantity"),
                        rs.getString("name_en"),
                        rs.getString("name_ar")))
                .list();
        return jdbc.sql("""
                        SELECT d.*, w.code AS warehouse_code,
                               (SELECT count(*) FROM assistance_distribution_beneficiary b
                                 WHERE b.distribution_id = d.id) AS listed,
                               (SELECT count(*) FROM assistance_handover h WHERE h.distribution_id = d.id) AS served,
                               greatest(d.change_seq,
                                        (SELECT max(b.change_seq) FROM assistance_distribution_beneficiary b
                                          WHERE b.distribution_id = d.id),
                                        (SELECT max(h.change_seq) FROM assistance_handover h
                                          WHERE h.distribution_id = d.id)) AS version
                          FROM assistance_distribution d JOIN assistance_warehouse w ON w.site_id = d.warehouse_id
                         WHERE d.id = :id
                        """)
                .param("id", id.value())
                .query((rs, n) -> distribution(rs, items))
                .optional()
                .orElseThrow(() -> new DistributionNotFound(id));
    }

    private Distribution distribution(ResultSet rs, List<DistributionItem> items) throws SQLException {
        UUID site = rs.getObject("site_id", UUID.class);
        Timestamp opened = rs.getTimestamp("opened_at");
        Timestamp closed = rs.getTimestamp("closed_at");
        String reconciliation = rs.getString("reconciliation");
        return new Distribution(
                new DistributionId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                site == null ? null : new SiteId(site),
                rs.getString("site_name_en"),
                rs.getString("site_name_ar"),
                rs.getString("baladiya_pcode"),
                rs.getDate("planned_on").toLocalDate(),
                new SiteId(rs.getObject("warehouse_id", UUID.class)),
                rs.getString("warehouse_code"),
                rs.getString("service_type"),
                rs.getBoolean("per_household"),
                items,
                rs.getString("targeting"),
                rs.getString("programme"),
                rs.getString("project"),
                rs.getString("status"),
                rs.getInt("listed"),
                rs.getInt("served"),
                rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                opened == null ? null : opened.toInstant(),
                closed == null ? null : closed.toInstant(),
                rs.getString("closed_by"),
                reconciliation == null ? null : json.readValue(reconciliation, DistributionReconciliation.class));
    }
}
