package org.masar.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.Directory;
import org.masar.access.OrganisationId;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.people.Consent;
import org.masar.people.ConsentConflict;
import org.masar.people.ConsentGiven;
import org.masar.people.ConsentId;
import org.masar.people.ConsentMethod;
import org.masar.people.ConsentNotFound;
import org.masar.people.ConsentPurpose;
import org.masar.people.Consents;
import org.masar.people.InvalidField;
import org.masar.people.PersonId;
import org.masar.shared.Actor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consents per purpose, on the survivor of merged records. A withdrawal is the moment it is recorded, never a date
 * typed in: a use already made under the consent stays lawful, and none can be made after it.
 */
@Service
class ConsentService implements Consents {

    /** The earliest a consent may be dated: older paper forms are not expected. */
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    /** Later than any consent's dates: a moment asked about beyond it is asked about as it. */
    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    /** Clocks of the devices consents are typed on may run a little ahead of the server's. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    static final int MAX_REASON = 500;

    /** The person's record and every record merged into it, whose consents are the person's. */
    private static final String MERGED = """
            WITH RECURSIVE merged (id) AS (
              SELECT CAST(:person AS uuid)
              UNION SELECT p.id FROM people_person p JOIN merged m ON p.merged_into = m.id
            )
            """;

    private static final String SELECT = """
            SELECT id, person_id, purpose, partner_id, given_at, given_how, taken_by, recorded_at, withdrawn_at,
                   withdrawn_by, withdrawal_reason, version
              FROM people_consent
            """;

    private final JdbcClient jdbc;
    private final PersonService people;
    private final TimelineService timeline;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;

    ConsentService(
            JdbcClient jdbc,
            PersonService people,
            TimelineService timeline,
            Directory directory,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.timeline = timeline;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAuthority('people:register') or hasAuthority('people:edit')")
    @Transactional
    public Consent give(PersonId person, ConsentGiven consent) {
        PersonId holder = people.readableHolder(person);
        Instant now = now();
        Instant givenAt = consent.givenAt() == null ? now : consent.givenAt().truncatedTo(ChronoUnit.MICROS);
        List<InvalidField> errors = new ArrayList<>();
        OrganisationId partner = consent.partner();
        if (consent.purpose() == ConsentPurpose.SHARING) {
            // Organisations itself is for administrators; the directory answers any signed-in user, and only for
            // organisations that exist.
            if (partner == null) {
                errors.add(new InvalidField("partner", "required"));
            } else if (directory.organisationName(partner).isEmpty()) {
                errors.add(new InvalidField("partner", "unknown-partner"));
            } else if (!directory.isActiveOrganisation(partner)) {
                errors.add(new InvalidField("partner", "inactive-partner"));
            }
        } else if (partner != null) {
            errors.add(new InvalidField("partner", "partner-only-for-sharing"));
        }
        if (givenAt.isBefore(EARLIEST) || givenAt.isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(new InvalidField("givenAt", "date-out-of-range"));
        }
        if (!errors.isEmpty()) {
            throw PersonService.invalid(errors);
        }
        if (givenAt.isAfter(now)) {
            givenAt = now;
        }
        boolean holds = jdbc.sql(MERGED + """
                        SELECT EXISTS (SELECT FROM people_consent
                                        WHERE person_id IN (SELECT id FROM merged) AND purpose = :purpose
                                          AND partner_id IS NOT DISTINCT FROM :partner AND withdrawn_at IS NULL)
                        """)
                .param("person", holder.value())
                .param("purpose", consent.purpose().code())
                .param("partner", partner == null ? null : partner.value())
                .query(Boolean.class)
                .single();
        if (holds) {
            throw ConsentConflict.alreadyGiven(consent.purpose().code());
        }
        ConsentId id = ConsentId.random();
        jdbc.sql("""
                        INSERT INTO people_consent (id, person_id, purpose, partner_id, given_at, given_how, taken_by,
                                                    recorded_at)
                        VALUES (:id, :person, :purpose, :partner, :givenAt, :givenHow, :takenBy, :now)
                        """)
                .param("id", id.value())
                .param("person", holder.value())
                .param("purpose", consent.purpose().code())
                .param("partner", partner == null ? null : partner.value())
                .param("givenAt", Timestamp.from(givenAt))
                .param("givenHow", consent.givenHow().code())
                .param("takenBy", Actor.current().name())
                .param("now", Timestamp.from(now))
                .update();
        timeline.addOwn(holder, "consent.given", id.toString(), details(consent.purpose(), partner), givenAt);
        audit.record(withPartner(
                AuditEvent.of("people.consent.given", "person", holder.toString())
                        .with("consent", id.toString())
                        .with("purpose", consent.purpose().code())
                        .with("how", consent.givenHow().code()),
                partner));
        return find(holder, id);
    }

    @Override
    @PreAuthorize("hasAuthority('people:register') or hasAuthority('people:edit')")
    @Transactional
    public Consent withdraw(PersonId person, ConsentId consent, String reason) {
        if (reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw PersonService.invalid(
                    List.of(new InvalidField("reason", reason.isBlank() ? "required" : "too-long")));
        }
        PersonId holder = people.readableHolder(person);
        Consent current = find(holder, consent);
        if (current.withdrawn()) {
            throw ConsentConflict.alreadyWithdrawn(consent);
        }
        Instant now = now();
        int changed = jdbc.sql("""
                        UPDATE people_consent
                           SET withdrawn_at = :now, withdrawn_by = :by, withdrawal_reason = :reason,
                               version = version + 1
                         WHERE id = :id AND withdrawn_at IS NULL
                        """)
                .param("now", Timestamp.from(now))
                .param("by", Actor.current().name())
                .param("reason", reason.strip())
                .param("id", consent.value())
                .update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("Consent " + consent + " changed meanwhile");
        }
        timeline.addOwn(
                holder, "consent.withdrawn", consent.toString(), details(current.purpose(), current.partner()), now);
        audit.record(withPartner(
                AuditEvent.of("people.consent.withdrawn", "person", holder.toString())
                        .with("consent", consent.toString())
                        .with("purpose", current.purpose().code()),
                current.partner()));
        return find(holder, consent);
    }

    @Override
    @PreAuthorize("hasAuthority('people:read')")
    @Transactional(readOnly = true)
    public List<Consent> consentsOf(PersonId person) {
        PersonId holder = people.readableHolder(person);
        return jdbc.sql(MERGED + SELECT + " WHERE person_id IN (SELECT id FROM merged) ORDER BY given_at DESC, id")
                .param("person", holder.value())
                .query(ConsentService::consent)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasConsent(PersonId person, ConsentPurpose purpose, @Nullable OrganisationId partner, Instant at) {
        if (at.isBefore(EARLIEST)) {
            return false;
        }
        // Far beyond any date a timestamp column holds; a consent not withdrawn by now holds then too.
        Instant asked = at.isAfter(LATEST) ? LATEST : at;
        // The survivor, found here rather than through PersonService.current: an unknown person is a plain "no", and
        // must not mark the caller's transaction for rollback.
        Optional<UUID> survivor =
                jdbc.sql("""
                        WITH RECURSIVE chain (id, merged_into, hops) AS (
                          SELECT id, merged_into, 0 FROM people_person WHERE id = :person
                          UNION ALL SELECT p.id, p.merged_into, c.hops + 1 FROM people_person p
                                      JOIN chain c ON p.id = c.merged_into WHERE c.hops < 100
                        )
                        SELECT id FROM chain WHERE merged_into IS NULL
                        """).param("person", person.value()).query(UUID.class).optional();
        if (survivor.isEmpty()) {
            return false;
        }
        PersonId holder = new PersonId(survivor.get());
        return jdbc.sql(MERGED + """
                        SELECT EXISTS (SELECT FROM people_consent c
                                        WHERE c.person_id IN (SELECT id FROM merged) AND c.purpose = :purpose
                                          AND c.partner_id IS NOT DISTINCT FROM :partner
                                          AND c.given_at <= :at AND (c.withdrawn_at IS NULL OR c.withdrawn_at > :at))
                           AND NOT EXISTS (SELECT FROM people_person p
                                            WHERE p.id = :person AND p.deleted_at IS NOT NULL)
                        """)
                .param("person", holder.value())
                .param("purpose", purpose.code())
                .param("partner", partner == null ? null : partner.value())
                .param("at", Timestamp.from(asked))
                .query(Boolean.class)
                .single();
    }

    private Consent find(PersonId holder, ConsentId id) {
        return jdbc.sql(MERGED + SELECT + " WHERE id = :id AND person_id IN (SELECT id FROM merged)")
                .param("person", holder.value())
                .param("id", id.value())
                .query(ConsentService::consent)
                .optional()
                .orElseThrow(() -> new ConsentNotFound(id));
    }

    private static Map<String, String> details(ConsentPurpose purpose, @Nullable OrganisationId partner) {
        return partner == null
                ? Map.of("purpose", purpose.code())
                : Map.of("purpose", purpose.code(), "partner", partner.toString());
    }

    private static AuditEvent withPartner(AuditEvent event, @Nullable OrganisationId partner) {
        return partner == null ? event : event.with("partner", partner.toString());
    }

    private static Consent consent(ResultSet rs, int n) throws SQLException {
        UUID partner = rs.getObject("partner_id", UUID.class);
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        return new Consent(
                new ConsentId(rs.getObject("id", UUID.class)),
                new PersonId(rs.getObject("person_id", UUID.class)),
                ConsentPurpose.of(rs.getString("purpose")).orElseThrow(),
                partner == null ? null : new OrganisationId(partner),
                rs.getTimestamp("given_at").toInstant(),
                ConsentMethod.of(rs.getString("given_how")).orElseThrow(),
                rs.getString("taken_by"),
                rs.getTimestamp("recorded_at").toInstant(),
                withdrawn == null ? null : withdrawn.toInstant(),
                rs.getString("withdrawn_by"),
                rs.getString("withdrawal_reason"),
                rs.getInt("version"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
