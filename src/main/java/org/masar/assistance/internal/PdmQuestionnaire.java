package org.masar.assistance.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.masar.assistance.MonitoringSummary;
import org.masar.shared.InvalidFields;
import org.masar.shared.questionnaire.AnswerSchema;
import org.masar.shared.questionnaire.QuestionShape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One version of the PDM questionnaire read into what monitoring does with it: the JSON Schema its answers must fit
 * ({@link AnswerSchema}, with {@code yes_no} answers as booleans, as screening's), and the summary's figures from the
 * questions' {@code measure}. The definition's shape is checked first against
 * {@code assistance/pdm-definition.schema.json}; what a schema cannot say (ids that repeat, a range whose ends cross, a
 * measure asked twice or on a question that cannot give it) is checked here.
 */
final class PdmQuestionnaire {

    /** Measures counted as a share of yes (or favourable) answers. */
    static final List<String> SHARES = List.of("full-package", "useful", "safe", "knows-feedback");

    /** Measures counted choice by choice. */
    static final List<String> COUNTS = List.of("unsafe-where", "problems");

    record Choice(
            String id,
            String labelEn,
            String labelAr,
            @Nullable Integer score,
            boolean favourable,
            boolean none) {}

    record Question(
            String id,
            String type,
            String labelEn,
            String labelAr,
            boolean required,
            @Nullable String measure,
            List<Choice> choices,
            @Nullable Long min,
            @Nullable Long max,
            int maxLength) {

        QuestionShape shape() {
            return new QuestionShape(
                    id, type, required, choices.stream().map(Choice::id).toList(), min, max, maxLength);
        }
    }

    private final List<Question> questions = new ArrayList<>();

    /** Reads a definition that fits the definition schema. */
    PdmQuestionnaire(JsonNode definition) {
        for (JsonNode question : definition.path("questions")) {
            List<Choice> choices = new ArrayList<>();
            for (JsonNode choice : question.path("choices")) {
                JsonNode score = choice.path("score");
                choices.add(new Choice(
                        choice.path("id").asString(),
                        choice.path("labels").path("en").asString(),
                        choice.path("labels").path("ar").asString(),
                        score.isIntegralNumber() ? score.asInt() : null,
                        choice.path("favourable").asBoolean(false),
                        choice.path("none").asBoolean(false)));
            }
            JsonNode measure = question.path("measure");
            questions.add(new Question(
                    question.path("id").asString(),
                    question.path("type").asString(),
                    question.path("labels").path("en").asString(),
                    question.path("labels").path("ar").asString(),
                    question.path("required").asBoolean(false),
                    measure.isString() ? measure.asString() : null,
                    choices,
                    QuestionShape.bound(question.path("min")),
                    QuestionShape.bound(question.path("max")),
                    question.path("maxLength").asInt(QuestionShape.TEXT_LIMIT)));
        }
    }

    List<Question> questions() {
        return questions;
    }

    /** What the definition schema cannot check, each named by its path in the definition. */
    List<InvalidFields.Field> inconsistencies() {
        List<InvalidFields.Field> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> measures = new HashSet<>();
        for (int q = 0; q < questions.size(); q++) {
            Question question = questions.get(q);
            String at = "questions[" + q + "]";
            if (!ids.add(question.id())) {
                errors.add(invalid(at + ".id", "repeated-code"));
            }
            Set<String> choices = new HashSet<>();
            for (int c = 0; c < question.choices().size(); c++) {
                if (!choices.add(question.choices().get(c).id())) {
                    errors.add(invalid(at + ".choices[" + c + "].id", "repeated-code"));
                }
            }
            if (question.min() != null && question.max() != null && question.min() > question.max()) {
                errors.add(invalid(at + ".max", "range-crossed"));
            }
            String measure = question.measure();
            if (measure == null) {
                continue;
            }
            if (!measures.add(measure)) {
                errors.add(invalid(at + ".measure", "repeated-measure"));
            }
            boolean choice = "single_choice".equals(question.type());
            if ("satisfaction".equals(measure)) {
                if (!choice) {
                    errors.add(invalid(at + ".type", "measure-needs-single-choice"));
                }
                for (int c = 0; c < question.choices().size(); c++) {
                    if (question.choices().get(c).score() == null) {
                        errors.add(invalid(at + ".choices[" + c + "].score", "score-required"));
                    }
                }
            } else if (SHARES.contains(measure)) {
                if (!choice && !"yes_no".equals(question.type())) {
                    errors.add(invalid(at + ".type", "measure-needs-yes-no"));
                } else if (choice && question.choices().stream().noneMatch(Choice::favourable)) {
                    errors.add(invalid(at + ".choices", "favourable-required"));
                }
            } else if (!choice && !"multi_choice".equals(question.type())) {
                errors.add(invalid(at + ".type", "measure-needs-choices"));
            }
        }
        return errors;
    }

    private static InvalidFields.Field invalid(String field, String what) {
        return new InvalidFields.Field(field, "assistance.monitoring.invalid." + what);
    }

    /** The JSON Schema (2020-12) that answers to this version must fit: an object of answers by question id. */
    ObjectNode answerSchema() {
        return AnswerSchema.of(questions.stream().map(Question::shape).toList(), (question, answer) -> {
            if (!"yes_no".equals(question.type())) {
                return false;
            }
            answer.put("type", "boolean");
            return true;
        });
    }

    /** The figures of one group of respondents' answers (each fits this version's answer schema). */
    MonitoringSummary.Figures figures(List<JsonNode> answers) {
        MonitoringSummary.Satisfaction satisfaction = null;
        Map<String, MonitoringSummary.Share> shares = new LinkedHashMap<>();
        Map<String, MonitoringSummary.Counts> counts = new LinkedHashMap<>();
        for (Question question : questions) {
            String measure = question.measure();
            if (measure == null) {
                continue;
            }
            List<JsonNode> given = answers.stream()
                    .map(answer -> answer.path(question.id()))
                    .filter(answer -> !answer.isMissingNode() && !answer.isNull())
                    .toList();
            if ("satisfaction".equals(measure)) {
                List<MonitoringSummary.ChoiceCount> choices = new ArrayList<>();
                long total = 0;
                int scored = 0;
                for (Choice choice : question.choices()) {
                    int count = (int) given.stream()
                            .filter(answer -> choice.id().equals(answer.asString()))
                            .count();
                    choices.add(count(choice, count));
                    if (choice.score() != null) {
                        total += (long) choice.score() * count;
                        scored += count;
                    }
                }
                satisfaction = new MonitoringSummary.Satisfaction(
                        question.id(),
                        given.size(),
                        scored == 0 ? null : Math.round(total * 100.0 / scored) / 100.0,
                        choices);
            } else if (SHARES.contains(measure)) {
                Set<String> favourable = new HashSet<>();
                question.choices().stream().filter(Choice::favourable).forEach(choice -> favourable.add(choice.id()));
                int yes = (int) given.stream()
                        .filter(answer ->
                                answer.isBoolean() ? answer.asBoolean() : favourable.contains(answer.asString()))
                        .count();
                shares.put(
                        measure,
                        new MonitoringSummary.Share(
                                question.id(),
                                given.size(),
                                yes,
                                given.isEmpty() ? null : Math.round(yes * 1000.0 / given.size()) / 1000.0));
            } else {
                Set<String> none = new HashSet<>();
                question.choices().stream().filter(Choice::none).forEach(choice -> none.add(choice.id()));
                List<MonitoringSummary.ChoiceCount> choices = new ArrayList<>();
                for (Choice choice : question.choices()) {
                    int count = (int) given.stream()
                            .filter(answer -> chosen(answer).contains(choice.id()))
                            .count();
                    choices.add(count(choice, count));
                }
                int reported = (int) given.stream()
                        .filter(answer -> chosen(answer).stream().anyMatch(id -> !none.contains(id)))
                        .count();
                counts.put(measure, new MonitoringSummary.Counts(question.id(), given.size(), reported, choices));
            }
        }
        return new MonitoringSummary.Figures(answers.size(), satisfaction, shares, counts);
    }

    private static Set<String> chosen(JsonNode answer) {
        Set<String> chosen = new HashSet<>();
        if (answer.isArray()) {
            answer.forEach(choice -> chosen.add(choice.asString()));
        } else {
            chosen.add(answer.asString());
        }
        return chosen;
    }

    private static MonitoringSummary.ChoiceCount count(Choice choice, int count) {
        return new MonitoringSummary.ChoiceCount(
                choice.id(), choice.labelEn(), choice.labelAr(), choice.score(), count);
    }
}
