package org.masar.shared.web;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.masar.shared.NotFoundException;
import org.masar.shared.PublicId;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalConverter;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.stereotype.Component;

/**
 * Reads every {@link PublicId} type from a path or request parameter, once for all of them, so a controller declares
 * {@code @PathVariable SiteId id} and never parses.
 *
 * <p>Text that is not a UUID names nothing, so it is the same 404 problem ({@code not-found}) for every id type: the
 * caller learns no more than for a well-formed id that does not exist. The OpenAPI document shows such parameters as
 * what they are on the wire, a UUID string.
 */
@Component
class IdConversion implements ConverterFactory<String, PublicId>, ConditionalConverter, ParameterCustomizer {

    @Override
    public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
        return targetType.getType().isRecord();
    }

    @Override
    public <T extends PublicId> Converter<String, T> getConverter(Class<T> targetType) {
        Function<UUID, T> factory = PublicId.factory(targetType);
        return text -> {
            try {
                return factory.apply(UUID.fromString(text.strip()));
            } catch (IllegalArgumentException notAUuid) {
                throw new NotFoundException("not-found");
            }
        };
    }

    @Override
    public @Nullable Parameter customize(@Nullable Parameter parameter, MethodParameter method) {
        if (parameter != null && PublicId.class.isAssignableFrom(method.getParameterType())) {
            parameter.setSchema(new StringSchema().format("uuid"));
        }
        return parameter;
    }
}
