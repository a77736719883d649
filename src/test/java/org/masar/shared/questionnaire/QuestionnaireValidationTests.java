package org.masar.shared.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.masar.shared.InvalidFields.Field;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The questionnaire mechanism on its own: a definition checked against its schema, the answer schema derived from it,
 * answers checked against that, each refusal named as the request names the field and coded as the module says.
 */
class QuestionnaireValidationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final RefusalCodes CODES =
            new RefusalCodes("required", "unknown-field", "does-not-fit", "unknown-question", "answer-does-not-fit");

    private final QuestionnaireValidation validation =
            new QuestionnaireValidation("/shared/test-questionnaire-definition.schema.json", CODES);

    private static final String DEFINITION = """
            {"questions": [
              {"id": "household-size", "type": "integer", "required": true, "min": 1, "max": 30},
              {"id": "needs", "type": "multi_choice", "choices": [{"id": "food"}, {"id": "shelter"}]},
              {"id": "arrived-on", "type": "date"},
              {"id": "notes", "type": "text", "maxLength": 10},
              {"id": "pregnant", "type": "yes_no"}
            ]}
            """;

    @Test
    void aDefinitionIsNamedByItsPathInTheDefinition() {
        JsonNode definition = JSON.readTree("""
                {"questions": [{"id": "Bad Id", "type": "integer", "colour": "red"}, {"type": "text"}], "extra": 1}
                """);

        assertThat(validation.definitionErrors(definition))
                .containsExactlyInAnyOrder(
                        new Field("questions[0].id", "does-not-fit"),
                        new Field("questions[0].colour", "unknown-field"),
                        new Field("questions[1].id", "required"),
                        new Field("extra", "unknown-field"));
        assertThat(validation.definitionErrors(JSON.readTree("[]")))
                .containsExactly(new Field("definition", "does-not-fit"));
        assertThat(validation.definitionErrors(JSON.readTree(DEFINITION))).isEmpty();
    }

    @Test
    void answersAreNamedByTheirQuestionUnderTheRequestsField() {
        QuestionnaireValidation.Answers answers = validation.answers(answerSchema());

        assertThat(answers.errors(JSON.readTree("""
                        {"household-size": 4, "needs": ["food"], "arrived-on": "2026-09-01", "notes": "short",
                         "pregnant": false}
                        """), "answers")).isEmpty();
        assertThat(answers.errors(JSON.readTree("""
                        {"needs": ["food", "food", "boats"], "arrived-on": "2026-02-30", "notes": "far too long",
                         "favourite-colour": "red"}
                        """), "answers"))
                .containsExactlyInAnyOrder(
                        new Field("answers.household-size", "required"),
                        new Field("answers.needs", "answer-does-not-fit"),
                        new Field("answers.arrived-on", "answer-does-not-fit"),
                        new Field("answers.notes", "answer-does-not-fit"),
                        new Field("answers.favourite-colour", "unknown-question"));
        assertThat(answers.errors(JSON.readTree("[]"), "answers"))
                .containsExactly(new Field("answers", "answer-does-not-fit"));
    }

    @Test
    void theAnswerSchemaDescribesTheCommonTypesAndLeavesTheRestToTheModule() {
        ObjectNode schema = answerSchema();

        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(schema.path("required").valueStream().map(JsonNode::asString))
                .containsExactly("household-size");
        JsonNode properties = schema.path("properties");
        assertThat(properties.path("household-size").path("minimum").asLong()).isEqualTo(1);
        assertThat(properties.path("needs").path("maxItems").asInt()).isEqualTo(2);
        assertThat(properties.path("notes").path("maxLength").asInt()).isEqualTo(10);
        assertThat(properties.path("pregnant").path("type").asString()).isEqualTo("boolean");

        List<QuestionShape> unknown =
                List.of(QuestionShape.read(JSON.readTree("{\"id\": \"x\", \"type\": \"yes_no\"}")));
        assertThatThrownBy(() -> AnswerSchema.of(unknown, AnswerSchema.ModuleAnswerTypes.NONE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Unknown answer type yes_no");
    }

    @Test
    void aMissingDefinitionSchemaIsSaidAtStart() {
        assertThatThrownBy(() -> new QuestionnaireValidation("/shared/no-such.schema.json", CODES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("shared/no-such.schema.json is missing");
    }

    private static ObjectNode answerSchema() {
        List<QuestionShape> questions = JSON.readTree(DEFINITION)
                .path("questions")
                .valueStream()
                .map(QuestionShape::read)
                .toList();
        return AnswerSchema.of(questions, (question, answer) -> {
            if (!"yes_no".equals(question.type())) {
                return false;
            }
            answer.put("type", "boolean");
            return true;
        });
    }
}
