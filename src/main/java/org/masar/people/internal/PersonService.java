package org.masar.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;
import org.masar.access.CurrentUser;
import org.masar.access.Scopes;
import org.masar.access.Users;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.geo.Baladiya;
import org.masar.geo.Gazetteer;
import org.masar.geo.Site;
import org.masar.geo.SiteId;
import org.masar.geo.Sites;
import org.masar.people.BatchOutcome;
import org.masar.people.DuplicateCandidate;
import org.masar.people.InvalidField;
import org.masar.people.MatchReason;
import org.masar.people.OutOfScope;
import org.masar.people.People;
import org.masar.people.PersonChange;
import org.masar.people.PersonDetails;
import org.masar.people.PersonFilter;
import org.masar.people.PersonId;
import org.masar.people.PersonLabel;
import org.masar.people.PersonNotFound;
import org.masar.people.PersonRecord;
import org.masar.people.PersonRegistered;
import org.masar.people.PersonSummary;
import org.masar.people.Photo;
import org.masar.people.RecognisablePerson;
import org.masar.people.Registration;
import org.masar.people.internal.matching.Comparison;
import org.masar.people.internal.matching.Profile;
import org.masar.people.internal.matching.Reason;
import org.masar.people.internal.matching.WordBearers;
import org.masar.shared.Actor;
import org.masar.shared.InvalidFields;
import org.masar.shared.MissionTime;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering, finding and correcting people. Each step checks permission and scope, then does the work in one
 * transaction: a refused step writes nothing. Reads of a record are audited in a read-write transaction, so that the
 * view and its audit entry commit together.
 */
@Service
class PersonService implements People {

    /** The most people one batch may register. */
    static final int MAX_BATCH = 1000;

    private final JdbcClient jdbc;
    private final PersonStore store;
    private final PersonQueries queries;
    private final CandidateSearch candidates;
    private final PersonChecks checks;
    private final Users users;
    private final Gazetteer gazetteer;
    private final Sites sites;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TimelineService timeline;
    private final PhotoStore photos;
    private final Clock clock;

    PersonService(
            JdbcClient jdbc,
            PersonStore store,
            PersonQueries queries,
            CandidateSearch candidates,
            Users users,
            Gazetteer gazetteer,
            Sites sites,
            AuditTrail audit,
            ApplicationEventPublisher events,
            TimelineService timeline,
            PhotoStore photos,
            Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.queries = queries;
        this.candidates = candidates;
        this.checks = new PersonChecks(clock);
        this.users = users;
        this.gazetteer = gazetteer;
        this.sites = sites;
        this.audit = audit;
        this.events = events;
        this.timeline = timeline;
        this.photos = photos;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAuthority('people:register')")
    @Transactional
    public Registration register(PersonDetails details) {
        BatchOutcome outcome = registerAll(List.of(details)).getFirst();
        if (!outcome.registered()) {
            throw invalid(outcome.errors());
        }
        return java.util.Objects.requireNonNull(outcome.registration());
    }

    @Override
    @PreAuthorize("hasAuthority('people:register')")
    @Transactional
    public List<BatchOutcome> registerAll(List<PersonDetails> people) {
        if (people.size() > MAX_BATCH) {
            throw invalid(List.of(new InvalidField("people", "batch-too-large")));
        }
        Scopes scopes = users.currentScopes();
        UUID me = CurrentUser.find().map(user -> user.id().value()).orElse(null);
        PersonChecks.Places places = places();
        Instant now = now();
        String by = Actor.current().name();

        List<BatchOutcome> outcomes = new ArrayList<>();
        List<PersonStore.NewRow> rows = new ArrayList<>();
        List<Integer> rowIndex = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            PersonDetails details = people.get(i);
            List<InvalidField> errors = checks.check(details, scopes, places);
            outcomes.add(new BatchOutcome(i, null, errors));
            if (errors.isEmpty()) {
                PersonDetails placed = withSiteBaladiya(details, places);
                rows.add(new PersonStore.NewRow(
                        UUID.randomUUID(),
                        RegistrationNumbers.next(),
                        placed,
                        candidates.profileOf(placed),
                        me,
                        by,
                        now));
                rowIndex.add(i);
            }
        }
        if (rows.isEmpty()) {
            return outcomes;
        }
        List<Profile> profiles = rows.stream().map(PersonStore.NewRow::profile).toList();
        CandidateSearch.Search search = candidates.search(profiles, Set.of());
        List<List<CandidateSearch.Found>> found = withinBatch(rows, search);

        List<PersonStore.NewRow> pending = rows;
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            if (attempt == 5) {
                throw new IllegalStateException("No free registration number after 5 attempts");
            }
            pending = store.insert(pending).stream()
                    .map(row -> new PersonStore.NewRow(
                            row.id(),
                            RegistrationNumbers.next(),
                            row.details(),
                            row.profile(),
                            row.registeredByUser(),
                            row.by(),
                            row.at()))
                    .toList();
            if (!pending.isEmpty()) {
                Map<UUID, PersonStore.NewRow> renumbered = new HashMap<>();
                pending.forEach(row -> renumbered.put(row.id(), row));
                rows = rows.stream()
                        .map(row -> renumbered.getOrDefault(row.id(), row))
                        .toList();
            }
        }

        List<PersonStore.PairRow> pairs = new ArrayList<>();
        List<UUID> shownIds = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (CandidateSearch.Found candidate : found.get(r)) {
                shownIds.add(candidate.personId());
                if (candidate.comparison().likely()) {
                    pairs.add(new PersonStore.PairRow(
                            rows.get(r).id(),
                            candidate.personId(),
                            candidate.comparison().score(),
                            reasonsJson(candidate.comparison().reasons()),
                            "registration",
                            now,
                            candidate.likelyAlone()));
                }
            }
        }
        store.recordPairs(pairs);
        Map<UUID, DuplicateCandidate> shown = shown(shownIds, found, scopes, me);
        List<TimelineService.OwnEntry> entries = new ArrayList<>();
        List<AuditEvent> audited = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            PersonStore.NewRow row = rows.get(r);
            PersonId id = new PersonId(row.id());
            List<DuplicateCandidate> list = new ArrayList<>();
            for (CandidateSearch.Found candidate : found.get(r)) {
                list.add(withComparison(shown.get(candidate.personId()), candidate.comparison()));
            }
            outcomes.set(
                    rowIndex.get(r),
                    new BatchOutcome(rowIndex.get(r), new Registration(id, row.registrationNumber(), list), List.of()));
            entries.add(new TimelineService.OwnEntry(
                    id, "registered", row.id().toString(), Map.of("number", row.registrationNumber()), now));
            audited.add(AuditEvent.of("people.person.registered", "person", id.toString())
                    .with("registrationNumber", row.registrationNumber())
                    .with(
                            "likelyDuplicates",
                            list.stream().filter(DuplicateCandidate::likely).count()));
            events.publishEvent(new PersonRegistered(id));
        }
        timeline.addOwnAll(entries);
        audit.recordAll(audited);
        return outcomes;
    }

    @Override
    @PreAuthorize("hasAuthority('people:register') or hasAuthority('people:read')")
    @Transactional
    public List<DuplicateCandidate> duplicateCandidates(PersonDetails details) {
        Scopes scopes = users.currentScopes();
        List<InvalidField> errors = checks.check(details, scopes, places());
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        UUID me = CurrentUser.find().map(user -> user.id().value()).orElse(null);
        PersonDetails placed = withSiteBaladiya(details, places());
        List<CandidateSearch.Found> found = candidates
                .candidatesFor(List.of(candidates.profileOf(placed)), Set.of())
                .getFirst();
        Map<UUID, DuplicateCandidate> shown =
                shown(found.stream().map(CandidateSearch.Found::personId).toList(), List.of(found), scopes, me);
        return found.stream()
                .map(candidate -> withComparison(shown.get(candidate.personId()), candidate.comparison()))
                .toList();
    }

    @Override
    @PreAuthorize("hasAuthority('people:read')")
    @Transactional
    public Optional<PersonRecord> find(PersonId id) {
        try {
            return Optional.of(get(id));
        } catch (PersonNotFound notFound) {
            return Optional.empty();
        }
    }

    @Override
    @PreAuthorize("hasAuthority('people:read')")
    @Transactional
    public PersonRecord get(PersonId id) {
        PersonQueries.Row row = readable(id);
        audit.record(AuditEvent.of("people.person.viewed", "person", id.toString()));
        return row.record();
    }

    @Override
    @PreAuthorize("hasAuthority('people:read') or hasAuthority('people:register') or hasAuthority('people:merge')")
    @Transactional
    public RecognisablePerson recognise(PersonId id) {
        RecognisablePerson person =
                queries.recognisable(List.of(id.value()), today()).get(id.value());
        if (person == null) {
            throw new PersonNotFound(id);
        }
        audit.record(AuditEvent.of("people.person.recognised", "person", id.toString()));
        return person;
    }

    @Override
    @PreAuthorize("hasAuthority('people:read')")
    @Transactional(readOnly = true)
    public PageJson<PersonSummary> search(PersonFilter filter, Paging paging) {
        UUID me = CurrentUser.find().map(user -> user.id().value()).orElse(null);
        return queries.search(filter, paging, users.currentScopes(), me, today());
    }

    @Override
    @PreAuthorize("hasAuthority('people:read')")
    @Transactional(readOnly = true)
    public List<PersonChange> history(PersonId id) {
        readable(id);
        List<PersonChange> changes = new ArrayList<>();
        Map<String, Object> previous = Map.of();
        for (PersonQueries.Snapshot snapshot : queries.history(id)) {
            Map<String, Object> now = snapshot.fields();
            Map<String, Object> before = previous;
            List<String> fields = "registered".equals(snapshot.change())
                    ? List.of()
                    : now.keySet().stream()
                            .filter(field -> !java.util.Objects.equals(before.get(field), now.get(field)))
                            .toList();
            changes.add(new PersonChange(snapshot.version(), snapshot.change(), snapshot.at(), snapshot.by(), fields));
            previous = now;
        }
        return changes;
    }

    @Override
    @PreAuthorize("hasAuthority('people:read')")
    @Transactional(readOnly = true)
    public long count(PersonFilter filter) {
        UUID me = CurrentUser.find().map(user -> user.id().value()).orElse(null);
        return queries.count(filter, users.currentScopes(), me, today());
    }

    @Override
    @PreAuthorize("hasAuthority('people:register')")
    @Transactional
    public void linkedAtRegistration(PersonId existing) {
        if (queries.recognisable(List.of(existing.value()), today()).isEmpty()) {
            throw new PersonNotFound(existing);
        }
        audit.record(AuditEvent.of("people.registration.linked", "person", existing.toString()));
    }

    @Override
    @PreAuthorize("hasAuthority('people:export')")
    @Transactional
    public List<PersonSummary> export(PersonFilter filter) {
        UUID me = CurrentUser.find().map(user -> user.id().value()).orElse(null);
        List<PersonSummary> exported = queries.first(filter, MAX_EXPORT, users.currentScopes(), me, today());
        audit.record(AuditEvent.of("people.people.exported")
                .with("count", exported.size())
                .with("filtered", filter.text() != null ? "text" : "")
                .with("sex", filter.sex() == null ? "" : filter.sex().name())
                .with("nationality", filter.nationality() == null ? "" : filter.nationality())
                .with("baladiya", filter.baladiya() == null ? "" : filter.baladiya()));
        return List.copyOf(exported);
    }

    @Override
    @PreAuthorize("hasAuthority('people:edit')")
    @Transactional
    public PersonRecord correct(PersonId id, int expectedVersion, PersonDetails details) {
        PersonQueries.Row row = readable(id);
        Scopes scopes = users.currentScopes();
        PersonChecks.Places places = places();
        List<InvalidField> errors = checks.check(details, scopes, places);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        if (row.record().merged()) {
            throw new OptimisticLockingFailureException("Person " + id + " was merged");
        }
        PersonDetails placed = withSiteBaladiya(details, places);
        List<String> changed = changes(row.record().details(), placed);
        if (!store.update(
                id.value(),
                expectedVersion,
                placed,
                candidates.profileOf(placed),
                Actor.current().name(),
                now())) {
            throw new OptimisticLockingFailureException("Person " + id + " changed meanwhile");
        }
        audit.record(AuditEvent.of("people.person.corrected", "person", id.toString())
                .with("changed", String.join(",", changed)));
        return queries.find(id, today()).orElseThrow().record();
    }

    @Override
    @PreAuthorize("hasAuthority('people:delete')")
    @Transactional
    public void delete(PersonId id, int expectedVersion, String reason) {
        if (reason.isBlank() || reason.length() > 500) {
            throw invalid(List.of(new InvalidField("reason", "required")));
        }
        PersonQueries.Row row = readable(id);
        if (!store.delete(
                id.value(),
                expectedVersion,
                reason.strip(),
                Actor.current().name(),
                now(),
                row.record().details())) {
            throw new OptimisticLockingFailureException("Person " + id + " changed meanwhile");
        }
        audit.record(
                AuditEvent.of("people.person.deleted", "person", id.toString()).because(reason.strip()));
    }

    @Override
    @PreAuthorize("hasAuthority('people:edit')")
    @Transactional
    public void replacePhoto(PersonId id, byte[] picture) {
        readable(id);
        photos.replace(id.value(), picture, Actor.current().name(), now());
        audit.record(AuditEvent.of("people.photo.replaced", "person", id.toString()));
    }

    @Override
    @PreAuthorize("hasAuthority('people:read')")
    @Transactional
    public Optional<Photo> photo(PersonId id) {
        readable(id);
        Optional<Photo> photo = photos.find(id.value()).map(Photo::new);
        if (photo.isPresent()) {
            audit.record(AuditEvent.of("people.photo.viewed", "person", id.toString()));
        }
        return photo;
    }

    @Override
    // An unknown id is the caller's answer, not a failure of the caller's own transaction.
    @Transactional(readOnly = true, noRollbackFor = PersonNotFound.class)
    public PersonId current(PersonId id) {
        UUID at = id.value();
        for (int hops = 0; hops < 100; hops++) {
            Optional<Optional<UUID>> next = jdbc.sql("SELECT merged_into FROM people_person WHERE id = :id")
                    .param("id", at)
                    .query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class)))
                    .optional();
            if (next.isEmpty()) {
                throw new PersonNotFound(id);
            }
            if (next.get().isEmpty()) {
                return new PersonId(at);
            }
            at = next.get().get();
        }
        throw new IllegalStateException("Merge chain of " + id + " does not end");
    }

    @Override
    @Transactional(readOnly = true)
    public Map<PersonId, PersonLabel> labels(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<PersonId, PersonLabel> labels = new HashMap<>();
        jdbc.sql("""
                        SELECT id, registration_number, given_name_ar, father_name_ar, grandfather_name_ar,
                               family_name_ar, given_name_lat, father_name_lat, grandfather_name_lat, family_name_lat
                          FROM people_person WHERE id = ANY(:ids)
                        """)
                .param("ids", ids.stream().map(PersonId::value).distinct().toArray(UUID[]::new))
                .query(rs -> {
                    labels.put(
                            new PersonId(rs.getObject("id", UUID.class)),
                            new PersonLabel(
                                    joined(
                                            rs,
                                            "given_name_ar",
                                            "father_name_ar",
                                            "grandfather_name_ar",
                                            "family_name_ar"),
                                    joined(
                                            rs,
                                            "given_name_lat",
                                            "father_name_lat",
                                            "grandfather_name_lat",
                                            "family_name_lat"),
                                    rs.getString("registration_number")));
                });
        return labels;
    }

    private static String joined(ResultSet rs, String... columns) throws SQLException {
        List<String> parts = new ArrayList<>();
        for (String column : columns) {
            String part = rs.getString(column);
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        return String.join(" ", parts);
    }

    /** A person the user may read in full: exists, not deleted, in scope (a refusal is a 403, audited by the net). */
    PersonQueries.Row readable(PersonId id) {
        PersonQueries.Row row = queries.find(id, today()).orElseThrow(() -> new PersonNotFound(id));
        if (row.deleted()) {
            throw new PersonNotFound(id);
        }
        UUID me = CurrentUser.find().map(user -> user.id().value()).orElse(null);
        if (!PersonQueries.inScope(row, users.currentScopes(), me)) {
            throw new OutOfScope(id);
        }
        return row;
    }

    /**
     * The record that holds what is linked to this person (the survivor, when they were merged), once the user may
     * read both: a merge into someone outside the user's scope must not open that person's consents or screenings
     * through the record merged into them.
     */
    PersonId readableHolder(PersonId id) {
        readable(id);
        PersonId holder = current(id);
        if (!holder.equals(id)) {
            readable(holder);
        }
        return holder;
    }

    /**
     * The candidates as the user may see them: in full scope, or recognisable only; every out-of-scope person shown is
     * audited.
     */
    private Map<UUID, DuplicateCandidate> shown(
            List<UUID> ids, List<List<CandidateSearch.Found>> found, Scopes scopes, @Nullable UUID me) {
        List<UUID> distinct = ids.stream().distinct().toList();
        Map<UUID, RecognisablePerson> people = queries.recognisable(distinct, today());
        Set<UUID> inScope = new HashSet<>(queries.inScope(distinct, scopes, me));
        Map<UUID, DuplicateCandidate> shown = new LinkedHashMap<>();
        for (UUID id : distinct) {
            RecognisablePerson person = people.get(id);
            if (person == null) {
                continue;
            }
            boolean covered = inScope.contains(id);
            shown.put(id, new DuplicateCandidate(person, 0, false, List.of(), covered));
            if (!covered) {
                audit.record(AuditEvent.of("people.person.recognised", "person", id.toString())
                        .with("as", "duplicate-candidate"));
            }
        }
        return shown;
    }

    /**
     * The reasons a candidate outside the user's scope is shown with: those about what recognises a person (names, sex,
     * age, nationality). "Same phone", "same document" or "day and month swapped" would tell the user that person's
     * phone, document or date of birth, which they could then learn by trying.
     */
    static final Set<String> RECOGNISABLE_REASONS = Set.of(
            "different-sex",
            "given-name-differs",
            "given-name-close",
            "name-words-match",
            "name-words-differ",
            "name-order-differs",
            "other-script",
            "age-consistent",
            "age-differs",
            "same-nationality",
            "different-nationality");

    private static DuplicateCandidate withComparison(DuplicateCandidate shown, Comparison comparison) {
        return new DuplicateCandidate(
                shown.person(),
                Math.round(comparison.score() * 1000) / 1000.0,
                comparison.likely(),
                comparison.reasons().stream()
                        .filter(reason -> shown.inScope() || RECOGNISABLE_REASONS.contains(reason.code()))
                        .map(reason -> new MatchReason(reason.code(), reason.args()))
                        .toList(),
                shown.inScope());
    }

    /**
     * Adds, to each person of a batch, the earlier persons of the same batch they may be (the database cannot know
     * them yet), so that a spreadsheet holding one person twice is caught as well. The namesakes of such a pair are
     * the stored holders of their most selective shared name key plus the other persons of the batch holding it.
     */
    private List<List<CandidateSearch.Found>> withinBatch(
            List<PersonStore.NewRow> rows, CandidateSearch.Search search) {
        List<List<CandidateSearch.Found>> found = search.found();
        if (rows.size() < 2) {
            return found;
        }
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            for (String key : rows.get(i).profile().blockingKeys()) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        // the holders of a key: those stored (those recorded as likely one person once, or each record), and the
        // persons of the batch
        ToIntFunction<String> holding = key -> search.storedHolders().getOrDefault(key, 0)
                + byKey.getOrDefault(key, List.of()).size();
        ToIntFunction<String> recordsHolding = key -> search.storedRecords().getOrDefault(key, 0)
                + byKey.getOrDefault(key, List.of()).size();
        List<List<CandidateSearch.Found>> answers = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Profile profile = rows.get(i).profile();
            // the bearers of its words: those stored and those of the batch, itself among them
            WordBearers words = profile.wordBearers(holding, true);
            // Earlier persons of the batch sharing a key, with the fewest holders of each kind of key shared
            // (Profile.namesakes), counted as persons and as records (CandidateSearch.judge)
            Map<Integer, CandidateSearch.SharedKeys> others = new HashMap<>();
            Map<Integer, CandidateSearch.SharedKeys> othersAsRecords = new HashMap<>();
            for (String key : profile.searchKeys()) {
                List<Integer> holders = byKey.get(key);
                if (holders == null) {
                    continue; // a key of every birth bucket no one of the batch holds (Profile.searchKeys)
                }
                Profile.KeyKind kind = profile.keyKind(key);
                // the person holds its own keys (some of a family of every age too), but is not its own namesake
                ToIntFunction<String> own = k -> profile.blockingKeys().contains(k) ? 1 : 0;
                int size = kind == Profile.KeyKind.EVERY_AGE_NAMES
                        ? profile.everyAgeHolders(key, k -> holding.applyAsInt(k) - own.applyAsInt(k))
                        : holding.applyAsInt(key) - 1;
                int records = kind == Profile.KeyKind.EVERY_AGE_NAMES
                        ? profile.everyAgeHolders(key, k -> recordsHolding.applyAsInt(k) - own.applyAsInt(k))
                        : recordsHolding.applyAsInt(key) - 1;
                for (int other : holders) {
                    if (other >= i) {
                        break;
                    }
                    others.computeIfAbsent(other, o -> new CandidateSearch.SharedKeys())
                            .add(kind, size);
                    othersAsRecords
                            .computeIfAbsent(other, o -> new CandidateSearch.SharedKeys())
                            .add(kind, records);
                }
            }
            List<CandidateSearch.Found> merged = new ArrayList<>(found.get(i));
            for (Map.Entry<Integer, CandidateSearch.SharedKeys> other : others.entrySet()) {
                CandidateSearch.SharedKeys persons = other.getValue();
                CandidateSearch.SharedKeys records = othersAsRecords.get(other.getKey());
                CandidateSearch.Found judged = candidates.judge(
                        rows.get(other.getKey()).id(),
                        profile,
                        rows.get(other.getKey()).profile(),
                        persons.namesakes(),
                        persons.bearers(),
                        records.namesakes(),
                        records.bearers(),
                        words);
                if (judged.comparison().score() >= candidates.possibleFloor()) {
                    merged.add(judged);
                }
            }
            merged.sort((a, b) ->
                    Double.compare(b.comparison().score(), a.comparison().score()));
            answers.add(merged.subList(0, Math.min(CandidateSearch.SHOWN, merged.size())));
        }
        return answers;
    }

    private static List<Map<String, Object>> reasonsJson(List<Reason> reasons) {
        return reasons.stream()
                .map(reason -> Map.<String, Object>of("code", reason.code(), "args", reason.args()))
                .toList();
    }

    /** A person at a site lives in that site's baladiya, unless a baladiya was given. */
    private static PersonDetails withSiteBaladiya(PersonDetails details, PersonChecks.Places places) {
        if (details.baladiya() != null || details.site() == null) {
            return details;
        }
        String pcode = places.site(details.site())
                .map(site -> site.baladiya().pcode().value())
                .orElse(null);
        return new PersonDetails(
                details.names(),
                details.sex(),
                details.dateOfBirth(),
                details.estimatedAge(),
                details.ageEstimatedOn(),
                details.nationality(),
                details.populationGroup(),
                details.languages(),
                details.phones(),
                details.documents(),
                pcode,
                details.site());
    }

    /** Places looked up once per call: the gazetteer's baladiya and the sites asked for. */
    private PersonChecks.Places places() {
        Map<String, Baladiya> baladiya = new HashMap<>();
        Map<SiteId, Optional<Site>> seen = new HashMap<>();
        return new PersonChecks.Places() {
            @Override
            public Optional<Baladiya> baladiya(String pcode) {
                if (baladiya.isEmpty()) {
                    gazetteer.allBaladiya().forEach(b -> baladiya.put(b.pcode().value(), b));
                }
                return Optional.ofNullable(baladiya.get(pcode));
            }

            @Override
            public Optional<Site> site(SiteId id) {
                return seen.computeIfAbsent(id, sites::find);
            }
        };
    }

    private static List<String> changes(PersonDetails before, PersonDetails after) {
        Map<String, Object> was = PersonStore.snapshot(before);
        Map<String, Object> now = PersonStore.snapshot(after);
        return was.keySet().stream()
                .filter(field -> !java.util.Objects.equals(was.get(field), now.get(field)))
                .toList();
    }

    static InvalidFields invalid(List<InvalidField> errors) {
        return new InvalidFields(errors.stream()
                .map(error -> new InvalidFields.Field(error.field(), "people.validation." + error.code()))
                .toList());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return MissionTime.today(clock);
    }
}
