package org.masar.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.CurrentUser;
import org.masar.access.Scopes;
import org.masar.access.Users;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.people.DuplicatePair;
import org.masar.people.Duplicates;
import org.masar.people.MatchReason;
import org.masar.people.Merge;
import org.masar.people.MergeRefused;
import org.masar.people.OutOfScope;
import org.masar.people.PairNotFound;
import org.masar.people.PairStatus;
import org.masar.people.PersonId;
import org.masar.people.PersonMerged;
import org.masar.people.PersonNotFound;
import org.masar.people.PersonUnmerged;
import org.masar.people.RecognisablePerson;
import org.masar.people.internal.matching.Profile;
import org.masar.shared.Actor;
import org.masar.shared.MissionTime;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review of likely duplicates: the queue, merges and their undoing, and "not the same person". A merge changes
 * only the merged person's row (it points to the survivor) and takes its blocking keys away, so nothing the merged
 * record held is lost and an undo restores it exactly: its keys come back from the features stored on the row.
 *
 * <p>A supervisor reaches a pair, a merge or an undo when at least one of the two persons is in their scope; the other
 * is shown only as far as needed to recognise them, and that view is audited. A person outside their scope is merged
 * into one of theirs only along a pair the engine proposed (the merged record's linked records are then read through
 * the survivor).
 */
@Service
class DuplicateService implements Duplicates {

    /**
     * The scope rule of {@link PersonQueries} for a person row aliased {@code p}: the user works everywhere, in the
     * person's baladiya, or registered a person who has none.
     */

    /** Open pairs of two current records, at least one in the user's scope. */
    private static final String OPEN_PAIRS =
            """
            FROM people_duplicate_pair d
            JOIN people_person a ON a.id = d.person_a AND a.merged_into IS NULL AND a.deleted_at IS NULL
            JOIN people_person b ON b.id = d.person_b AND b.merged_into IS NULL AND b.deleted_at IS NULL
            WHERE d.status = 'open' AND (""" + PersonQueries.inScope("a") + " OR " + PersonQueries.inScope("b") + ")";

    private final JdbcClient jdbc;
    private final PersonStore store;
    private final PersonQueries queries;
    private final PersonService people;
    private final TimelineService timeline;
    private final Users users;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    DuplicateService(
            JdbcClient jdbc,
            PersonStore store,
            PersonQueries queries,
            PersonService people,
            TimelineService timeline,
            Users users,
            AuditTrail audit,
            ApplicationEventPublisher events,
            JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.queries = queries;
        this.people = people;
        this.timeline = timeline;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** A pair row as stored. */
    private record PairRow(
            UUID a,
            UUID b,
            double score,
            List<MatchReason> reasons,
            String foundBy,
            Instant foundAt,
            PairStatus status,
            @Nullable Instant decidedAt,
            @Nullable String decidedBy) {}

    /** What a merge or an undo needs to know of a person's row, read under its lock. */
    private record Locked(
            UUID id, String number, @Nullable UUID mergedInto, boolean deleted, int version, String features) {}

    @Override
    @PreAuthorize("hasAuthority('people:merge')")
    @Transactional
    public PageJson<DuplicatePair> openPairs(Paging paging) {
        Scopes scopes = users.currentScopes();
        UUID me = me();
        long total = jdbc.sql("SELECT count(*) " + OPEN_PAIRS)
                .params(scopeParameters(scopes, me))
                .query(Long.class)
                .single();
        List<PairRow> rows = jdbc.sql("SELECT d.* " + OPEN_PAIRS
                        + " ORDER BY d.score DESC, d.found_at, d.person_a, d.person_b LIMIT :limit OFFSET :offset")
                .params(scopeParameters(scopes, me))
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query(this::pairRow)
                .list();
        return paging.page(shown(rows, scopes, me), total);
    }

    @Override
    @PreAuthorize("hasAuthority('people:merge')")
    @Transactional
    public DuplicatePair pair(PersonId one, PersonId other) {
        PairRow row = pairRow(one, other, false);
        Scopes scopes = users.currentScopes();
        UUID me = me();
        requireReach(List.of(row.a(), row.b()), scopes, me, one);
        return shown(List.of(row), scopes, me).getFirst();
    }

    @Override
    @PreAuthorize("hasAuthority('people:merge')")
    @Transactional
    public Merge merge(PersonId merged, PersonId survivor) {
        if (merged.equals(survivor)) {
            throw MergeRefused.intoItself(merged);
        }
        // A survivor that was merged itself stands for the record it was merged into.
        PersonId target = people.current(survivor);
        if (target.equals(merged)) {
            throw MergeRefused.intoItself(merged);
        }
        Map<UUID, Locked> locked = lock(List.of(merged.value(), target.value()));
        Locked away = locked.get(merged.value());
        Locked kept = Objects.requireNonNull(locked.get(target.value()));
        if (away == null) {
            throw new PersonNotFound(merged);
        }
        if (away.deleted()) {
            throw MergeRefused.deleted(merged);
        }
        if (kept.deleted()) {
            throw MergeRefused.deleted(target);
        }
        if (away.mergedInto() != null) {
            throw MergeRefused.alreadyMerged(merged, new PersonId(away.mergedInto()));
        }
        if (kept.mergedInto() != null) {
            throw new OptimisticLockingFailureException("Person " + target + " was merged meanwhile");
        }
        List<UUID> reached = queries.inScope(List.of(away.id(), kept.id()), users.currentScopes(), me());
        if (reached.isEmpty()) {
            throw new OutOfScope(merged);
        }
        // Whatever was linked to the merged record is read through the survivor: merging someone from outside one's
        // scope into one's own would open their record, so it is done only for a pair the engine proposed.
        if (!reached.contains(away.id()) && !proposed(merged, List.of(survivor, target))) {
            throw new OutOfScope(merged);
        }

        Instant now = now();
        String by = Actor.current().name();
        jdbc.sql("""
                        UPDATE people_person
                           SET merged_into = :survivor, merged_at = :at, merged_by = :by,
                               updated_at = :at, updated_by = :by, version = version + 1
                         WHERE id = :id
                        """)
                .param("survivor", target.value())
                .param("at", Timestamp.from(now))
                .param("by", by)
                .param("id", merged.value())
                .update();
        // No longer anyone's candidate; the features stay on the row, so an undo gives the keys back.
        jdbc.sql("DELETE FROM people_match_keys WHERE person_id = :id")
                .param("id", merged.value())
                .update();
        store.history(List.of(
                new PersonStore.HistoryRow(merged.value(), away.version() + 1, "merged", by, now, details(merged))));
        jdbc.sql("""
                        INSERT INTO people_merge (id, merged, survivor, merged_at, merged_by)
                        VALUES (:id, :merged, :survivor, :at, :by)
                        """)
                .param("id", UUID.randomUUID())
                .param("merged", merged.value())
                .param("survivor", target.value())
                .param("at", Timestamp.from(now))
                .param("by", by)
                .update();
        Set<PersonId> proposedWith = new LinkedHashSet<>(List.of(survivor, target));
        for (PersonId other : proposedWith) {
            decide(merged, other, PairStatus.OPEN, PairStatus.MERGED, now, by);
        }
        timeline.addOwn(target, "merged", merged.toString(), Map.of("number", away.number()), now);
        AuditEvent entry = AuditEvent.of("people.person.merged", "person", merged.toString())
                .with("survivor", target.toString());
        audit.record(target.equals(survivor) ? entry : entry.with("requestedSurvivor", survivor.toString()));
        events.publishEvent(new PersonMerged(merged, target));
        return new Merge(merged, away.number(), target, now, by, null, null);
    }

    @Override
    @PreAuthorize("hasAuthority('people:merge')")
    @Transactional
    public Merge unmerge(PersonId merged) {
        Locked away = lock(List.of(merged.value())).get(merged.value());
        if (away == null || away.deleted()) {
            throw new PersonNotFound(merged);
        }
        if (away.mergedInto() == null) {
            throw MergeRefused.notMerged(merged);
        }
        PersonId survivor = new PersonId(away.mergedInto());
        requireReach(List.of(away.id(), survivor.value()), users.currentScopes(), me(), merged);
        Merge was = jdbc.sql("""
                        SELECT m.merged_at, m.merged_by FROM people_merge m
                         WHERE m.merged = :id AND m.undone_at IS NULL
                        """)
                .param("id", merged.value())
                .query((rs, n) -> new Merge(
                        merged,
                        away.number(),
                        survivor,
                        rs.getTimestamp("merged_at").toInstant(),
                        rs.getString("merged_by"),
                        null,
                        null))
                .optional()
                .orElseGet(() -> mergeFromRow(merged, away.number(), survivor));

        Instant now = now();
        String by = Actor.current().name();
        jdbc.sql("""
                        UPDATE people_person
                           SET merged_into = NULL, merged_at = NULL, merged_by = NULL,
                               updated_at = :at, updated_by = :by, version = version + 1
                         WHERE id = :id
                        """)
                .param("at", Timestamp.from(now))
                .param("by", by)
                .param("id", merged.value())
                .update();
        store.writeKeys(List.of(new PersonStore.Parts(
                merged.value(), away.version() + 1, details(merged), Profile.decode(away.features()))));
        store.history(List.of(
                new PersonStore.HistoryRow(merged.value(), away.version() + 1, "unmerged", by, now, details(merged))));
        jdbc.sql("UPDATE people_merge SET undone_at = :at, undone_by = :by WHERE merged = :id AND undone_at IS NULL")
                .param("at", Timestamp.from(now))
                .param("by", by)
                .param("id", merged.value())
                .update();
        // The pair is open again: the supervisor who undid the merge may now say they are not the same person.
        decide(merged, survivor, PairStatus.MERGED, PairStatus.OPEN, now, by);
        String survivorNumber = jdbc.sql("SELECT registration_number FROM people_person WHERE id = :id")
                .param("id", survivor.value())
                .query(String.class)
                .single();
        timeline.addOwn(survivor, "unmerged", merged.toString(), Map.of("number", away.number()), now);
        timeline.addOwn(merged, "unmerged", survivor.toString(), Map.of("number", survivorNumber), now);
        audit.record(AuditEvent.of("people.person.unmerged", "person", merged.toString())
                .with("survivor", survivor.toString()));
        events.publishEvent(new PersonUnmerged(merged, survivor));
        return new Merge(merged, was.mergedNumber(), survivor, was.mergedAt(), was.mergedBy(), now, by);
    }

    @Override
    @PreAuthorize("hasAuthority('people:merge')")
    @Transactional
    public DuplicatePair notSame(PersonId one, PersonId other) {
        PairRow row = pairRow(one, other, true);
        Scopes scopes = users.currentScopes();
        UUID me = me();
        requireReach(List.of(row.a(), row.b()), scopes, me, one);
        if (row.status() != PairStatus.OPEN) {
            throw MergeRefused.pairDecided(new PersonId(row.a()), new PersonId(row.b()));
        }
        Instant now = now();
        String by = Actor.current().name();
        decide(new PersonId(row.a()), new PersonId(row.b()), PairStatus.OPEN, PairStatus.NOT_SAME, now, by);
        audit.record(
                AuditEvent.of("people.duplicate.not-same", "person", row.a().toString())
                        .with("other", row.b().toString()));
        PairRow decided = new PairRow(
                row.a(),
                row.b(),
                row.score(),
                row.reasons(),
                row.foundBy(),
                row.foundAt(),
                PairStatus.NOT_SAME,
                now,
                by);
        return shown(List.of(decided), scopes, me).getFirst();
    }

    @Override
    @PreAuthorize("hasAuthority('people:read')")
    @Transactional(readOnly = true)
    public List<Merge> mergesInto(PersonId survivor) {
        people.readable(survivor);
        return jdbc.sql("""
                        SELECT m.merged, p.registration_number, m.survivor, m.merged_at, m.merged_by, m.undone_at,
                               m.undone_by
                          FROM people_merge m JOIN people_person p ON p.id = m.merged
                         WHERE m.survivor = :id
                         ORDER BY m.merged_at DESC, m.id
                         LIMIT 500
                        """)
                .param("id", survivor.value())
                .query((rs, n) -> new Merge(
                        new PersonId(rs.getObject("merged", UUID.class)),
                        rs.getString("registration_number"),
                        new PersonId(rs.getObject("survivor", UUID.class)),
                        rs.getTimestamp("merged_at").toInstant(),
                        rs.getString("merged_by"),
                        instant(rs.getTimestamp("undone_at")),
                        rs.getString("undone_by")))
                .list();
    }

    /**
     * Whether {@code one} sorts before {@code other} as PostgreSQL orders uuids (byte by byte, unsigned), which is the
     * order of their text; {@link UUID#compareTo} compares signed halves and disagrees for half of all pairs.
     */
    static boolean inOrder(UUID one, UUID other) {
        return one.toString().compareTo(other.toString()) < 0;
    }

    /** Whether an open pair of this person with one of the others awaits review. */
    private boolean proposed(PersonId one, List<PersonId> others) {
        return others.stream().anyMatch(other -> {
            boolean ordered = inOrder(one.value(), other.value());
            return jdbc.sql("""
                            SELECT EXISTS (SELECT FROM people_duplicate_pair
                                            WHERE person_a = :a AND person_b = :b AND status = 'open')
                            """)
                    .param("a", ordered ? one.value() : other.value())
                    .param("b", ordered ? other.value() : one.value())
                    .query(Boolean.class)
                    .single();
        });
    }

    /** Moves a pair of the two persons, if one was proposed, from one status to another. */
    private void decide(PersonId one, PersonId other, PairStatus from, PairStatus to, Instant at, String by) {
        boolean ordered = inOrder(one.value(), other.value());
        boolean open = to == PairStatus.OPEN;
        jdbc.sql("""
                        UPDATE people_duplicate_pair
                           SET status = :to, decided_at = :at, decided_by = :by
                         WHERE person_a = :a AND person_b = :b AND status = :from
                        """)
                .param("to", to.code())
                .param("from", from.code())
                .param("at", open ? null : Timestamp.from(at), java.sql.Types.TIMESTAMP)
                .param("by", open ? null : by, java.sql.Types.VARCHAR)
                .param("a", ordered ? one.value() : other.value())
                .param("b", ordered ? other.value() : one.value())
                .update();
    }

    /** The rows of these persons, locked in id order (so that two merges never wait for each other in a circle). */
    private Map<UUID, Locked> lock(List<UUID> ids) {
        Map<UUID, Locked> locked = new HashMap<>();
        jdbc.sql("""
                        SELECT id, registration_number, merged_into, deleted_at IS NOT NULL AS deleted, version,
                               match_features
                          FROM people_person WHERE id = ANY(:ids) ORDER BY id FOR UPDATE
                        """)
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> locked.put(
                        rs.getObject("id", UUID.class),
                        new Locked(
                                rs.getObject("id", UUID.class),
                                rs.getString("registration_number"),
                                rs.getObject("merged_into", UUID.class),
                                rs.getBoolean("deleted"),
                                rs.getInt("version"),
                                rs.getString("match_features"))))
                .list();
        return locked;
    }

    private org.masar.people.PersonDetails details(PersonId id) {
        return queries.find(id, today())
                .orElseThrow(() -> new PersonNotFound(id))
                .record()
                .details();
    }

    /** A merge made before the merge log existed: what the person's row says of it. */
    private Merge mergeFromRow(PersonId merged, String number, PersonId survivor) {
        return jdbc.sql("SELECT merged_at, merged_by FROM people_person WHERE id = :id")
                .param("id", merged.value())
                .query((rs, n) -> new Merge(
                        merged,
                        number,
                        survivor,
                        rs.getTimestamp("merged_at").toInstant(),
                        Objects.requireNonNullElse(rs.getString("merged_by"), Actor.SYSTEM),
                        null,
                        null))
                .single();
    }

    /** The stored pair of two persons, in either order; locked when it is about to be decided. */
    private PairRow pairRow(PersonId one, PersonId other, boolean forUpdate) {
        boolean ordered = inOrder(one.value(), other.value());
        // A pair with a deleted person is nobody's to review any more, and shows nobody that person.
        return jdbc.sql("""
                        SELECT d.* FROM people_duplicate_pair d
                         WHERE d.person_a = :a AND d.person_b = :b
                           AND NOT EXISTS (SELECT FROM people_person p
                                            WHERE p.id IN (d.person_a, d.person_b) AND p.deleted_at IS NOT NULL)
                        """ + (forUpdate ? " FOR UPDATE OF d" : ""))
                .param("a", ordered ? one.value() : other.value())
                .param("b", ordered ? other.value() : one.value())
                .query(this::pairRow)
                .optional()
                .orElseThrow(() -> new PairNotFound(one, other));
    }

    private PairRow pairRow(ResultSet rs, int row) throws SQLException {
        List<Map<String, Object>> reasons =
                json.readValue(rs.getString("reasons"), new TypeReference<List<Map<String, Object>>>() {});
        return new PairRow(
                rs.getObject("person_a", UUID.class),
                rs.getObject("person_b", UUID.class),
                rs.getDouble("score"),
                reasons.stream()
                        .map(reason -> new MatchReason(
                                String.valueOf(reason.get("code")),
                                reason.get("args") instanceof List<?> args
                                        ? args.stream().map(String::valueOf).toList()
                                        : List.of()))
                        .toList(),
                rs.getString("found_by"),
                rs.getTimestamp("found_at").toInstant(),
                PairStatus.of(rs.getString("status")),
                instant(rs.getTimestamp("decided_at")),
                rs.getString("decided_by"));
    }

    /**
     * The pairs as the user may see them: each side recognisable, and whether its whole record is open to the user;
     * every side shown outside the user's scope is audited once.
     */
    private List<DuplicatePair> shown(List<PairRow> rows, Scopes scopes, @Nullable UUID me) {
        List<UUID> ids = rows.stream()
                .flatMap(row -> java.util.stream.Stream.of(row.a(), row.b()))
                .distinct()
                .toList();
        Map<UUID, RecognisablePerson> recognisable = queries.recognisable(ids, today());
        Set<UUID> inScope = new HashSet<>(queries.inScope(ids, scopes, me));
        Map<UUID, PersonId> mergedInto = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, merged_into FROM people_person WHERE id = ANY(:ids) AND merged_into IS NOT NULL")
                    .param("ids", ids.toArray(UUID[]::new))
                    .query((rs, n) -> mergedInto.put(
                            rs.getObject("id", UUID.class), new PersonId(rs.getObject("merged_into", UUID.class))))
                    .list();
        }
        for (UUID id : ids) {
            if (!inScope.contains(id)) {
                audit.record(AuditEvent.of("people.person.recognised", "person", id.toString())
                        .with("as", "duplicate-pair"));
            }
        }
        List<DuplicatePair> shown = new ArrayList<>();
        for (PairRow row : rows) {
            boolean bothInScope = inScope.contains(row.a()) && inScope.contains(row.b());
            // With a side outside the user's scope, only the reasons about what recognises a person: the others would
            // tell that side's phone, document or date of birth.
            List<MatchReason> reasons = bothInScope
                    ? row.reasons()
                    : row.reasons().stream()
                            .filter(reason -> PersonService.RECOGNISABLE_REASONS.contains(reason.code()))
                            .toList();
            shown.add(new DuplicatePair(
                    new DuplicatePair.Side(
                            Objects.requireNonNull(recognisable.get(row.a())),
                            inScope.contains(row.a()),
                            mergedInto.get(row.a())),
                    new DuplicatePair.Side(
                            Objects.requireNonNull(recognisable.get(row.b())),
                            inScope.contains(row.b()),
                            mergedInto.get(row.b())),
                    row.score(),
                    reasons,
                    row.foundBy(),
                    row.foundAt(),
                    row.status(),
                    row.decidedAt(),
                    row.decidedBy()));
        }
        return shown;
    }

    /** At least one of the persons must be in the user's scope; else the step is refused as out of scope. */
    private void requireReach(List<UUID> ids, Scopes scopes, @Nullable UUID me, PersonId named) {
        if (queries.inScope(ids, scopes, me).isEmpty()) {
            throw new OutOfScope(named);
        }
    }

    private static Map<String, Object> scopeParameters(Scopes scopes, @Nullable UUID me) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("allBaladiya", scopes.allBaladiya());
        parameters.put("baladiya", scopes.baladiya().toArray(String[]::new));
        parameters.put("me", me);
        return parameters;
    }

    private static @Nullable UUID me() {
        return CurrentUser.find().map(user -> user.id().value()).orElse(null);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return MissionTime.today(clock);
    }
}
