package org.masar.shared.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language handling for every page: Arabic or English, chosen with {@code ?lang=} and remembered in a cookie (not in
 * the server session, so it survives sign-out and works on any node); otherwise taken from the browser's
 * Accept-Language, falling back to English.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final IdConversion ids;
    private final LayoutModel layout;

    WebConfiguration(IdConversion ids, LayoutModel layout) {
        this.ids = ids;
        this.layout = layout;
    }

    /** Each module's English bundle; its Arabic twin sits beside it (checked by {@code I18nBundlesTests}). */
    static final String BUNDLE_PATTERN = "classpath*:messages/*_en.properties";

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("ar"));

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("masar-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        // A cookie Masar did not write (edited, or from another application on the host) falls back to the browser's
        // language rather than failing every request that carries it.
        resolver.setRejectInvalidCookies(false);
        resolver.setDefaultLocaleFunction(request -> {
            Locale requested = request.getLocale();
            return SUPPORTED.stream()
                    .filter(supported -> supported.getLanguage().equals(requested.getLanguage()))
                    .findFirst()
                    .orElse(Locale.ENGLISH);
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String localeValue) {
                // Only the languages Masar has bundles for; anything else is ignored rather than stored.
                return SUPPORTED.stream()
                        .filter(supported -> supported.getLanguage().equals(localeValue))
                        .findFirst()
                        .orElse(null);
            }
        };
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
        registry.addInterceptor(layout);
        registry.addInterceptor(new JsonOnlyApi())
                .addPathPatterns(JsonOnlyApi.PATHS)
                .excludePathPatterns(JsonOnlyApi.EXCLUDED);
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(ids);
    }

    /**
     * One bundle per module ({@code messages/geo_en.properties}, {@code messages/geo_ar.properties}…), so that modules
     * own their keys; English is the fallback for any other language. The bundles are found on the class path rather
     * than listed, so a module adds its bundle without editing the configuration: every
     * {@code messages/*_en.properties} names one.
     */
    @Bean
    MessageSource messageSource() throws IOException {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(bundleBasenames().toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.ENGLISH);
        return source;
    }

    /** The base names of the bundles on the class path ({@code messages/geo}…), sorted so that every node reads alike. */
    static SortedSet<String> bundleBasenames() throws IOException {
        SortedSet<String> basenames = new TreeSet<>();
        for (Resource english : new PathMatchingResourcePatternResolver().getResources(BUNDLE_PATTERN)) {
            String file = english.getFilename();
            if (file != null) {
                basenames.add("messages/" + file.substring(0, file.length() - "_en.properties".length()));
            }
        }
        return basenames;
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
