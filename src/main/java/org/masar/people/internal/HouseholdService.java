package org.masar.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.people.Household;
import org.masar.people.HouseholdConflict;
import org.masar.people.HouseholdConflict.Reason;
import org.masar.people.HouseholdId;
import org.masar.people.HouseholdNotFound;
import org.masar.people.Households;
import org.masar.people.Membership;
import org.masar.people.PersonId;
import org.masar.people.Relationship;
import org.masar.shared.Actor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Households as dated memberships. A move closes the person's current membership and opens one in the new household in
 * the same transaction, at the same instant; the partial unique index on current memberships keeps a person in one
 * household at a time even when two moves race. The household row is locked for every change, so that two changes to
 * one household (the head leaving while someone joins) are taken one after the other.
 */
@Service
class HouseholdService implements Households {

    private static final String MEMBERSHIP = """
            SELECT household_id, person_id, relationship, joined_at, joined_by, left_at, left_by, left_because
              FROM people_household_member
            """;

    private final JdbcClient jdbc;
    private final PersonService people;
    private final TimelineService timeline;
    private final AuditTrail audit;
    private final Clock clock;

    HouseholdService(JdbcClient jdbc, PersonService people, TimelineService timeline, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAuthority('people:edit')")
    @Transactional
    public Household found(PersonId head) {
        PersonId person = usable(head);
        Instant now = now();
        HouseholdId id = HouseholdId.random();
        moveOut(person, now);
        jdbc.sql("""
                        INSERT INTO people_household (id, head_id, created_at, created_by)
                        VALUES (:id, :head, :at, :by)
                        """)
                .param("id", id.value())
                .param("head", person.value())
                .param("at", Timestamp.from(now))
                .param("by", Actor.current().name())
                .update();
        open(id, person, Relationship.HEAD, now);
        audit.record(AuditEvent.of("people.household.founded", "household", id.toString())
                .with("head", person.toString()));
        return read(id);
    }

    @Override
    @PreAuthorize("hasAuthority('people:edit')")
    @Transactional
    public Household join(HouseholdId household, PersonId person, Relationship relationship) {
        PersonId member = usable(person);
        // Both households of a move are locked in one order, so that two opposite moves cannot deadlock.
        currentMembership(member)
                .map(Membership::household)
                .filter(from -> from.value().compareTo(household.value()) < 0)
                .ifPresent(this::locked);
        HouseholdRow row = locked(household);
        people.readable(row.head());
        if (row.dissolvedAt() != null) {
            throw new HouseholdConflict(Reason.DISSOLVED, household);
        }
        if (relationship == Relationship.HEAD) {
            // A household has one head; naming another would make every member's relationship wrong.
            throw PersonService.invalid(List.of(new org.masar.people.InvalidField("relationship", "second-head")));
        }
        Optional<Membership> current = currentMembership(member);
        if (current.isPresent() && current.get().household().equals(household)) {
            throw new HouseholdConflict(Reason.ALREADY_MEMBER, household);
        }
        Instant now = now();
        moveOut(member, now);
        open(household, member, relationship, now);
        audit.record(AuditEvent.of("people.household.joined", "household", household.toString())
                .with("person", member.toString())
                .with("relationship", relationship.code())
                .with("movedFrom", current.map(m -> m.household().toString()).orElse("")));
        return read(household);
    }

    @Override
    @PreAuthorize("hasAuthority('people:edit')")
    @Transactional
    public Household leave(HouseholdId household, PersonId person) {
        HouseholdRow row = locked(household);
        people.readable(row.head());
        PersonId member = usable(person);
        Membership current = currentMembership(member)
                .filter(membership -> membership.household().equals(household))
                .orElseThrow(() -> new HouseholdConflict(Reason.NOT_MEMBER, household));
        Instant now = now();
        if (current.relationship() == Relationship.HEAD && otherMembers(household, member) > 0) {
            throw new HouseholdConflict(Reason.HEAD_HAS_MEMBERS, household);
        }
        close(current, "left", now);
        audit.record(AuditEvent.of("people.household.left", "household", household.toString())
                .with("person", member.toString()));
        return read(household);
    }

    @Override
    @PreAuthorize("hasAuthority('people:read')")
    @Transactional(readOnly = true)
    public Household get(HouseholdId household) {
        HouseholdRow row = row(household);
        people.readable(row.head());
        return read(household);
    }

    @Override
    @PreAuthorize("hasAuthority('people:read')")
    @Transactional(readOnly = true)
    public Optional<Household> householdOf(PersonId person) {
        return currentMembership(people.readableHolder(person)).map(membership -> read(membership.household()));
    }

    @Override
    @PreAuthorize("hasAuthority('people:read')")
    @Transactional(readOnly = true)
    public List<Membership> membershipsOf(PersonId person) {
        PersonId holder = people.readableHolder(person);
        return jdbc.sql(MEMBERSHIP + " WHERE person_id IN (" + MERGED_INTO + ")"
                        + " ORDER BY joined_at DESC, left_at DESC NULLS FIRST")
                .param("person", holder.value())
                .query(HouseholdService::membership)
                .list();
    }

    /** The person as households hold them: readable by the user, and the survivor when they were merged. */
    private PersonId usable(PersonId person) {
        return people.readableHolder(person);
    }

    /**
     * Ends the person's current membership, if any, because they move. A head may move out only as the last member
     * (the old household is then dissolved); a household is never left without its head.
     */
    private void moveOut(PersonId person, Instant now) {
        Optional<Membership> current = currentMembership(person);
        if (current.isEmpty()) {
            return;
        }
        Membership membership = current.get();
        locked(membership.household());
        if (membership.relationship() == Relationship.HEAD && otherMembers(membership.household(), person) > 0) {
            throw new HouseholdConflict(Reason.HEAD_HAS_MEMBERS, membership.household());
        }
        close(membership, "moved", now);
    }

    private void open(HouseholdId household, PersonId person, Relationship relationship, Instant now) {
        jdbc.sql("""
                        INSERT INTO people_household_member (id, household_id, person_id, relationship, joined_at,
                                                             joined_by)
                        VALUES (:id, :household, :person, :relationship, :at, :by)
                        """)
                .param("id", UUID.randomUUID())
                .param("household", household.value())
                .param("person", person.value())
                .param("relationship", relationship.code())
                .param("at", Timestamp.from(now))
                .param("by", Actor.current().name())
                .update();
        timeline.addOwn(
                person, "household.joined", household.toString(), Map.of("relationship", relationship.code()), now);
    }

    private void close(Membership membership, String because, Instant now) {
        int closed = jdbc.sql("""
                        UPDATE people_household_member SET left_at = :at, left_by = :by, left_because = :because
                         WHERE household_id = :household AND person_id = :person AND left_at IS NULL
                        """)
                .param("at", Timestamp.from(now))
                .param("by", Actor.current().name())
                .param("because", because)
                .param("household", membership.household().value())
                .param("person", membership.person().value())
                .update();
        if (closed != 1) {
            throw new OptimisticLockingFailureException("Membership of " + membership.person() + " changed meanwhile");
        }
        timeline.addOwn(
                membership.person(),
                "household.left",
                membership.household().toString(),
                Map.of("because", because),
                now);
        if (otherMembers(membership.household(), membership.person()) == 0) {
            jdbc.sql("""
                            UPDATE people_household SET dissolved_at = :at, version = version + 1
                             WHERE id = :id AND dissolved_at IS NULL
                            """)
                    .param("at", Timestamp.from(now))
                    .param("id", membership.household().value())
                    .update();
        }
    }

    private long otherMembers(HouseholdId household, PersonId person) {
        return jdbc.sql("""
                        SELECT count(*) FROM people_household_member
                         WHERE household_id = :household AND person_id <> :person AND left_at IS NULL
                        """)
                .param("household", household.value())
                .param("person", person.value())
                .query(Long.class)
                .single();
    }

    /**
     * The person's current membership: their own, or else that of a record merged into them. Memberships are not
     * moved when records are merged, so that undoing a merge needs nothing undone here: a survivor without a household
     * is seen in the household of the record merged into them, and a survivor with one keeps theirs.
     */
    private Optional<Membership> currentMembership(PersonId person) {
        return jdbc.sql(MEMBERSHIP + " WHERE person_id IN (" + MERGED_INTO + ") AND left_at IS NULL"
                        + " ORDER BY (person_id = :person) DESC, joined_at DESC LIMIT 1")
                .param("person", person.value())
                .query(HouseholdService::membership)
                .optional();
    }

    /** The person {@code :person} and every record merged into them, at any depth. */
    private static final String MERGED_INTO = """
            WITH RECURSIVE merged (id) AS (
              SELECT CAST(:person AS uuid)
              UNION SELECT p.id FROM people_person p JOIN merged m ON p.merged_into = m.id
            )
            SELECT id FROM merged""";

    private Household read(HouseholdId id) {
        HouseholdRow row = row(id);
        List<Membership> all = jdbc.sql(MEMBERSHIP + " WHERE household_id = :id ORDER BY joined_at, person_id")
                .param("id", id.value())
                .query(HouseholdService::membership)
                .list();
        List<Membership> members = all.stream()
                .filter(Membership::current)
                .sorted((a, b) ->
                        Boolean.compare(b.relationship() == Relationship.HEAD, a.relationship() == Relationship.HEAD))
                .toList();
        List<Membership> past = all.stream()
                .filter(membership -> !membership.current())
                .sorted((a, b) -> b.leftAt().compareTo(a.leftAt()))
                .toList();
        return new Household(id, row.head(), row.createdAt(), row.createdBy(), row.dissolvedAt(), members, past);
    }

    private record HouseholdRow(
            PersonId head,
            Instant createdAt,
            String createdBy,
            @Nullable Instant dissolvedAt) {}

    private HouseholdRow row(HouseholdId id) {
        return jdbc.sql("SELECT head_id, created_at, created_by, dissolved_at FROM people_household WHERE id = :id")
                .param("id", id.value())
                .query(HouseholdService::householdRow)
                .optional()
                .orElseThrow(() -> new HouseholdNotFound(id));
    }

    private HouseholdRow locked(HouseholdId id) {
        return jdbc.sql("""
                        SELECT head_id, created_at, created_by, dissolved_at FROM people_household
                         WHERE id = :id FOR UPDATE
                        """)
                .param("id", id.value())
                .query(HouseholdService::householdRow)
                .optional()
                .orElseThrow(() -> new HouseholdNotFound(id));
    }

    private static HouseholdRow householdRow(ResultSet rs, int n) throws SQLException {
        Timestamp dissolved = rs.getTimestamp("dissolved_at");
        return new HouseholdRow(
                new PersonId(rs.getObject("head_id", UUID.class)),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                dissolved == null ? null : dissolved.toInstant());
    }

    private static Membership membership(ResultSet rs, int n) throws SQLException {
        Timestamp left = rs.getTimestamp("left_at");
        return new Membership(
                new HouseholdId(rs.getObject("household_id", UUID.class)),
                new PersonId(rs.getObject("person_id", UUID.class)),
                Relationship.of(rs.getString("relationship")).orElseThrow(),
                rs.getTimestamp("joined_at").toInstant(),
                rs.getString("joined_by"),
                left == null ? null : left.toInstant(),
                rs.getString("left_by"),
                rs.getString("left_because"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
