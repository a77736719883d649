package org.masar.assistance.internal;

import java.security.SecureRandom;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.masar.access.CurrentUser;
import org.masar.access.Programme;
import org.masar.access.Scopes;
import org.masar.access.Users;
import org.masar.assistance.Monitoring;
import org.masar.assistance.MonitoringConflict;
import org.masar.assistance.MonitoringInterview;
import org.masar.assistance.MonitoringNewInterview;
import org.masar.assistance.MonitoringNewSurvey;
import org.masar.assistance.MonitoringNotFound;
import org.masar.assistance.MonitoringOutOfScope;
import org.masar.assistance.MonitoringQuestionnaire;
import org.masar.assistance.MonitoringSampled;
import org.masar.assistance.MonitoringSource;
import org.masar.assistance.MonitoringSummary;
import org.masar.assistance.MonitoringSurvey;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.people.AgeBand;
import org.masar.people.People;
import org.masar.people.PersonId;
import org.masar.people.PersonLabel;
import org.masar.people.Sex;
import org.masar.shared.Actor;
import org.masar.shared.InvalidFields;
import org.masar.shared.MissionTime;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;
import org.masar.shared.questionnaire.QuestionnaireValidation;
import org.masar.shared.questionnaire.RefusalCodes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Post-distribution monitoring. The questionnaire is data, as {@code people}'s screening is
 * ({@code org.masar.shared.questionnaire}): a definition is checked against {@code assistance/pdm-definition.schema.json}
 * and then for what a schema cannot say; answers are checked against the JSON Schema derived from their version and
 * kept as jsonb with the version. Versions never change once published, so each one is read once and kept.
 *
 * <p>A survey's population is the distinct persons of the non-voided services naming its distribution or cash cycle as
 * their source (the one ledger of who received what); its sample is drawn here, sorted by person id then shuffled with a
 * kept seed, so that it can be drawn again alike. Its programme and baladiya (those of most of its services) decide
 * which users limited to programmes or baladiya may work on it.
 */
@Service
class MonitoringService implements Monitoring {

    static final int LARGEST_SAMPLE = 5000;
    static final int LONGEST_REASON = 1000;
    static final int LONGEST_TITLE = 200;
    static final List<String> SOURCES = List.of("distribution", "cash-cycle");
    static final List<String> OUTCOMES = List.of("interviewed", "not-reached", "refused");

    private static final String SELECT_SURVEY = """
            SELECT s.*, q.number AS questionnaire_number,
                   (SELECT count(*) FROM assistance_pdm_interview i
                     WHERE i.survey_id = s.id AND i.outcome = 'interviewed') AS interviewed,
                   (SELECT count(*) FROM assistance_pdm_interview i
                     WHERE i.survey_id = s.id AND i.outcome = 'not-reached') AS not_reached,
                   (SELECT count(*) FROM assistance_pdm_interview i
                     WHERE i.survey_id = s.id AND i.outcome = 'refused') AS refused
              FROM assistance_pdm_survey s JOIN assistance_pdm_questionnaire q ON q.id = s.questionnaire_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final People people;
    private final Users users;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();
    private final QuestionnaireValidation validation = new QuestionnaireValidation(
            "/assistance/pdm-definition.schema.json",
            new RefusalCodes(
                    "assistance.monitoring.invalid.required",
                    "assistance.monitoring.invalid.unknown-field",
                    "assistance.monitoring.invalid.definition",
                    "assistance.monitoring.invalid.unknown-question",
                    "assistance.monitoring.invalid.answer"));
    private final Map<UUID, Loaded> loaded = new ConcurrentHashMap<>();

    /** A version read once: what it is, the check of its answers, and what its questions measure. */
    private record Loaded(
            MonitoringQuestionnaire version, QuestionnaireValidation.Answers answers, PdmQuestionnaire questions) {}

    /** A recipient as their latest service from the source knew them. */
    private record Recipient(
            UUID person, @Nullable String sex, @Nullable String ageBand) {}

    MonitoringService(JdbcClient jdbc, JsonMapper json, People people, Users users, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.people = people;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    // The questionnaire.

    @Override
    @PreAuthorize("hasAuthority('assistance:monitor')")
    @Transactional(readOnly = true)
    public MonitoringQuestionnaire currentQuestionnaire() {
        UUID id = jdbc.sql("SELECT id FROM assistance_pdm_questionnaire ORDER BY number DESC LIMIT 1")
                .query(UUID.class)
                .single();
        return load(id).version();
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:monitor')")
    @Transactional(readOnly = true)
    public MonitoringQuestionnaire questionnaire(int number) {
        UUID id = jdbc.sql("SELECT id FROM assistance_pdm_questionnaire WHERE number = :number")
                .param("number", number)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new MonitoringNotFound("questionnaire", number));
        return load(id).version();
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:monitor')")
    @Transactional
    public MonitoringQuestionnaire publish(JsonNode definition) {
        List<InvalidFields.Field> errors = validation.definitionErrors(definition);
        if (errors.isEmpty()) {
            errors = new PdmQuestionnaire(definition).inconsistencies();
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        // One publisher at a time takes the next number (an advisory lock: versions are never updated, so the
        // application role may not lock their table; the unique number stands behind it).
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('assistance_pdm_questionnaire'))")
                .query((rs, n) -> 1)
                .single();
        int number = jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM assistance_pdm_questionnaire")
                .query(Integer.class)
                .single();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO assistance_pdm_questionnaire (id, number, definition, published_at, published_by)
                        VALUES (:id, :number, CAST(:definition AS jsonb), :at, :by)
                        """)
                .param("id", id)
                .param("number", number)
                .param("definition", json.writeValueAsString(definition))
                .param("at", Timestamp.from(now()))
                .param("by", Actor.current().name())
                .update();
        audit.record(AuditEvent.of("assistance.monitoring.questionnaire-published", "pdm-questionnaire", id.toString())
                .with("number", number));
        return load(id).version();
    }

    // Surveys and their samples.

    @Override
    @PreAuthorize("hasAuthority('assistance:monitor')")
    @Transactional(readOnly = true)
    public List<MonitoringSource> sources(int limit) {
        Map<String, Object> params = new HashMap<>();
        String scope = scopeFilter("programme", "baladiya", params);
        params.put("limit", Math.clamp(limit, 1, 200));
        return jdbc.sql("""
                        SELECT * FROM (
                          SELECT source, source_id, mode() WITHIN GROUP (ORDER BY programme) AS programme,
                                 mode() WITHIN GROUP (ORDER BY coalesce(baladiya_pcode, person_baladiya)) AS baladiya,
                                 count(DISTINCT person_id) AS recipients, max(delivered_on) AS last_delivered,
                                 (SELECT count(*) FROM assistance_pdm_survey p WHERE p.source_id = s.source_id
                                     AND p.source = s.source) AS surveys
                            FROM assistance_service s
                           WHERE source_id IS NOT NULL AND voided_at IS NULL
                           GROUP BY source, source_id) sources
                         WHERE true""" + scope + " ORDER BY last_delivered DESC, source_id LIMIT :limit")
                .params(params)
                .query((rs, n) -> new MonitoringSource(
                        rs.getString("source"),
                        rs.getObject("source_id", UUID.class),
                        rs.getString("programme"),
                        rs.getLong("recipients"),
                        rs.getDate("last_delivered").toLocalDate(),
                        rs.getLong("surveys")))
                .list();
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:monitor')")
    @Transactional
    public MonitoringSurvey create(MonitoringNewSurvey survey) {
        CurrentUser me = CurrentUser.get();
        List<InvalidFields.Field> errors = new ArrayList<>();
        if (survey.source() == null || survey.source().isBlank()) {
            errors.add(error("source", "required"));
        } else if (!SOURCES.contains(survey.source())) {
            errors.add(error("source", "unknown"));
        }
        if (survey.sourceId() == null) {
            errors.add(error("sourceId", "required"));
        }
        if ((survey.sampleSize() == null) == (survey.samplePercent() == null)) {
            errors.add(error("sampleSize", "size-or-percent"));
        } else if (survey.sampleSize() != null && (survey.sampleSize() < 1 || survey.sampleSize() > LARGEST_SAMPLE)) {
            errors.add(error("sampleSize", "sample-size"));
        } else if (survey.samplePercent() != null && (survey.samplePercent() < 1 || survey.samplePercent() > 100)) {
            errors.add(error("samplePercent", "sample-percent"));
        }
        String title = survey.title() == null || survey.title().isBlank()
                ? null
                : survey.title().strip();
        if (title != null && title.length() > LONGEST_TITLE) {
            errors.add(error("title", "too-long"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        String source = survey.source();
        UUID sourceId = survey.sourceId();

        List<Recipient> recipients = new ArrayList<>(jdbc.sql("""
                        SELECT DISTINCT ON (person_id) person_id, person_sex, person_age_band
                          FROM assistance_service
                         WHERE source = :source AND source_id = :id AND voided_at IS NULL
                         ORDER BY person_id, delivered_on DESC, recorded_at DESC
                        """)
                .param("source", source)
                .param("id", sourceId)
                .query((rs, n) -> new Recipient(
                        rs.getObject("person_id", UUID.class),
                        rs.getString("person_sex"),
                        rs.getString("person_age_band")))
                .list());
        if (recipients.isEmpty()) {
            throw MonitoringConflict.noRecipients(source, sourceId);
        }
        Map<String, Object> where = jdbc.sql("""
                        SELECT mode() WITHIN GROUP (ORDER BY programme) AS programme,
                               mode() WITHIN GROUP (ORDER BY coalesce(baladiya_pcode, person_baladiya)) AS baladiya
                          FROM assistance_service
                         WHERE source = :source AND source_id = :id AND voided_at IS NULL
                        """)
                .param("source", source)
                .param("id", sourceId)
                .query((rs, n) -> {
                    Map<String, Object> place = new HashMap<>();
                    place.put("programme", rs.getString("programme"));
                    place.put("baladiya", rs.getString("baladiya"));
                    return place;
                })
                .single();
        String programme = (String) where.get("programme");
        String baladiya = (String) where.get("baladiya");
        if (!covers(programme, baladiya)) {
            throw new MonitoringOutOfScope(source + " " + sourceId);
        }

        int population = recipients.size();
        int size = survey.sampleSize() != null
                ? Math.min(survey.sampleSize(), population)
                : Math.min(population, Math.max(1, (int) Math.ceil(population * survey.samplePercent() / 100.0)));
        long seed = survey.seed() != null ? survey.seed() : seeds.nextLong();
        // The same recipients and seed draw the same sample: a fixed order, then a seeded shuffle.
        recipients.sort(Comparator.comparing(recipient -> recipient.person().toString()));
        Collections.shuffle(recipients, new Random(seed));
        List<Recipient> drawn = recipients.subList(0, size);

        MonitoringQuestionnaire version = currentQuestionnaire();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO assistance_pdm_survey (id, source, source_id, title, questionnaire_id, programme,
                            baladiya_pcode, population, sample_size, sample_percent, seed, created_at, created_by,
                            created_by_name)
                        VALUES (:id, :source, :sourceId, :title, :questionnaire, :programme, :baladiya, :population,
                            :size, :percent, :seed, :now, :me, :meName)
                        """)
                .param("id", id)
                .param("source", source)
                .param("sourceId", sourceId)
                .param(
                        "title",
                        title != null
                                ? title
                                : source + " " + sourceId.toString().substring(0, 8))
                .param("questionnaire", version.id())
                .param("programme", programme)
                .param("baladiya", baladiya)
                .param("population", population)
                .param("size", size)
                .param("percent", survey.samplePercent())
                .param("seed", seed)
                .param("now", Timestamp.from(now()))
                .param("me", me.id().value())
                .param("meName", me.username())
                .update();
        for (int i = 0; i < drawn.size(); i++) {
            Recipient recipient = drawn.get(i);
            jdbc.sql("""
                            INSERT INTO assistance_pdm_sample (survey_id, person_id, position, person_sex,
                                person_age_band)
                            VALUES (:survey, :person, :position, :sex, :ageBand)
                            """)
                    .param("survey", id)
                    .param("person", recipient.person())
                    .param("position", i + 1)
                    .param("sex", recipient.sex())
                    .param("ageBand", recipient.ageBand())
                    .update();
        }
        audit.record(AuditEvent.of("assistance.monitoring.survey-created", "pdm-survey", id.toString())
                .with("source", source)
                .with("sourceId", sourceId)
                .with("population", population)
                .with("sampleSize", size)
                .with("seed", seed));
        return find(id);
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:monitor')")
    @Transactional(readOnly = true)
    public PageJson<MonitoringSurvey> list(Paging paging) {
        Map<String, Object> params = new HashMap<>();
        String scope = scopeFilter("s.programme", "s.baladiya_pcode", params);
        long total = jdbc.sql("SELECT count(*) FROM assistance_pdm_survey s WHERE true" + scope)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", paging.limit());
        params.put("offset", paging.offset());
        List<MonitoringSurvey> items = jdbc.sql(SELECT_SURVEY + " WHERE true" + scope
                        + " ORDER BY s.created_at DESC, s.id LIMIT :limit OFFSET :offset")
                .params(params)
                .query(MonitoringService::survey)
                .list();
        return paging.page(items, total);
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:monitor')")
    @Transactional(readOnly = true)
    public MonitoringSurvey get(UUID survey) {
        return inScope(survey);
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:monitor')")
    @Transactional
    public PageJson<MonitoringSampled> sample(UUID survey, Paging paging) {
        MonitoringSurvey found = inScope(survey);
        List<MonitoringSampled> items = sampledRows("", survey, null, paging.limit(), paging.offset());
        // The list names people: its reading is audited, as a read of people's data.
        audit.record(AuditEvent.of("assistance.monitoring.sample-read", "pdm-survey", survey.toString())
                .with("page", paging.page())
                .with("persons", items.size()));
        return paging.page(items, found.sampleSize());
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:monitor')")
    @Transactional
    public MonitoringSampled sampled(UUID survey, PersonId person) {
        inScope(survey);
        MonitoringSampled found = sampledRows(" AND p.person_id = :person", survey, person.value(), 1, 0).stream()
                .findFirst()
                .orElseThrow(() -> MonitoringConflict.notSampled(person));
        audit.record(AuditEvent.of("assistance.monitoring.sample-read", "pdm-survey", survey.toString())
                .with("person", person)
                .with("persons", 1));
        return found;
    }

    /** Sampled persons in the order drawn, with their labels and outcome. */
    private List<MonitoringSampled> sampledRows(
            String andWhere, UUID survey, @Nullable UUID person, int limit, long offset) {
        record Row(
                UUID person,
                int position,
                @Nullable String sex,
                @Nullable String ageBand,
                String status) {}
        List<Row> rows = jdbc.sql("""
                        SELECT p.person_id, p.position, p.person_sex, p.person_age_band,
                               coalesce(i.outcome, 'pending') AS status
                          FROM assistance_pdm_sample p
                          LEFT JOIN assistance_pdm_interview i ON i.survey_id = p.survey_id AND i.person_id = p.person_id
                         WHERE p.survey_id = :survey""" + andWhere + " ORDER BY p.position LIMIT :limit OFFSET :offset")
                .param("survey", survey)
                .param("person", person)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new Row(
                        rs.getObject("person_id", UUID.class),
                        rs.getInt("position"),
                        rs.getString("person_sex"),
                        rs.getString("person_age_band"),
                        rs.getString("status")))
                .list();
        Map<PersonId, PersonLabel> labels = people.labels(
                rows.stream().map(row -> new PersonId(row.person())).toList());
        return rows.stream()
                .map(row -> {
                    PersonId id = new PersonId(row.person());
                    PersonLabel label = labels.getOrDefault(id, PersonLabel.unknown());
                    return new MonitoringSampled(
                            id,
                            row.position(),
                            label.registrationNumber(),
                            label.arabic(),
                            label.latin(),
                            row.sex() == null ? null : Sex.valueOf(row.sex()),
                            row.ageBand() == null ? null : AgeBand.valueOf(row.ageBand()),
                            row.status());
                })
                .toList();
    }

    // Interviews.

    @Override
    @PreAuthorize("hasAuthority('assistance:monitor')")
    @Transactional
    public MonitoringInterview record(UUID survey, MonitoringNewInterview interview) {
        CurrentUser me = CurrentUser.get();
        MonitoringSurvey found = inScope(survey);
        UUID questionnaire = questionnaireIdOf(survey);
        Loaded version = load(questionnaire);
        Instant now = now();
        List<InvalidFields.Field> errors = new ArrayList<>();
        if (interview.person() == null) {
            errors.add(error("person", "required"));
        }
        String outcome = interview.outcome() == null ? "" : interview.outcome().strip();
        String reason = interview.reason() == null || interview.reason().isBlank()
                ? null
                : interview.reason().strip();
        JsonNode answers = interview.answers() == null || interview.answers().isNull() ? null : interview.answers();
        if (outcome.isEmpty()) {
            errors.add(error("outcome", "required"));
        } else if (!OUTCOMES.contains(outcome)) {
            errors.add(error("outcome", "unknown"));
        } else if ("interviewed".equals(outcome)) {
            if (answers == null) {
                errors.add(error("answers", "required"));
            } else {
                errors.addAll(version.answers().errors(answers, "answers"));
            }
            if (reason != null) {
                errors.add(error("reason", "only-when-not-interviewed"));
            }
        } else {
            if (reason == null) {
                errors.add(error("reason", "required"));
            } else if (reason.length() > LONGEST_REASON) {
                errors.add(error("reason", "too-long"));
            }
            if (answers != null) {
                errors.add(error("answers", "only-when-interviewed"));
            }
        }
        LocalDate day = interview.interviewedOn() != null
                ? interview.interviewedOn()
                : LocalDate.ofInstant(now, MissionTime.ZONE);
        ServiceRecorder.day(day, "interviewedOn", now, errors);
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        PersonId person = interview.person();
        boolean sampled = jdbc.sql("""
                        SELECT EXISTS (SELECT FROM assistance_pdm_sample WHERE survey_id = :survey AND person_id = :person)
                        """)
                .param("survey", survey)
                .param("person", person.value())
                .query(Boolean.class)
                .single();
        if (!sampled) {
            throw MonitoringConflict.notSampled(person);
        }
        UUID id = UUID.randomUUID();
        boolean interviewed = "interviewed".equals(outcome);
        // One per sampled person, kept so by PostgreSQL (the primary key), never by a read before the write.
        int written = jdbc.sql("""
                        INSERT INTO assistance_pdm_interview (id, survey_id, person_id, outcome, questionnaire_id,
                            answers, reason, interviewed_on, recorded_at, recorded_by, recorded_by_name)
                        VALUES (:id, :survey, :person, :outcome, :questionnaire, CAST(:answers AS jsonb), :reason,
                            :on, :now, :me, :meName)
                        ON CONFLICT (survey_id, person_id) DO NOTHING
                        """)
                .param("id", id)
                .param("survey", survey)
                .param("person", person.value())
                .param("outcome", outcome)
                .param("questionnaire", interviewed ? questionnaire : null)
                .param("answers", interviewed ? json.writeValueAsString(answers) : null)
                .param("reason", interviewed ? null : reason)
                .param("on", Date.valueOf(day))
                .param("now", Timestamp.from(now))
                .param("me", me.id().value())
                .param("meName", me.username())
                .update();
        if (written == 0) {
            throw MonitoringConflict.alreadyRecorded(person);
        }
        audit.record(AuditEvent.of(
                        "assistance.monitoring.interview-recorded",
                        "pdm-survey",
                        found.id().toString())
                .with("person", person)
                .with("outcome", outcome));
        return findInterview(survey, person);
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:monitor')")
    @Transactional
    public MonitoringInterview interview(UUID survey, PersonId person) {
        inScope(survey);
        MonitoringInterview found = findInterview(survey, person);
        audit.record(AuditEvent.of("assistance.monitoring.interview-read", "pdm-survey", survey.toString())
                .with("person", person));
        return found;
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:monitor')")
    @Transactional(readOnly = true)
    public MonitoringSummary summary(UUID survey) {
        MonitoringSurvey found = inScope(survey);
        Loaded version = load(questionnaireIdOf(survey));
        record Answered(String sex, JsonNode answers) {}
        List<Answered> answered = jdbc.sql("""
                        SELECT coalesce(p.person_sex, 'unknown') AS sex, i.answers
                          FROM assistance_pdm_interview i
                          JOIN assistance_pdm_sample p ON p.survey_id = i.survey_id AND p.person_id = i.person_id
                         WHERE i.survey_id = :survey AND i.outcome = 'interviewed'
                         ORDER BY p.position
                        """)
                .param("survey", survey)
                .query((rs, n) -> new Answered(rs.getString("sex"), json.readTree(rs.getString("answers"))))
                .list();
        PdmQuestionnaire questions = version.questions();
        Map<String, MonitoringSummary.Figures> bySex = new LinkedHashMap<>();
        for (String sex : List.of("F", "M", "unknown")) {
            List<JsonNode> theirs = answered.stream()
                    .filter(a -> a.sex().equals(sex))
                    .map(Answered::answers)
                    .toList();
            if (!theirs.isEmpty()) {
                bySex.put(sex, questions.figures(theirs));
            }
        }
        return new MonitoringSummary(
                survey,
                found.questionnaire(),
                found.sampleSize(),
                found.interviewed(),
                found.notReached(),
                found.refused(),
                found.pending(),
                questions.figures(answered.stream().map(Answered::answers).toList()),
                bySex);
    }

    @Override
    @PreAuthorize("hasAuthority('assistance:monitor')")
    @Transactional(readOnly = true)
    public MonitoringQuestionnaire questionnaireOf(UUID survey) {
        inScope(survey);
        return load(questionnaireIdOf(survey)).version();
    }

    // Reading and scoping.

    private MonitoringSurvey inScope(UUID survey) {
        MonitoringSurvey found = find(survey);
        if (!covers(found.programme(), found.baladiya())) {
            throw new MonitoringOutOfScope(survey);
        }
        return found;
    }

    private MonitoringSurvey find(UUID survey) {
        return jdbc.sql(SELECT_SURVEY + " WHERE s.id = :id")
                .param("id", survey)
                .query(MonitoringService::survey)
                .optional()
                .orElseThrow(() -> new MonitoringNotFound("survey", survey));
    }

    private UUID questionnaireIdOf(UUID survey) {
        return jdbc.sql("SELECT questionnaire_id FROM assistance_pdm_survey WHERE id = :id")
                .param("id", survey)
                .query(UUID.class)
                .single();
    }

    private MonitoringInterview findInterview(UUID survey, PersonId person) {
        return jdbc.sql("""
                        SELECT i.*, q.number AS questionnaire_number
                          FROM assistance_pdm_interview i
                          LEFT JOIN assistance_pdm_questionnaire q ON q.id = i.questionnaire_id
                         WHERE i.survey_id = :survey AND i.person_id = :person
                        """)
                .param("survey", survey)
                .param("person", person.value())
                .query((rs, n) -> {
                    String answers = rs.getString("answers");
                    int number = rs.getInt("questionnaire_number");
                    return new MonitoringInterview(
                            rs.getObject("id", UUID.class),
                            survey,
                            person,
                            rs.getString("outcome"),
                            rs.wasNull() || number == 0 ? null : number,
                            answers == null ? null : json.readTree(answers),
                            rs.getString("reason"),
                            rs.getDate("interviewed_on").toLocalDate(),
                            rs.getTimestamp("recorded_at").toInstant(),
                            rs.getString("recorded_by_name"));
                })
                .optional()
                .orElseThrow(() -> new MonitoringNotFound("interview", person));
    }

    /** Whether the user's scopes cover a survey's programme and baladiya, as services' lists are scoped. */
    private boolean covers(@Nullable String programme, @Nullable String baladiya) {
        Scopes scopes = users.currentScopes();
        if (!scopes.programmes().isEmpty()
                && (programme == null
                        || java.util.Arrays.stream(Programme.values())
                                .noneMatch(p -> p.name().equals(programme) && scopes.coversProgramme(p)))) {
            return false;
        }
        return scopes.allBaladiya() || (baladiya != null && scopes.coversBaladiya(baladiya));
    }

    /** The SQL that keeps rows within the user's scopes (programme and baladiya columns named). */
    private String scopeFilter(String programme, String baladiya, Map<String, Object> params) {
        Scopes scopes = users.currentScopes();
        StringBuilder where = new StringBuilder();
        if (!scopes.allBaladiya()) {
            where.append(" AND ").append(baladiya).append(" = ANY (CAST(:scopeBaladiya AS text[]))");
            params.put("scopeBaladiya", "{" + String.join(",", scopes.baladiya()) + "}");
        }
        if (!scopes.programmes().isEmpty()) {
            where.append(" AND ").append(programme).append(" = ANY (CAST(:scopeProgrammes AS text[]))");
            params.put(
                    "scopeProgrammes",
                    "{"
                            + String.join(
                                    ",",
                                    scopes.programmes().stream().map(Enum::name).toList()) + "}");
        }
        return where.toString();
    }

    private Loaded load(UUID id) {
        Loaded known = loaded.get(id);
        if (known != null) {
            return known;
        }
        MonitoringQuestionnaire version = jdbc.sql(
                        "SELECT id, number, definition, published_at, published_by FROM assistance_pdm_questionnaire"
                                + " WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> {
                    JsonNode definition = json.readTree(rs.getString("definition"));
                    return new MonitoringQuestionnaire(
                            rs.getObject("id", UUID.class),
                            rs.getInt("number"),
                            definition,
                            new PdmQuestionnaire(definition).answerSchema(),
                            rs.getTimestamp("published_at").toInstant(),
                            rs.getString("published_by"));
                })
                .single();
        Loaded read = new Loaded(
                version, validation.answers(version.answerSchema()), new PdmQuestionnaire(version.definition()));
        loaded.put(id, read);
        return read;
    }

    private static MonitoringSurvey survey(ResultSet rs, int n) throws SQLException {
        Object percent = rs.getObject("sample_percent");
        return new MonitoringSurvey(
                rs.getObject("id", UUID.class),
                rs.getString("source"),
                rs.getObject("source_id", UUID.class),
                rs.getString("title"),
                rs.getInt("questionnaire_number"),
                rs.getString("programme"),
                rs.getString("baladiya_pcode"),
                rs.getInt("population"),
                rs.getInt("sample_size"),
                percent == null ? null : ((Number) percent).intValue(),
                rs.getLong("seed"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by_name"),
                rs.getInt("interviewed"),
                rs.getInt("not_reached"),
                rs.getInt("refused"));
    }

    private static InvalidFields.Field error(String field, String what) {
        return new InvalidFields.Field(field, "assistance.monitoring.error." + what);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
