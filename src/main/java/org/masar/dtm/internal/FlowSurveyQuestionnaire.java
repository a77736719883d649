package org.masar.dtm.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.masar.shared.InvalidFields;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One version of the flow-monitoring survey read into the JSON Schema its answers must fit, as {@code people}'s
 * screening questionnaires are. The definition's shape is checked first against
 * {@code dtm/flow-survey-definition.schema.json}; what a schema cannot say (ids that repeat, a range whose ends cross, a
 * question that would ask who the respondent is) is checked here.
 */
final class FlowSurveyQuestionnaire {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The longest free text an answer may hold, when the definition sets none. */
    static final int TEXT_LIMIT = 2000;

    /** The most countries a route may cross. */
    static final int MAX_TRANSIT = 20;

    record Question(
            String id,
            String type,
            boolean required,
            List<String> choices,
            @Nullable Long min,
            @Nullable Long max,
            int maxLength) {}

    /**
     * Question ids that would ask who the respondent is: a flow-monitoring survey is anonymous (sex, age band and
     * nationality are recorded beside the answers, nothing else), so a version asking for these is refused.
     */
    static final java.util.regex.Pattern IDENTIFYING = java.util.regex.Pattern.compile(
            "(^|-)(name|names|surname|phone|telephone|mobile|email|passport|document|id-number|national-id|address|"
                    + "photo|birth-date|date-of-birth)($|-)");

    private final List<Question> questions = new ArrayList<>();

    FlowSurveyQuestionnaire(JsonNode definition) {
        for (JsonNode question : definition.path("questions")) {
            List<String> choices = new ArrayList<>();
            question.path("choices")
                    .forEach(choice -> choices.add(choice.path("id").asString()));
            questions.add(new Question(
                    question.path("id").asString(),
                    question.path("type").asString(),
                    question.path("required").asBoolean(false),
                    choices,
                    bound(question.path("min")),
                    bound(question.path("max")),
                    question.path("maxLength").asInt(TEXT_LIMIT)));
        }
    }

    private static @Nullable Long bound(JsonNode node) {
        return node.isIntegralNumber() ? node.asLong() : null;
    }

    List<Question> questions() {
        return questions;
    }

    /** What the definition schema cannot check, each named by its path in the definition. */
    List<InvalidFields.Field> inconsistencies() {
        List<InvalidFields.Field> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int q = 0; q < questions.size(); q++) {
            Question question = questions.get(q);
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
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = schema.putArray("required");
        for (Question question : questions) {
            ObjectNode answer = properties.putObject(question.id());
            switch (question.type()) {
                case "single_choice" -> {
                    answer.put("type", "string");
                    ArrayNode choices = answer.putArray("enum");
                    question.choices().forEach(choices::add);
                }
                case "multi_choice" -> {
                    answer.put("type", "array");
                    answer.put("uniqueItems", true);
                    answer.put("maxItems", question.choices().size());
                    ObjectNode items = answer.putObject("items");
                    items.put("type", "string");
                    ArrayNode choices = items.putArray("enum");
                    question.choices().forEach(choices::add);
                }
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
                case "integer" -> {
                    answer.put("type", "integer");
                    answer.put("minimum", question.min() == null ? -1_000_000 : question.min());
                    answer.put("maximum", question.max() == null ? 1_000_000 : question.max());
                }
                case "date" -> {
                    answer.put("type", "string");
                    answer.put("format", "date");
                    answer.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
                }
                case "text" -> {
                    answer.put("type", "string");
                    answer.put("maxLength", question.maxLength());
                }
                default -> throw new IllegalStateException("Unknown answer type " + question.type());
            }
            if (question.required()) {
                required.add(question.id());
            }
        }
        return schema;
    }

    private static void countries(ArrayNode codes) {
        new TreeSet<>(FlowBreakdown.COUNTRIES).forEach(codes::add);
    }
}
