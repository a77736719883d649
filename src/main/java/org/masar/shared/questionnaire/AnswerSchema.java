package org.masar.shared.questionnaire;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Derives the JSON Schema (2020-12) a version's answers must fit: an object of answers by question id, no other
 * property, the required questions required. The answer types every questionnaire has are described here; a module
 * describes its own ({@code yes_no}, {@code country}) with {@link ModuleAnswerTypes}.
 */
public final class AnswerSchema {

    /** The bounds of a whole-number answer when the definition sets none. */
    static final long DEFAULT_MIN = -1_000_000;

    static final long DEFAULT_MAX = 1_000_000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The answer types a module adds to the common ones. */
    @FunctionalInterface
    public interface ModuleAnswerTypes {

        /**
         * Describes, in {@code answer} (empty), the answer a question of the module's own type must give.
         *
         * @return false when the type is not the module's either
         */
        boolean describe(QuestionShape question, ObjectNode answer);

        /** For a module with no answer type of its own. */
        ModuleAnswerTypes NONE = (question, answer) -> false;
    }

    private AnswerSchema() {}

    /**
     * The schema answers to these questions must fit.
     *
     * @throws IllegalStateException for an answer type neither common nor the module's (the definition schema keeps
     *     them out)
     */
    public static ObjectNode of(List<QuestionShape> questions, ModuleAnswerTypes moduleTypes) {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = schema.putArray("required");
        for (QuestionShape question : questions) {
            ObjectNode answer = properties.putObject(question.id());
            if (!describeCommon(question, answer) && !moduleTypes.describe(question, answer)) {
                throw new IllegalStateException("Unknown answer type " + question.type());
            }
            if (question.required()) {
                required.add(question.id());
            }
        }
        return schema;
    }

    private static boolean describeCommon(QuestionShape question, ObjectNode answer) {
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
            case "integer" -> {
                answer.put("type", "integer");
                answer.put("minimum", question.min() == null ? DEFAULT_MIN : question.min());
                answer.put("maximum", question.max() == null ? DEFAULT_MAX : question.max());
            }
            case "date" -> {
                answer.put("type", "string");
                answer.put("format", "date");
                // A plain four-digit year: the format alone lets through dates no column holds.
                answer.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
            }
            case "text" -> {
                answer.put("type", "string");
                answer.put("maxLength", question.maxLength());
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
