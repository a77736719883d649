package org.masar.collect.internal.binding;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The JSON type a target's answer schema (JSON Schema) asks of one question, to type a form's answer for it. */
final class AnswerTypes {

    private AnswerTypes() {}

    /** {@code integer}, {@code number}, {@code boolean}, {@code array} or {@code string}; null to follow the form. */
    static @Nullable String of(JsonNode property) {
        JsonNode type = property.path("type");
        if (type.isString()) {
            return type.asString();
        }
        if (property.has("enum") || property.has("const")) {
            JsonNode first = property.has("enum") ? property.get("enum").path(0) : property.get("const");
            if (first.isBoolean()) {
                return "boolean";
            }
            if (first.isIntegralNumber()) {
                return "integer";
            }
            return "string";
        }
        return null;
    }
}
