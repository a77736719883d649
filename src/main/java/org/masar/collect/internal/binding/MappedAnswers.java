package org.masar.collect.internal.binding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.masar.collect.internal.BindingService.Unmappable;
import org.masar.collect.internal.FormSchema;
import org.masar.collect.internal.SubmissionAnswers;
import org.masar.collect.internal.SubmissionBindings.Stored;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads the values a mapping names from one submission's answers (or from a repeat instance's), typed as its target
 * needs them. A value the target requires and the submission lacks, or one that does not read as its type, throws
 * {@link Unmappable} naming the mapping's key and the form field, so the submission is kept for review with that
 * reason.
 */
final class MappedAnswers {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final FormSchema schema;
    private final SubmissionAnswers answers;
    private final @Nullable String repeat;

    MappedAnswers(Stored submission) {
        this(submission.schema(), submission.answers(), null);
    }

    private MappedAnswers(FormSchema schema, SubmissionAnswers answers, @Nullable String repeat) {
        this.schema = schema;
        this.answers = answers;
        this.repeat = repeat;
    }

    FormSchema schema() {
        return schema;
    }

    /** The answers of each instance of a repeat, in order. */
    List<MappedAnswers> instances(String repeatPath) {
        return answers.repeats().getOrDefault(repeatPath, List.of()).stream()
                .map(instance -> new MappedAnswers(schema, instance, repeatPath))
                .toList();
    }

    /** The field a reference means in this submission's version; {@link Unmappable} when that version lacks it. */
    FormSchema.Field field(String key, String reference) {
        return Sources.field(schema, reference, repeat)
                .orElseThrow(() ->
                        new Unmappable(key + ": the form version " + schema.version() + " has no field " + reference));
    }

    /** The text at a source: a constant's, or the field's answer; null when not answered. */
    @Nullable
    String text(String key, @Nullable JsonNode source) {
        if (source == null || source.isNull()) {
            return null;
        }
        if (Sources.constant(source)) {
            JsonNode value = source.get("value");
            return value.isNull() ? null : value.asString();
        }
        FormSchema.Field field = field(key, source.asString());
        String value = answers.value(Sources.relative(field));
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** As {@link #text}, but {@link Unmappable} when there is no value. */
    String required(String key, @Nullable JsonNode source) {
        if (source == null || source.isNull()) {
            throw new Unmappable(key + ": the binding maps nothing to it");
        }
        String value = text(key, source);
        if (value == null) {
            throw new Unmappable(key + ": " + describe(source) + " was not answered");
        }
        return value;
    }

    @Nullable
    Long whole(String key, @Nullable JsonNode source) {
        String value = text(key, source);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new Unmappable(key + ": " + describe(source) + " is not a whole number (" + shorten(value) + ")");
        }
    }

    @Nullable
    LocalDate date(String key, @Nullable JsonNode source) {
        String value = text(key, source);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new Unmappable(key + ": " + describe(source) + " is not a date (" + shorten(value) + ")");
        }
    }

    /** A list: a constant array, or a field's space-separated answer (select_multiple, rank), in order. */
    List<String> list(String key, @Nullable JsonNode source) {
        if (source != null && Sources.constant(source) && source.get("value").isArray()) {
            List<String> values = new ArrayList<>();
            source.get("value").forEach(v -> values.add(v.asString()));
            return values;
        }
        String value = text(key, source);
        return value == null ? List.of() : Arrays.asList(value.split("\\s+"));
    }

    /**
     * The value as JSON, typed by the form field's type ({@code int} → integer, {@code decimal} → number,
     * {@code select} → array of choices, else text), or as the target's answer schema asks ({@code wanted}:
     * {@code integer}, {@code number}, {@code boolean}, {@code array}, {@code string}, or null to follow the form);
     * null when not answered.
     */
    @Nullable
    JsonNode json(String key, JsonNode source, @Nullable String wanted) {
        if (Sources.constant(source)) {
            return source.get("value");
        }
        FormSchema.Field field = field(key, source.asString());
        String value = text(key, source);
        if (value == null) {
            return null;
        }
        String type = wanted != null
                ? wanted
                : switch (field.type()) {
                    case "int", "integer", "long", "short" -> "integer";
                    case "decimal", "double", "float" -> "number";
                    case "select", "rank" -> "array";
                    default -> "string";
                };
        try {
            return switch (type) {
                case "integer" -> NODES.numberNode(new BigDecimal(value).longValueExact());
                case "number" -> NODES.numberNode(new BigDecimal(value));
                case "boolean" -> NODES.booleanNode(bool(key, source, value));
                case "array" -> {
                    ArrayNode array = NODES.arrayNode();
                    Arrays.stream(value.split("\\s+")).forEach(array::add);
                    yield array;
                }
                default -> NODES.stringNode(value);
            };
        } catch (NumberFormatException | ArithmeticException e) {
            throw new Unmappable(key + ": " + describe(source) + " is not a number (" + shorten(value) + ")");
        }
    }

    private boolean bool(String key, JsonNode source, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "1", "y", "ok" -> true;
            case "no", "false", "0", "n" -> false;
            default ->
                throw new Unmappable(key + ": " + describe(source) + " is neither yes nor no (" + shorten(value) + ")");
        };
    }

    private static String describe(@Nullable JsonNode source) {
        if (source == null) {
            return "nothing";
        }
        return Sources.constant(source) ? "the constant" : "the field " + source.asString();
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
