package org.masar.shared.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reading limits, and strict types, for every JSON Masar parses, request bodies first: no document Masar accepts nests deeper than a few
 * levels or holds a number of more than a few dozen digits, and Jackson's defaults (1,000 levels, 1,000 digits, 20
 * million characters a string, no limit on a document) let a caller make the server spend time and memory for
 * nothing. A body beyond them is a 413 problem.
 *
 * <p>The limits belong to the parser factory, which a {@link JsonMapperBuilderCustomizer} cannot replace, so this
 * takes the place of Spring Boot's {@code JsonMapper.Builder} and applies Boot's customizers (the {@code
 * spring.jackson.*} properties, problem-detail mix-ins) to it just as Boot does.
 */
@Configuration(proxyBeanMethods = false)
class JsonLimits {

    static final int MAX_NESTING_DEPTH = 32;
    static final int MAX_NUMBER_LENGTH = 64;
    static final int MAX_STRING_LENGTH = 1_000_000;
    /** As Tomcat's limit on a form body (server.tomcat.max-http-form-post-size). */
    static final long MAX_DOCUMENT_LENGTH = 2 * 1024 * 1024;

    @Bean
    @Scope("prototype")
    JsonMapper.Builder jsonMapperBuilder(ObjectProvider<JsonMapperBuilderCustomizer> customizers) {
        JsonFactory limited = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                        .build())
                .build();
        // A number where text or a choice is documented is a wrong type, not a value to convert: {"name": 5} and
        // {"type": 2} (an enum by position) are refused like {"type": [1]}, so a client's mistake cannot slip through.
        // ALLOW_COERCION_OF_SCALARS does not cover text: a number or a boolean would still become a string ("5",
        // "true") and reach the step as if typed, e.g. as a current password that then counts towards a lock-out.
        JsonMapper.Builder builder = JsonMapper.builder(limited)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(
                        LogicalType.Textual,
                        text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder;
    }
}
