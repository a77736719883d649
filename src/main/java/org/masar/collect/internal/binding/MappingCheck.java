package org.masar.collect.internal.binding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.masar.collect.internal.FormSchema;
import org.masar.shared.InvalidFields;
import tools.jackson.databind.JsonNode;

/**
 * Checks one mapping against a form version's questions when its binding is saved, collecting every error with the
 * mapping's part it concerns ({@code mapping.figures.idps.ind}) and a message key from {@code collect-bindings}.
 */
final class MappingCheck {

    static final String REQUIRED = "collect.error.required";
    static final String UNKNOWN_KEY = "collect.binding.unknown-key";
    static final String UNKNOWN_FIELD = "collect.binding.unknown-field";
    static final String AMBIGUOUS_FIELD = "collect.binding.ambiguous-field";
    static final String FIELD_IN_REPEAT = "collect.binding.field-in-repeat";
    static final String UNKNOWN_REPEAT = "collect.binding.unknown-repeat";
    static final String NOT_A_SOURCE = "collect.binding.not-a-source";
    static final String NOT_AN_OBJECT = "collect.binding.not-an-object";
    static final String BAD_KEY = "collect.binding.bad-key";
    static final String BAD_VALUE = "collect.binding.bad-value";

    private final JsonNode mapping;
    private final FormSchema schema;
    private final List<InvalidFields.Field> errors = new ArrayList<>();

    MappingCheck(JsonNode mapping, FormSchema schema) {
        this.mapping = mapping;
        this.schema = schema;
        if (!mapping.isObject()) {
            error("mapping", NOT_AN_OBJECT);
        }
    }

    List<InvalidFields.Field> errors() {
        return List.copyOf(errors);
    }

    void error(String field, String code) {
        errors.add(new InvalidFields.Field(field, code));
    }

    /** Every key of the mapping must be one of these. */
    MappingCheck allow(String... keys) {
        Set<String> allowed = Set.copyOf(Arrays.asList(keys));
        if (mapping.isObject()) {
            for (Map.Entry<String, JsonNode> entry : mapping.properties()) {
                if (!allowed.contains(entry.getKey())) {
                    error("mapping." + entry.getKey(), UNKNOWN_KEY);
                }
            }
        }
        return this;
    }

    /** A source (field or constant) at a key; null when it is absent or wrong (the error is recorded). */
    @Nullable
    JsonNode source(String key, boolean required) {
        JsonNode node = mapping.get(key);
        if (node == null || node.isNull()) {
            if (required) {
                error("mapping." + key, REQUIRED);
            }
            return null;
        }
        return source(node, "mapping." + key, null);
    }

    /** Checks a source at a path of the error, within a repeat (null: outside every repeat). */
    @Nullable
    JsonNode source(JsonNode node, String where, @Nullable String repeat) {
        if (Sources.constant(node)) {
            return node;
        }
        if (!Sources.reference(node)) {
            error(where, NOT_A_SOURCE);
            return null;
        }
        String reference = node.asString();
        List<FormSchema.Field> found = Sources.candidates(schema, reference, repeat);
        if (found.size() > 1) {
            error(where, AMBIGUOUS_FIELD);
            return null;
        }
        if (found.isEmpty()) {
            boolean elsewhere = !Sources.candidates(schema, reference, null).isEmpty()
                    || schema.repeats().stream()
                            .anyMatch(r ->
                                    !Sources.candidates(schema, reference, r).isEmpty());
            error(where, elsewhere ? FIELD_IN_REPEAT : UNKNOWN_FIELD);
            return null;
        }
        return node;
    }

    /** A constant's value must hold ({@code valid}); a field's answers are checked when a submission arrives. */
    void constantMust(String key, Predicate<JsonNode> valid) {
        JsonNode node = mapping.get(key);
        if (node != null && Sources.constant(node) && !valid.test(node.get("value"))) {
            error("mapping." + key, BAD_VALUE);
        }
    }

    /**
     * An object of sources by key ({@code figures}, {@code answers}); each key must pass {@code keyValid}. Returns
     * how many entries it holds.
     */
    int sources(String key, boolean required, Predicate<String> keyValid) {
        JsonNode node = mapping.get(key);
        if (node == null || node.isNull()) {
            if (required) {
                error("mapping." + key, REQUIRED);
            }
            return 0;
        }
        if (!node.isObject()) {
            error("mapping." + key, NOT_AN_OBJECT);
            return 0;
        }
        if (required && node.isEmpty()) {
            error("mapping." + key, REQUIRED);
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String where = "mapping." + key + "." + entry.getKey();
            if (!keyValid.test(entry.getKey())) {
                error(where, BAD_KEY);
            }
            source(entry.getValue(), where, null);
        }
        return node.size();
    }

    /** The repeat a reference names, or null (the error recorded). */
    @Nullable
    String repeat(JsonNode node, String where) {
        if (!Sources.reference(node)) {
            error(where, NOT_A_SOURCE);
            return null;
        }
        return Sources.repeat(schema, node.asString()).orElseGet(() -> {
            error(where, UNKNOWN_REPEAT);
            return null;
        });
    }

    JsonNode mapping() {
        return mapping;
    }
}
