package org.masar.collect.internal.binding;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.collect.internal.FormSchema;
import tools.jackson.databind.JsonNode;

/**
 * Where a mapped value comes from. In a mapping, a string names a form field, either as XLSForm references it
 * ({@code "${baladiya}"}) or by its path below the instance root ({@code "location/baladiya"}); an object
 * {@code {"value": …}} is a constant, the same for every submission.
 */
final class Sources {

    private Sources() {}

    /** Whether the node is a constant ({@code {"value": …}}). */
    static boolean constant(JsonNode node) {
        return node.isObject() && node.size() == 1 && node.has("value");
    }

    /** Whether the node names a field (a non-blank string). */
    static boolean reference(JsonNode node) {
        return node.isString() && !node.asString().isBlank();
    }

    /** The name a {@code ${name}} reference gives, or null for a path. */
    static @Nullable String referencedName(String reference) {
        String text = reference.strip();
        if (text.startsWith("${") && text.endsWith("}")) {
            return text.substring(2, text.length() - 1).strip();
        }
        return null;
    }

    /**
     * The fields a reference may mean within a repeat (null: outside every repeat): by name, or by path (with or
     * without a leading slash and the instance root's name).
     */
    static List<FormSchema.Field> candidates(FormSchema schema, String reference, @Nullable String repeat) {
        return RESOLVED.get(
                new Resolving(schema.versionId(), reference, repeat), key -> scan(schema, reference, repeat));
    }

    /**
     * A form version's references, resolved once: finding one scans the form's questions (250 of them in a long
     * form), and every submission of a bound form resolves the same few. By version id: a version never changes.
     */
    private record Resolving(
            UUID version, String reference, @Nullable String repeat) {}

    private static final Cache<Resolving, List<FormSchema.Field>> RESOLVED =
            Caffeine.newBuilder().maximumSize(10_000).build();

    private static List<FormSchema.Field> scan(FormSchema schema, String reference, @Nullable String repeat) {
        String name = referencedName(reference);
        if (name != null) {
            return schema.fields().stream()
                    .filter(f -> f.name().equals(name) && Objects.equals(f.repeat(), repeat))
                    .toList();
        }
        String path = reference.strip();
        for (String candidate : pathsOf(path)) {
            List<FormSchema.Field> found = schema.fields().stream()
                    .filter(f -> f.path().equals(candidate) && Objects.equals(f.repeat(), repeat))
                    .toList();
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** The one field a reference means, if exactly one. */
    static Optional<FormSchema.Field> field(FormSchema schema, String reference, @Nullable String repeat) {
        List<FormSchema.Field> found = candidates(schema, reference, repeat);
        return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
    }

    /** The repeat a reference names ({@code ${informants}} or its path). */
    static Optional<String> repeat(FormSchema schema, String reference) {
        String name = referencedName(reference);
        List<String> found = schema.repeats().stream()
                .filter(r -> name != null
                        ? r.equals(name) || r.endsWith("/" + name)
                        : pathsOf(reference.strip()).contains(r))
                .toList();
        return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
    }

    private static List<String> pathsOf(String path) {
        if (!path.startsWith("/")) {
            return List.of(path);
        }
        String bare = path.substring(1);
        int slash = bare.indexOf('/');
        return slash < 0 ? List.of(bare) : List.of(bare, bare.substring(slash + 1));
    }

    /** A field's path relative to its repeat, as a repeat instance's answers key it. */
    static String relative(FormSchema.Field field) {
        String repeat = field.repeat();
        return repeat == null ? field.path() : field.path().substring(repeat.length() + 1);
    }
}
