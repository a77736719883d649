package org.masar.dtm.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.masar.shared.InvalidFields;
import org.masar.shared.questionnaire.AnswerSchema;
import org.masar.shared.questionnaire.QuestionShape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One version of the flow-monitoring survey read into the JSON Schema its answers must fit, as {@code people}'s
 * screening questionnaires are ({@link AnswerSchema}; the survey adds the {@code country} and {@code country_list}
 * answer types). The definition's shape is checked first against
 * {@code dtm/flow-survey-definition.schema.json}; what a schema cannot say (ids that repeat, a range whose ends cross, a
 * question that would ask who the respondent is) is checked here.
 */
final class FlowSurveyQuestionnaire {

    /** The most countries a route may cross. */
    static final int MAX_TRANSIT = 20;

    /**
     * Question ids that would ask who the respondent is: a flow-monitoring survey is anonymous (sex, age band and
     * nationality are recorded beside the answers, nothing else), so a version asking for these is refused.
     */
    static final java.util.regex.Pattern IDENTIFYING = java.util.regex.Pattern.compile(
            "(^|-)(name|names|surname|phone|telephone|mobile|email|passport|document|id-number|national-id|address|"
                    + "photo|birth-date|date-of-birth)($|-)");

    private final List<QuestionShape> questions = new ArrayList<>();

    FlowSurveyQuestionnaire(JsonNode definition) {
        definition.path("questions").forEach(question -> questions.add(QuestionShape.read(question)));
    }

    List<QuestionShape> questions() {
        return questions;
    }

    /** What the definition schema cannot check, each named by its path in the definition. */
    List<InvalidFields.Field> inconsistencies() {
        List<InvalidFields.Field> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int q = 0; q < questions.size(); q++) {
            QuestionShape question = questions.get(q);
            String at = "questions[" + q + "]";
            if (!ids.add(question.id())) {
                errors.add(new InvalidFields.Field(at + ".id", "dtm-field.invalid.repeated-code"));
            }
            if (IDENTIFYING.matcher(question.id()).find()) {
                errors.add(new InvalidFields.Field(at + ".id", "dtm-field.invalid.identifying-question"));
            }
            Set<String> choices = new HashSet<>();
            for (int c = 0; c < question.choices().size(); c++) {
                if (!choices.add(question.choices().get(c))) {
                    errors.add(
                            new InvalidFields.Field(at + ".choices[" + c + "].id", "dtm-field.invalid.repeated-code"));
                }
            }
            if (question.min() != null && question.max() != null && question.min() > question.max()) {
                errors.add(new InvalidFields.Field(at + ".max", "dtm-field.invalid.range-crossed"));
            }
        }
        return errors;
    }

    /** The JSON Schema (2020-12) that answers to this version must fit: an object of answers by question id. */
    ObjectNode answerSchema() {
        return AnswerSchema.of(questions, (question, answer) -> {
            switch (question.type()) {
                case "country" -> {
                    answer.put("type", "string");
                    countries(answer.putArray("enum"));
                }
                case "country_list" -> {
                    answer.put("type", "array");
                    answer.put("maxItems", MAX_TRANSIT);
                    ObjectNode items = answer.putObject("items");
                    items.put("type", "string");
                    countries(items.putArray("enum"));
                }
                default -> {
                    return false;
                }
            }
            return true;
        });
    }

    private static void countries(ArrayNode codes) {
        new TreeSet<>(FlowBreakdown.COUNTRIES).forEach(codes::add);
    }
}
