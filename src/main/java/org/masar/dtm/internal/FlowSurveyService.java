package org.masar.dtm.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.masar.audit.AuditEvent;
import org.masar.audit.AuditTrail;
import org.masar.dtm.FlowMonitoringNewSurvey;
import org.masar.dtm.FlowMonitoringSurvey;
import org.masar.dtm.FlowMonitoringSurveyVersion;
import org.masar.dtm.FlowMonitoringSurveys;
import org.masar.geo.Site;
import org.masar.geo.Sites;
import org.masar.shared.Actor;
import org.masar.shared.ChangeStamp;
import org.masar.shared.InvalidFields;
import org.masar.shared.questionnaire.QuestionnaireValidation;
import org.masar.shared.questionnaire.RefusalCodes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The flow-monitoring survey, defined as data as {@code people}'s screening is ({@code org.masar.shared.questionnaire}):
 * a definition is checked against the definition schema and then for what a schema cannot say; answers are checked
 * against the JSON Schema derived from their version and kept as jsonb with the version. Versions
 * never change once published, so each one's schema is built once and kept. A survey adds to the summary's figures in
 * its own transaction, so that the summary never reads the surveys.
 */
@Service
class FlowSurveyService implements FlowMonitoringSurveys {

    private static final String SELECT_VERSION =
            "SELECT id, number, definition, published_at FROM dtm_flow_survey_version";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Sites sites;
    private final FlowRollup rollup;
    private final AuditTrail audit;
    private final Clock clock;
    private final QuestionnaireValidation validation = new QuestionnaireValidation(
            "/dtm/flow-survey-definition.schema.json",
            new RefusalCodes(
                    "dtm-field.invalid.required",
                    "dtm-field.invalid.unknown-field",
                    "dtm-field.invalid.definition",
                    "dtm-field.invalid.unknown-question",
                    "dtm-field.invalid.answer"));
    private final Map<Integer, Loaded> loaded = new ConcurrentHashMap<>();

    private record Loaded(FlowMonitoringSurveyVersion version, QuestionnaireValidation.Answers answers) {}

    /** The current version's number, as of the change stamp (dtm_flow_survey_version is stamped, V53). */
    private final ChangeStamp.Cache<Boolean, Integer> current;

    FlowSurveyService(
            JdbcClient jdbc,
            JsonMapper json,
            Sites sites,
            FlowRollup rollup,
            AuditTrail audit,
            Clock clock,
            ChangeStamp changes) {
        this.current = changes.cache(1);
        this.jdbc = jdbc;
        this.json = json;
        this.sites = sites;
        this.rollup = rollup;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAuthority('dtm:manage')")
    @Transactional
    public FlowMonitoringSurveyVersion publish(JsonNode definition) {
        List<InvalidFields.Field> errors = validation.definitionErrors(definition);
        if (errors.isEmpty()) {
            errors = new FlowSurveyQuestionnaire(definition).inconsistencies();
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        // One publisher at a time takes the next number.
        jdbc.sql("LOCK TABLE dtm_flow_survey_version IN SHARE ROW EXCLUSIVE MODE")
                .update();
        int number = jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM dtm_flow_survey_version")
                .query(Integer.class)
                .single();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO dtm_flow_survey_version (id, number, definition, published_at, published_by)
                        VALUES (:id, :number, CAST(:definition AS jsonb), :at, :by)
                        """)
                .param("id", id)
                .param("number", number)
                .param("definition", json.writeValueAsString(definition))
                .param("at", Timestamp.from(now()))
                .param("by", Actor.current().name())
                .update();
        audit.record(AuditEvent.of("dtm.flow-survey.published", "flow-survey-version", id.toString())
                .with("number", number));
        return load(number).version();
    }

    @Override
    @PreAuthorize("hasAuthority('dtm:read') or hasAuthority('dtm:collect') or hasAuthority('dtm:manage')")
    @Transactional(readOnly = true)
    public FlowMonitoringSurveyVersion current() {
        return load(currentNumber()).version();
    }

    @Override
    @PreAuthorize("hasAuthority('dtm:read') or hasAuthority('dtm:collect') or hasAuthority('dtm:manage')")
    @Transactional(readOnly = true)
    public List<FlowMonitoringSurveyVersion> versions() {
        return jdbc
                .sql("SELECT number FROM dtm_flow_survey_version ORDER BY number DESC")
                .query(Integer.class)
                .list()
                .stream()
                .map(number -> load(number).version())
                .toList();
    }

    @Override
    @PreAuthorize("hasAuthority('dtm:collect')")
    @Transactional
    public FlowMonitoringSurvey record(FlowMonitoringNewSurvey survey) {
        Site site = FlowMonitoringService.point(sites, survey.point());
        List<InvalidFields.Field> errors = new ArrayList<>();
        FlowMonitoringService.checkDay(survey.surveyedOn(), "surveyedOn", FlowMonitoringService.today(clock), errors);
        if (survey.sex() != null && !List.of("f", "m").contains(survey.sex())) {
            errors.add(new InvalidFields.Field("sex", "dtm-field.invalid.sex"));
        }
        if (survey.ageBand() != null && !AGE_BANDS.contains(survey.ageBand())) {
            errors.add(new InvalidFields.Field("ageBand", "dtm-field.invalid.age-band"));
        }
        if (survey.nationality() != null && !FlowBreakdown.COUNTRIES.contains(survey.nationality())) {
            errors.add(new InvalidFields.Field("nationality", "dtm-field.invalid.nationality"));
        }
        Loaded version = null;
        if (survey.version() != null && !exists(survey.version())) {
            errors.add(new InvalidFields.Field("version", "dtm-field.invalid.survey-version"));
        } else {
            version = load(survey.version() == null ? currentNumber() : survey.version());
            errors.addAll(version.answers().errors(survey.answers(), "answers"));
        }
        if (!errors.isEmpty() || version == null) {
            throw new InvalidFields(errors);
        }
        UUID id = UUID.randomUUID();
        Instant now = now();
        String baladiya = site.baladiya().pcode().value();
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("surveys", 1L);
        if (survey.nationality() != null) {
            figures.put("surveys.nationality." + survey.nationality(), 1L);
        }
        // the survey and its figures in one statement
        rollup.with(survey.surveyedOn(), baladiya, figures, """
                        INSERT INTO dtm_flow_survey (id, site_id, baladiya_pcode, surveyed_on, version_id, sex,
                                                     age_band, nationality, answers, recorded_at, recorded_by)
                        VALUES (:id, :site, :baladiya, :on, :version, :sex, :ageBand, :nationality,
                                CAST(:answers AS jsonb), :at, :by)
                        """)
                .param("id", id)
                .param("site", survey.point().value())
                .param("baladiya", baladiya)
                .param("on", Date.valueOf(survey.surveyedOn()))
                .param("version", version.version().id())
                .param("sex", survey.sex())
                .param("ageBand", survey.ageBand())
                .param("nationality", survey.nationality())
                .param("answers", json.writeValueAsString(survey.answers()))
                .param("at", Timestamp.from(now))
                .param("by", Actor.current().name())
                .update();
        audit.record(AuditEvent.of("dtm.flow-survey.recorded", "flow-survey", id.toString())
                .with("point", survey.point())
                .with("version", version.version().number()));
        return new FlowMonitoringSurvey(
                id,
                survey.point(),
                survey.surveyedOn(),
                version.version().number(),
                survey.sex(),
                survey.ageBand(),
                survey.nationality(),
                survey.answers(),
                now);
    }

    private int currentNumber() {
        return current.get(
                Boolean.TRUE,
                any -> jdbc.sql("SELECT max(number) FROM dtm_flow_survey_version")
                        .query(Integer.class)
                        .single());
    }

    private boolean exists(int number) {
        return loaded.containsKey(number)
                || jdbc.sql("SELECT EXISTS (SELECT FROM dtm_flow_survey_version WHERE number = :number)")
                        .param("number", number)
                        .query(Boolean.class)
                        .single();
    }

    private Loaded load(int number) {
        Loaded known = loaded.get(number);
        if (known != null) {
            return known;
        }
        FlowMonitoringSurveyVersion version = jdbc.sql(SELECT_VERSION + " WHERE number = :number")
                .param("number", number)
                .query((rs, n) -> {
                    JsonNode definition = json.readTree(rs.getString("definition"));
                    return new FlowMonitoringSurveyVersion(
                            rs.getObject("id", UUID.class),
                            rs.getInt("number"),
                            definition,
                            new FlowSurveyQuestionnaire(definition).answerSchema(),
                            rs.getTimestamp("published_at").toInstant());
                })
                .single();
        Loaded read = new Loaded(version, validation.answers(version.answerSchema()));
        loaded.put(number, read);
        return read;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
