package org.masar.shared.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.masar.shared.PublicId;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.util.ClassUtils;

/**
 * Stores every {@link PublicId} as the PostgreSQL {@code uuid} it wraps, so an aggregate declares {@code @Id SiteId id}
 * and a repository {@code Repository<Site, SiteId>} without a converter of its own.
 *
 * <p>The id types are found once at start-up below Masar's root package. Spring Data's conversions are looked up by
 * exact type, so each id type is registered by name rather than through the common interface.
 */
@Configuration(proxyBeanMethods = false)
class IdColumns {

    private static final String ROOT_PACKAGE = "org.masar";

    @Bean
    JdbcCustomConversions jdbcCustomConversions(JdbcDialect dialect) {
        Set<Class<? extends PublicId>> idTypes = idTypes();
        return JdbcCustomConversions.of(dialect, List.of(new Reading(idTypes), new Writing(idTypes)));
    }

    static Set<Class<? extends PublicId>> idTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent()
                        && definition.getMetadata().isConcrete();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(PublicId.class));
        Set<Class<? extends PublicId>> types = new LinkedHashSet<>();
        for (var candidate : scanner.findCandidateComponents(ROOT_PACKAGE)) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), IdColumns.class.getClassLoader());
            // A type that is not a record of one UUID is refused by PublicId.factory, so the application does not
            // start.
            types.add(type.asSubclass(PublicId.class));
        }
        return types;
    }

    /** {@code uuid} column to id. */
    @ReadingConverter
    static final class Reading implements GenericConverter {

        private final Map<Class<?>, Function<UUID, ? extends PublicId>> factories = new HashMap<>();

        Reading(Set<Class<? extends PublicId>> idTypes) {
            idTypes.forEach(type -> factories.put(type, PublicId.factory(type)));
        }

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            Set<ConvertiblePair> pairs = new LinkedHashSet<>();
            factories.keySet().forEach(type -> pairs.add(new ConvertiblePair(UUID.class, type)));
            return pairs;
        }

        @Override
        public @Nullable Object convert(@Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            return source == null ? null : factories.get(targetType.getType()).apply((UUID) source);
        }
    }

    /** Id to {@code uuid} column. */
    @WritingConverter
    static final class Writing implements GenericConverter {

        private final List<Class<? extends PublicId>> types;

        Writing(Set<Class<? extends PublicId>> idTypes) {
            this.types = new ArrayList<>(idTypes);
        }

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            Set<ConvertiblePair> pairs = new LinkedHashSet<>();
            types.forEach(type -> pairs.add(new ConvertiblePair(type, UUID.class)));
            return pairs;
        }

        @Override
        public @Nullable Object convert(@Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            return source == null ? null : ((PublicId) source).value();
        }
    }
}
