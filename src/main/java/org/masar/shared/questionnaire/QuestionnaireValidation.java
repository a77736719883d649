package org.masar.shared.questionnaire;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masar.shared.InvalidFields;
import tools.jackson.databind.JsonNode;

/**
 * Checks one kind of questionnaire with networknt's JSON Schema validator (draft 2020-12, formats asserted): its
 * definitions against the module's definition schema on the class path, its answers against the schema derived from
 * their version ({@link AnswerSchema}). What does not fit comes back as fields in error, one per field, named as the
 * request's JSON names them, with the module's {@link RefusalCodes}.
 *
 * <p>A module builds one when it starts and keeps it; it is safe to share between threads.
 */
public final class QuestionnaireValidation {

    private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private final Schema definitionSchema;
    private final RefusalCodes codes;

    /**
     * @param definitionSchema the class path resource of the definition schema ({@code /people/….schema.json})
     * @param codes what the module calls each refusal
     * @throws IllegalStateException when the resource is missing
     */
    public QuestionnaireValidation(String definitionSchema, RefusalCodes codes) {
        this.codes = codes;
        try (InputStream definition = QuestionnaireValidation.class.getResourceAsStream(definitionSchema)) {
            if (definition == null) {
                throw new IllegalStateException(definitionSchema.substring(1) + " is missing");
            }
            this.definitionSchema = schemas.getSchema(definition);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * What in a definition (the whole request body) does not fit the definition schema, each field named by its path
     * in the definition ({@code questions[0].choices[1].id}; {@code definition} for the definition itself).
     */
    public List<InvalidFields.Field> definitionErrors(JsonNode definition) {
        return fieldsInError(definitionSchema.validate(definition), "", false);
    }

    /** The check of answers to one version, from the answer schema derived from it; build it once per version. */
    public Answers answers(JsonNode answerSchema) {
        return new Answers(schemas.getSchema(answerSchema));
    }

    /** The check of answers to one version. */
    public final class Answers {

        private final Schema schema;

        private Answers(Schema schema) {
            this.schema = schema;
        }

        /**
         * What in these answers does not fit, each named by its question under the request's field
         * ({@code answers.<id>}; {@code answers} itself when it is not an object of answers).
         *
         * @param field the request's field holding the answers ({@code answers}), not empty
         */
        public List<InvalidFields.Field> errors(JsonNode answers, String field) {
            if (field.isEmpty()) {
                throw new IllegalArgumentException("Answers are named under the request's field that holds them");
            }
            return fieldsInError(schema.validate(answers), field, true);
        }
    }

    /**
     * The validator's errors as fields in error: the path of the value that does not fit (for a missing or unexpected
     * property, the property's), one error per field. Answers are named by their question only.
     */
    private List<InvalidFields.Field> fieldsInError(List<Error> errors, String root, boolean answers) {
        Map<String, InvalidFields.Field> fields = new LinkedHashMap<>();
        for (Error error : errors) {
            StringBuilder field = new StringBuilder(root);
            NodePath at = error.getInstanceLocation();
            int depth = answers ? Math.min(1, at.getNameCount()) : at.getNameCount();
            for (int i = 0; i < depth; i++) {
                Object element = at.getElement(i);
                if (element instanceof Integer index) {
                    field.append('[').append(index).append(']');
                } else {
                    field.append(field.isEmpty() ? "" : ".").append(element);
                }
            }
            String keyword = error.getKeyword();
            boolean aboutProperty = "required".equals(keyword) || "additionalProperties".equals(keyword);
            if (aboutProperty && error.getProperty() != null && (!answers || at.getNameCount() == 0)) {
                field.append(field.isEmpty() ? "" : ".").append(error.getProperty());
            }
            String code = switch (keyword == null ? "" : keyword) {
                case "required" -> codes.required();
                case "additionalProperties" -> answers ? codes.unknownQuestion() : codes.unknownField();
                default -> answers ? codes.answerDoesNotFit() : codes.definitionDoesNotFit();
            };
            String name = field.isEmpty() ? "definition" : field.toString();
            fields.putIfAbsent(name, new InvalidFields.Field(name, code));
        }
        return new ArrayList<>(fields.values());
    }
}
