package org.masar.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.people.InvalidField;
import org.masar.people.PersonId;
import org.masar.people.Screening;
import org.masar.people.ScreeningFlag;
import org.masar.people.ScreeningId;
import org.masar.people.ScreeningPriority;
import org.masar.people.ScreeningVersion;
import org.masar.people.ScreeningVersionId;
import org.masar.people.ScreeningVersionNotFound;
import org.masar.people.Screenings;
import org.masar.shared.Actor;
import org.masar.shared.InvalidFields;
import org.masar.shared.questionnaire.QuestionnaireValidation;
import org.masar.shared.questionnaire.RefusalCodes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Vulnerability screening, a questionnaire defined as data ({@code org.masar.shared.questionnaire}). A definition is
 * checked against the definition schema and then for what a schema cannot say; a person's answers are checked against
 * the JSON Schema derived from their version. Versions never change once published, so each one's schema is built once
 * and kept.
 *
 * <p>Who sees what: the flags a version marks restricted (a survivor of gender-based violence, a possible victim of
 * trafficking; {@link Questionnaire#ALWAYS_RESTRICTED}) are kept in their own column and shown, with the answers that
 * set them, only to readers holding {@code protection:read-restricted}. Disclosed to the wrong person (a family member
 * working for a partner, someone close to a trafficker) they can cost the person their safety. The timeline shows that
 * a person was screened and the priority only, to every reader of the person.
 */
@Service
class ScreeningService implements Screenings {

    /** The permission that shows restricted flags and the answers that set them. */
    static final String READ_RESTRICTED = "protection:read-restricted";

    private static final String SELECT_VERSION =
            "SELECT id, questionnaire, number, definition, published_at, published_by FROM people_screening_version";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PersonService people;
    private final TimelineService timeline;
    private final AuditTrail audit;
    private final Clock clock;
    private final QuestionnaireValidation validation = new QuestionnaireValidation(
            "/people/screening-definition.schema.json",
            new RefusalCodes("required", "unknown-field", "does-not-fit", "unknown-question", "answer-does-not-fit"));
    private final Map<UUID, Loaded> loaded = new ConcurrentHashMap<>();

    /** A version with what is derived from it once. */
    private record Loaded(
            ScreeningVersion version, Questionnaire questionnaire, QuestionnaireValidation.Answers answers) {}

    ScreeningService(
            JdbcClient jdbc,
            JsonMapper json,
            PersonService people,
            TimelineService timeline,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.people = people;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAuthority('people:manage-screening')")
    @Transactional
    public ScreeningVersion publish(JsonNode definition) {
        List<InvalidField> errors = invalidFields(validation.definitionErrors(definition));
        if (errors.isEmpty()) {
            errors = new Questionnaire(definition).inconsistencies(definition);
        }
        if (!errors.isEmpty()) {
            throw PersonService.invalid(errors);
        }
        int number = jdbc.sql("""
                        SELECT coalesce(max(number), 0) + 1 FROM people_screening_version
                         WHERE questionnaire = :questionnaire
                        """)
                .param("questionnaire", VULNERABILITY)
                .query(Integer.class)
                .single();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO people_screening_version (id, questionnaire, number, definition, published_at,
                                                              published_by)
                        VALUES (:id, :questionnaire, :number, CAST(:definition AS jsonb), :at, :by)
                        """)
                .param("id", id)
                .param("questionnaire", VULNERABILITY)
                .param("number", number)
                .param("definition", json.writeValueAsString(definition))
                .param("at", Timestamp.from(now()))
                .param("by", Actor.current().name())
                .update();
        audit.record(AuditEvent.of("people.screening.published", "screening-version", id.toString())
                .with("questionnaire", VULNERABILITY)
                .with("number", number));
        return load(new ScreeningVersionId(id)).version();
    }

    @Override
    @PreAuthorize(
            "hasAuthority('people:read') or hasAuthority('people:screen') or hasAuthority('people:manage-screening')")
    @Transactional(readOnly = true)
    public ScreeningVersion current() {
        UUID id = jdbc.sql("""
                        SELECT id FROM people_screening_version WHERE questionnaire = :questionnaire
                         ORDER BY number DESC LIMIT 1
                        """)
                .param("questionnaire", VULNERABILITY)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new ScreeningVersionNotFound(VULNERABILITY));
        return load(new ScreeningVersionId(id)).version();
    }

    @Override
    @PreAuthorize(
            "hasAuthority('people:read') or hasAuthority('people:screen') or hasAuthority('people:manage-screening')")
    @Transactional(readOnly = true)
    public ScreeningVersion version(ScreeningVersionId id) {
        return load(id).version();
    }

    @Override
    @PreAuthorize(
            "hasAuthority('people:read') or hasAuthority('people:screen') or hasAuthority('people:manage-screening')")
    @Transactional(readOnly = true)
    public List<ScreeningVersion> versions() {
        return jdbc
                .sql(SELECT_VERSION + " WHERE questionnaire = :questionnaire ORDER BY number DESC")
                .param("questionnaire", VULNERABILITY)
                .query((rs, n) -> new ScreeningVersionId(rs.getObject("id", UUID.class)))
                .list()
                .stream()
                .map(id -> load(id).version())
                .toList();
    }

    @Override
    @PreAuthorize("hasAuthority('people:screen')")
    @Transactional
    public Screening screen(PersonId person, @Nullable ScreeningVersionId version, JsonNode answers) {
        PersonId holder = people.readableHolder(person);
        if (version != null && !exists(version)) {
            throw PersonService.invalid(List.of(new InvalidField("version", "unknown-screening-version")));
        }
        Loaded answered = load(version == null ? current().id() : version);
        List<InvalidField> errors = invalidFields(answered.answers().errors(answers, "answers"));
        if (!errors.isEmpty()) {
            throw PersonService.invalid(errors);
        }
        Questionnaire.Outcome outcome = answered.questionnaire().outcome(answers);
        // The timeline is read without protection:read-restricted: its priority is the one the other answers set.
        ScreeningPriority openPriority = answered.questionnaire()
                .outcome(withoutRestricted(answers, answered.questionnaire()))
                .priority();
        UUID id = UUID.randomUUID();
        Instant now = now();
        jdbc.sql("""
                        INSERT INTO people_screening (id, person_id, version_id, answers, flags, restricted_flags,
                                                      priority, screened_at, screened_by)
                        VALUES (:id, :person, :version, CAST(:answers AS jsonb), :flags, :restricted, :priority, :at,
                                :by)
                        """)
                .param("id", id)
                .param("person", holder.value())
                .param("version", answered.version().id().value())
                .param("answers", json.writeValueAsString(answers))
                .param("flags", outcome.flags().toArray(String[]::new))
                .param("restricted", outcome.restrictedFlags().toArray(String[]::new))
                .param("priority", outcome.priority().code())
                .param("at", Timestamp.from(now))
                .param("by", Actor.current().name())
                .update();
        // Priority only: the flags say what happened to the person, and the timeline is read more widely.
        timeline.addOwn(
                holder,
                "screened",
                id.toString(),
                Map.of(
                        "priority",
                        openPriority.code(),
                        "version",
                        String.valueOf(answered.version().number())),
                now);
        audit.record(AuditEvent.of("people.person.screened", "person", holder.toString())
                .with("screening", id.toString())
                .with("version", answered.version().number())
                .with("priority", outcome.priority().code()));
        return read(holder, id);
    }

    @Override
    @PreAuthorize("hasAuthority('people:read')")
    @Transactional
    public List<Screening> screeningsOf(PersonId person) {
        PersonId holder = people.readableHolder(person);
        List<Screening> screenings = rows(holder, null);
        audit.record(AuditEvent.of("people.screening.viewed", "person", holder.toString())
                .with("screenings", screenings.size()));
        return screenings;
    }

    private Screening read(PersonId holder, UUID id) {
        return rows(holder, id).getFirst();
    }

    /** A person's screenings (with those of records merged into them), as the current reader may see them. */
    private List<Screening> rows(PersonId holder, @Nullable UUID only) {
        boolean restrictedReader = holds(READ_RESTRICTED);
        return jdbc.sql("""
                        WITH RECURSIVE merged (id) AS (
                          SELECT CAST(:person AS uuid)
                          UNION SELECT p.id FROM people_person p JOIN merged m ON p.merged_into = m.id
                        )
                        SELECT id, person_id, version_id, answers, flags, restricted_flags, priority, screened_at,
                               screened_by
                          FROM people_screening
                         WHERE person_id IN (SELECT id FROM merged) AND (CAST(:only AS uuid) IS NULL OR id = :only)
                         ORDER BY screened_at DESC, id
                        """)
                .param("person", holder.value())
                .param("only", only)
                .query((rs, n) -> screening(rs, restrictedReader))
                .list();
    }

    private Screening screening(ResultSet rs, boolean restrictedReader) throws SQLException {
        Loaded version = load(new ScreeningVersionId(rs.getObject("version_id", UUID.class)));
        Set<String> codes =
                new LinkedHashSet<>(List.of((String[]) rs.getArray("flags").getArray()));
        ObjectNode answers = (ObjectNode) json.readTree(rs.getString("answers"));
        ScreeningPriority priority =
                ScreeningPriority.of(rs.getString("priority")).orElseThrow();
        if (restrictedReader) {
            codes.addAll(List.of((String[]) rs.getArray("restricted_flags").getArray()));
        } else {
            version.questionnaire().restrictedQuestions().forEach(answers::remove);
            // An urgent priority with no flag to show would say what the hidden answers were: the priority shown is
            // the one the answers shown set.
            priority = version.questionnaire().outcome(answers).priority();
        }
        List<ScreeningFlag> flags = version.questionnaire().flags().values().stream()
                .filter(flag -> codes.contains(flag.code()))
                .filter(flag -> restrictedReader || !flag.restricted())
                .toList();
        return new Screening(
                new ScreeningId(rs.getObject("id", UUID.class)),
                new PersonId(rs.getObject("person_id", UUID.class)),
                version.version().id(),
                version.version().number(),
                answers,
                flags,
                priority,
                rs.getTimestamp("screened_at").toInstant(),
                rs.getString("screened_by"));
    }

    private static JsonNode withoutRestricted(JsonNode answers, Questionnaire questionnaire) {
        ObjectNode open = (ObjectNode) answers.deepCopy();
        questionnaire.restrictedQuestions().forEach(open::remove);
        return open;
    }

    private boolean exists(ScreeningVersionId id) {
        return loaded.containsKey(id.value())
                || jdbc.sql("SELECT EXISTS (SELECT FROM people_screening_version WHERE id = :id)")
                        .param("id", id.value())
                        .query(Boolean.class)
                        .single();
    }

    private Loaded load(ScreeningVersionId id) {
        Loaded known = loaded.get(id.value());
        if (known != null) {
            return known;
        }
        ScreeningVersion stored = jdbc.sql(SELECT_VERSION + " WHERE id = :id")
                .param("id", id.value())
                .query((rs, n) -> {
                    JsonNode definition = json.readTree(rs.getString("definition"));
                    return new ScreeningVersion(
                            new ScreeningVersionId(rs.getObject("id", UUID.class)),
                            rs.getString("questionnaire"),
                            rs.getInt("number"),
                            definition,
                            new Questionnaire(definition).answerSchema(),
                            rs.getTimestamp("published_at").toInstant(),
                            rs.getString("published_by"));
                })
                .optional()
                .orElseThrow(() -> new ScreeningVersionNotFound(id));
        Questionnaire questionnaire = new Questionnaire(stored.definition());
        Loaded version = new Loaded(stored, questionnaire, validation.answers(stored.answerSchema()));
        loaded.put(id.value(), version);
        return version;
    }

    /** The validator's fields in error as {@code people}'s own, whose codes {@link PersonService#invalid} completes. */
    private static List<InvalidField> invalidFields(List<InvalidFields.Field> fields) {
        return fields.stream()
                .map(field -> new InvalidField(field.field(), field.code()))
                .toList();
    }

    private static boolean holds(String permission) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(permission::equals);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
