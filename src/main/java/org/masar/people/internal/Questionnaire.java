package org.masar.people.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.masar.people.InvalidField;
import org.masar.people.ScreeningFlag;
import org.masar.people.ScreeningPriority;
import org.masar.shared.questionnaire.AnswerSchema;
import org.masar.shared.questionnaire.QuestionShape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One version's definition read into what the application does with it: the JSON Schema its answers must fit
 * ({@link AnswerSchema}, with screening's own {@code yes_no} answers), and the flags and priority a set of answers
 * computes. The definition's shape is checked first against
 * {@code people/screening-definition.schema.json}; what a schema cannot say (ids that repeat, flags that are not
 * defined, a range whose ends cross) is checked here.
 */
final class Questionnaire {

    /** What an answer sets. */
    record Effects(List<String> flags, @Nullable ScreeningPriority priority) {

        static final Effects NONE = new Effects(List.of(), null);

        static Effects of(JsonNode node) {
            if (node.isMissingNode() || node.isNull()) {
                return NONE;
            }
            List<String> flags = new ArrayList<>();
            node.path("flags").forEach(flag -> flags.add(flag.asString()));
            JsonNode priority = node.path("priority");
            return new Effects(
                    flags,
                    priority.isString()
                            ? ScreeningPriority.of(priority.asString()).orElseThrow()
                            : null);
        }
    }

    record Choice(String id, Effects effects) {}

    record Range(@Nullable Long min, @Nullable Long max, Effects effects) {

        boolean contains(long value) {
            return (min == null || value >= min) && (max == null || value <= max);
        }
    }

    record Question(
            String id,
            String type,
            boolean required,
            Effects yes,
            Effects no,
            List<Choice> choices,
            @Nullable Long min,
            @Nullable Long max,
            List<Range> ranges,
            int maxLength) {

        /** Every effect this question's answers can have. */
        List<Effects> effects() {
            List<Effects> all = new ArrayList<>(List.of(yes, no));
            choices.forEach(choice -> all.add(choice.effects()));
            ranges.forEach(range -> all.add(range.effects()));
            return all;
        }

        /** What its answer must look like. */
        QuestionShape shape() {
            return new QuestionShape(
                    id, type, required, choices.stream().map(Choice::id).toList(), min, max, maxLength);
        }
    }

    /** What a set of answers computes. */
    record Outcome(List<String> flags, List<String> restrictedFlags, ScreeningPriority priority) {}

    /**
     * Flags that reveal a survivor of gender-based violence or a possible victim of trafficking. Knowing them can put the
     * person in danger (from a perpetrator, a trafficker, their own family), so only readers holding
     * {@code protection:read-restricted} see them; a new version cannot mark them otherwise by mistake.
     */
    static final Set<String> ALWAYS_RESTRICTED = Set.of("gbv-survivor", "possible-trafficking-victim");

    private final Map<String, ScreeningFlag> flags = new LinkedHashMap<>();
    private final List<Question> questions = new ArrayList<>();

    /** Reads a definition that fits the definition schema. */
    Questionnaire(JsonNode definition) {
        for (JsonNode flag : definition.path("flags")) {
            String code = flag.path("code").asString();
            flags.putIfAbsent(
                    code,
                    new ScreeningFlag(
                            code,
                            flag.path("labels").path("en").asString(),
                            flag.path("labels").path("ar").asString(),
                            flag.path("restricted").asBoolean(false)));
        }
        for (JsonNode question : definition.path("questions")) {
            List<Choice> choices = new ArrayList<>();
            question.path("choices")
                    .forEach(choice -> choices.add(new Choice(choice.path("id").asString(), Effects.of(choice))));
            List<Range> ranges = new ArrayList<>();
            question.path("ranges")
                    .forEach(range -> ranges.add(new Range(
                            QuestionShape.bound(range.path("min")),
                            QuestionShape.bound(range.path("max")),
                            Effects.of(range))));
            questions.add(new Question(
                    question.path("id").asString(),
                    question.path("type").asString(),
                    question.path("required").asBoolean(false),
                    Effects.of(question.path("yes")),
                    Effects.of(question.path("no")),
                    choices,
                    QuestionShape.bound(question.path("min")),
                    QuestionShape.bound(question.path("max")),
                    ranges,
                    question.path("maxLength").asInt(QuestionShape.TEXT_LIMIT)));
        }
    }

    /** What the definition schema cannot check, each named by its path in the definition. */
    List<InvalidField> inconsistencies(JsonNode definition) {
        List<InvalidField> errors = new ArrayList<>();
        Set<String> flagCodes = new HashSet<>();
        JsonNode flagNodes = definition.path("flags");
        for (int f = 0; f < flagNodes.size(); f++) {
            String code = flagNodes.get(f).path("code").asString();
            if (!flagCodes.add(code)) {
                errors.add(new InvalidField("flags[" + f + "].code", "repeated-code"));
            }
            if (ALWAYS_RESTRICTED.contains(code)
                    && !flagNodes.get(f).path("restricted").asBoolean(false)) {
                errors.add(new InvalidField("flags[" + f + "].restricted", "must-be-restricted"));
            }
        }
        Set<String> questionIds = new HashSet<>();
        for (int q = 0; q < questions.size(); q++) {
            Question question = questions.get(q);
            String at = "questions[" + q + "]";
            if (!questionIds.add(question.id())) {
                errors.add(new InvalidField(at + ".id", "repeated-code"));
            }
            Set<String> choiceIds = new HashSet<>();
            for (int c = 0; c < question.choices().size(); c++) {
                if (!choiceIds.add(question.choices().get(c).id())) {
                    errors.add(new InvalidField(at + ".choices[" + c + "].id", "repeated-code"));
                }
            }
            if (question.min() != null && question.max() != null && question.min() > question.max()) {
                errors.add(new InvalidField(at + ".max", "range-crossed"));
            }
            for (int r = 0; r < question.ranges().size(); r++) {
                Range range = question.ranges().get(r);
                if (range.min() != null && range.max() != null && range.min() > range.max()) {
                    errors.add(new InvalidField(at + ".ranges[" + r + "].max", "range-crossed"));
                }
            }
            JsonNode node = definition.path("questions").get(q);
            for (String effect : List.of("yes", "no")) {
                unknownFlags(node.path(effect), at + "." + effect, errors);
            }
            for (int c = 0; c < node.path("choices").size(); c++) {
                unknownFlags(node.path("choices").get(c), at + ".choices[" + c + "]", errors);
            }
            for (int r = 0; r < node.path("ranges").size(); r++) {
                unknownFlags(node.path("ranges").get(r), at + ".ranges[" + r + "]", errors);
            }
        }
        return errors;
    }

    private void unknownFlags(JsonNode effects, String at, List<InvalidField> errors) {
        JsonNode codes = effects.path("flags");
        for (int i = 0; i < codes.size(); i++) {
            if (!flags.containsKey(codes.get(i).asString())) {
                errors.add(new InvalidField(at + ".flags[" + i + "]", "unknown-flag"));
            }
        }
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

    /** The flags and priority these answers set; the answers fit the answer schema. */
    Outcome outcome(JsonNode answers) {
        Set<String> set = new LinkedHashSet<>();
        Set<ScreeningPriority> priorities = EnumSet.of(ScreeningPriority.LOW);
        for (Question question : questions) {
            JsonNode answer = answers.path(question.id());
            if (answer.isMissingNode() || answer.isNull()) {
                continue;
            }
            List<Effects> effects = new ArrayList<>();
            switch (question.type()) {
                case "yes_no" -> effects.add(answer.asBoolean() ? question.yes() : question.no());
                case "single_choice", "multi_choice" -> {
                    Set<String> chosen = new HashSet<>();
                    if (answer.isArray()) {
                        answer.forEach(choice -> chosen.add(choice.asString()));
                    } else {
                        chosen.add(answer.asString());
                    }
                    question.choices().stream()
                            .filter(choice -> chosen.contains(choice.id()))
                            .forEach(choice -> effects.add(choice.effects()));
                }
                case "integer" ->
                    question.ranges().stream()
                            .filter(range -> range.contains(answer.asLong()))
                            .forEach(range -> effects.add(range.effects()));
                default -> {
                    // Dates and free text set nothing.
                }
            }
            for (Effects effect : effects) {
                set.addAll(effect.flags());
                if (effect.priority() != null) {
                    priorities.add(effect.priority());
                }
            }
        }
        List<String> open = new ArrayList<>();
        List<String> restricted = new ArrayList<>();
        for (ScreeningFlag flag : flags.values()) {
            if (set.contains(flag.code())) {
                (flag.restricted() ? restricted : open).add(flag.code());
            }
        }
        ScreeningPriority highest = priorities.stream().max(Enum::compareTo).orElse(ScreeningPriority.LOW);
        return new Outcome(open, restricted, highest);
    }

    /** The flags this version defines, by code, in its order. */
    Map<String, ScreeningFlag> flags() {
        return flags;
    }

    /**
     * The questions whose answers can set a restricted flag: their answers reveal the flag as surely as the flag does,
     * so they are withheld from the same readers.
     */
    Set<String> restrictedQuestions() {
        Set<String> restricted = new HashSet<>();
        for (Question question : questions) {
            boolean sets = question.effects().stream()
                    .flatMap(effects -> effects.flags().stream())
                    .map(flags::get)
                    .anyMatch(flag -> flag != null && flag.restricted());
            if (sets) {
                restricted.add(question.id());
            }
        }
        return restricted;
    }
}
