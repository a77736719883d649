package org.masar.shared.questionnaire;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a question's answer must look like, as its definition says: the part of a question every questionnaire shares,
 * from which {@link AnswerSchema} derives the answer's JSON Schema. A module reads what its questions mean (flags,
 * priorities) itself.
 *
 * @param id the question's id, the answer's property name
 * @param type its answer type ({@code single_choice}, {@code multi_choice}, {@code integer}, {@code date},
 *     {@code text}, or one of the module's own)
 * @param required whether an answer must be given
 * @param choices the ids of its choices, in order (choice questions)
 * @param min the smallest whole number allowed, if the definition sets one
 * @param max the largest whole number allowed, if the definition sets one
 * @param maxLength the longest free text allowed ({@link #TEXT_LIMIT} when the definition sets none)
 */
public record QuestionShape(
        String id,
        String type,
        boolean required,
        List<String> choices,
        @Nullable Long min,
        @Nullable Long max,
        int maxLength) {

    /** The longest free text an answer may hold, when the definition sets none. */
    public static final int TEXT_LIMIT = 2000;

    public QuestionShape {
        choices = List.copyOf(choices);
    }

    /** Reads a question of a definition that fits its definition schema. */
    public static QuestionShape read(JsonNode question) {
        List<String> choices = new ArrayList<>();
        question.path("choices").forEach(choice -> choices.add(choice.path("id").asString()));
        return new QuestionShape(
                question.path("id").asString(),
                question.path("type").asString(),
                question.path("required").asBoolean(false),
                choices,
                bound(question.path("min")),
                bound(question.path("max")),
                question.path("maxLength").asInt(TEXT_LIMIT));
    }

    /** A whole-number bound ({@code min}, {@code max}) of a definition, or null when it sets none. */
    public static @Nullable Long bound(JsonNode node) {
        return node.isIntegralNumber() ? node.asLong() : null;
    }
}
