package org.masar.collect.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The questions of one form version, read once from its XForm and cached by version: what ingestion needs (which
 * answers name attachment files), what bindings check a mapping against, and what pages and exports show (a column per
 * question, repeats in their own sheet, labels in each language).
 *
 * @param fields every question of the version in form order, groups flattened (a field inside a repeat names it)
 * @param repeats every repeat's path, in form order
 */
public record FormSchema(UUID versionId, String formId, String version, List<Field> fields, List<String> repeats) {

    /**
     * One question (or calculate / hidden value) of the instance.
     *
     * @param path its path below the instance root, slash-separated ({@code location/baladiya}), as in the instance
     * @param name its own name (the last step of the path), the one XLSForm's {@code ${name}} references
     * @param type the bind's type as the XForm gives it without prefix ({@code string}, {@code int},
     *     {@code decimal}, {@code date}, {@code dateTime}, {@code time}, {@code select1}, {@code select},
     *     {@code geopoint}, {@code binary}…)
     * @param repeat the path of the innermost repeat holding it, or null outside every repeat
     * @param labels its label by language ({@code "en"}, {@code "ar"}; the key {@code ""} for a form with one
     *     language); empty for a field with no label (calculate, hidden)
     * @param choices for select questions, each choice's value with its labels by language
     */
    public record Field(
            String path,
            String name,
            String type,
            @Nullable String repeat,
            Map<String, String> labels,
            List<Choice> choices) {

        /** Whether its answer names a file sent beside the instance (image, audio, video, file). */
        public boolean attachment() {
            return "binary".equals(type);
        }
    }

    /** One choice of a select question. */
    public record Choice(String value, Map<String, String> labels) {}
}
