package org.masar.collect.internal.binding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.collect.internal.BindingService.TargetMapper;
import org.masar.collect.internal.BindingService.Unmappable;
import org.masar.collect.internal.FormSchema;
import org.masar.collect.internal.SubmissionBindings.Mapped;
import org.masar.collect.internal.SubmissionBindings.Outcome;
import org.masar.collect.internal.SubmissionBindings.Stored;
import org.masar.collect.internal.SubmissionBindings.Unmapped;
import org.masar.dtm.FlowMonitoringNewSurvey;
import org.masar.dtm.FlowMonitoringSurvey;
import org.masar.dtm.FlowMonitoringSurveyVersion;
import org.masar.dtm.FlowMonitoringSurveys;
import org.masar.geo.SiteId;
import org.masar.shared.ChangeStamp;
import org.masar.shared.InvalidFields;
import org.masar.shared.MissionTime;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code dtm-flow-survey}: one respondent's flow-monitoring survey, through {@link FlowMonitoringSurveys#record}. The
 * mapping:
 *
 * <pre>{@code
 * {"point": "${point}" | {"value": "<site id>"},  required: the flow-monitoring point's site id
 *  "surveyedOn": "${today}",                       optional: the day the submission is mapped when absent
 *  "version": {"value": 2},                        optional: the questionnaire's version (the current one when absent)
 *  "sex": "${sex}", "ageBand": "${age_band}", "nationality": "${nationality}",   optional
 *  "answers": {"origin-country": "${origin}", "reasons-for-leaving": "${reasons}", …}}
 * }</pre>
 *
 * Answers take the type the questionnaire's answer schema gives each question (a number, a list of choices from a
 * select_multiple's space-separated answer…), else the form field's own type.
 *
 * <p>A survey is anonymous and cannot be corrected once recorded: an edit of a submission whose record was already
 * recorded is kept unmapped for review (naming the survey recorded), never a second survey of one respondent; an
 * edit of one that was never recorded is recorded as any submission.
 */
@Component
class DtmFlowSurveyMapper implements TargetMapper {

    static final String TARGET = "dtm-flow-survey";

    private final FlowMonitoringSurveys surveys;
    private final PreviousMapping previous;
    private final Clock clock;
    /** Answer schemas by version number (0: the current one), as of the change stamp (the versions are stamped). */
    private final ChangeStamp.Cache<Integer, JsonNode> answerSchemas;

    DtmFlowSurveyMapper(FlowMonitoringSurveys surveys, PreviousMapping previous, Clock clock, ChangeStamp changes) {
        this.answerSchemas = changes.cache(100);
        this.surveys = surveys;
        this.previous = previous;
        this.clock = clock;
    }

    /**
     * The answer schema of a version (the current one for null), to type the answers as it asks. Versions never
     * change; which one is current is read again once a version is published (the change stamp moves).
     */
    private JsonNode answerSchema(@Nullable Integer number) {
        return answerSchemas.get(number == null ? 0 : number, n -> {
            if (n == 0) {
                return surveys.current().answerSchema();
            }
            return surveys.versions().stream()
                    .filter(v -> v.number() == n)
                    .findFirst()
                    .map(FlowMonitoringSurveyVersion::answerSchema)
                    .orElseGet(JsonNodeFactory.instance::objectNode);
        });
    }

    @Override
    public String target() {
        return TARGET;
    }

    @Override
    public List<InvalidFields.Field> check(JsonNode mapping, FormSchema schema) {
        MappingCheck check = new MappingCheck(mapping, schema)
                .allow("point", "surveyedOn", "version", "sex", "ageBand", "nationality", "answers");
        if (!mapping.isObject()) {
            return check.errors();
        }
        check.source("point", true);
        check.constantMust("point", v -> v.isString() && DtmAssessmentMapper.uuid(v.asString()) != null);
        check.source("surveyedOn", false);
        JsonNode version = mapping.get("version");
        if (version != null
                && !(Sources.constant(version) && version.get("value").canConvertToInt())) {
            check.error("mapping.version", MappingCheck.BAD_VALUE);
        }
        check.source("sex", false);
        check.source("ageBand", false);
        check.constantMust("ageBand", v -> FlowMonitoringSurveys.AGE_BANDS.contains(v.asString()));
        check.source("nationality", false);
        check.sources("answers", true, key -> !key.isBlank());
        return check.errors();
    }

    @Override
    public Outcome map(Stored submission, JsonNode mapping) {
        Optional<String> recorded = previous.of(submission, TARGET);
        if (recorded.isPresent()) {
            return new Unmapped(
                    TARGET,
                    "An edit of a survey already recorded (" + recorded.get()
                            + "): a flow-monitoring survey is not corrected from a form");
        }
        MappedAnswers answers = new MappedAnswers(submission);
        String point = answers.required("point", mapping.get("point"));
        UUID site = DtmAssessmentMapper.uuid(point);
        if (site == null) {
            throw new Unmappable("point: \"" + point + "\" is not a site's id");
        }
        LocalDate day = answers.date("surveyedOn", mapping.get("surveyedOn"));
        JsonNode version = mapping.get("version");
        JsonNode properties = answerSchema(
                        version == null ? null : version.get("value").asInt())
                .path("properties");
        ObjectNode given = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> answer : mapping.path("answers").properties()) {
            JsonNode value = answers.json(
                    "answers." + answer.getKey(), answer.getValue(), AnswerTypes.of(properties.path(answer.getKey())));
            if (value != null) {
                given.set(answer.getKey(), value);
            }
        }
        String nationality = answers.text("nationality", mapping.get("nationality"));
        FlowMonitoringSurvey survey = surveys.record(new FlowMonitoringNewSurvey(
                new SiteId(site),
                day == null ? MissionTime.today(clock) : day,
                version == null ? null : version.get("value").asInt(),
                Codes.sex(answers.text("sex", mapping.get("sex"))),
                answers.text("ageBand", mapping.get("ageBand")),
                nationality == null ? null : nationality.toUpperCase(Locale.ROOT),
                given));
        return new Mapped(TARGET, survey.id().toString());
    }
}
