package org.masar.collect.internal.xlsform;

import static org.masar.collect.internal.xlsform.XlsFormVocabulary.MEDIA;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.TRANSLATABLE;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.column;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.masar.collect.internal.xlsform.XlsFormSurvey.Node;
import org.masar.collect.internal.xlsform.XlsFormWorkbook.SheetData;

/**
 * The form's languages and its itext: which languages the survey and choices sheets use and whether the form needs
 * itext at all (translations, media or guidance hints), the translatable columns read by language, and the texts
 * collected while the body and choice lists are written, each with the element its {@code ${name}} references are
 * relative to.
 */
final class XlsFormTranslations {

    final List<String> languages = new ArrayList<>();
    private boolean itext;
    private final Map<String, Map<String, Map<String, String>>> translations = new LinkedHashMap<>();
    private final Map<String, Node> itextContexts = new HashMap<>();
    private final XlsFormSettings settings;
    private final Node root;

    XlsFormTranslations(XlsFormSettings settings, Node root) {
        this.settings = settings;
        this.root = root;
    }

    /** Whether the form has an itext block (labels by reference) rather than inline labels. */
    boolean itext() {
        return itext;
    }

    /** The texts of one language by itext id, each by form ("" for the plain text). */
    Map<String, Map<String, String>> texts(String language) {
        return translations.getOrDefault(language, Map.of());
    }

    void readLanguages(SheetData survey, @Nullable SheetData choices) {
        Set<String> found = new LinkedHashSet<>();
        boolean plain = false;
        boolean mediaOrGuidance = false;
        List<SheetData> sheets = new ArrayList<>();
        sheets.add(survey);
        if (choices != null) {
            sheets.add(choices);
        }
        for (SheetData sheet : sheets) {
            for (String header : sheet.headers()) {
                String column = column(header);
                String base = column.contains("::") ? column.substring(0, column.indexOf("::")) : column;
                if (!TRANSLATABLE.contains(base)) {
                    continue;
                }
                boolean used =
                        sheet.rows().stream().anyMatch(r -> !r.get(header).isEmpty());
                if (!used) {
                    continue;
                }
                if (MEDIA.contains(base) || base.equals("guidance_hint")) {
                    mediaOrGuidance = true;
                }
                if (column.contains("::")) {
                    found.add(column.substring(column.indexOf("::") + 2));
                } else {
                    plain = true;
                }
            }
        }
        if (found.isEmpty()) {
            itext = mediaOrGuidance;
            if (itext) {
                languages.add(settings.defaultLanguage());
            }
            return;
        }
        itext = true;
        if (plain && !found.contains(settings.defaultLanguage())) {
            languages.add(settings.defaultLanguage());
        }
        languages.addAll(found);
    }

    /** The values of a translatable column by language (the plain column under the default language). */
    Map<String, String> translated(Map<String, String> cells, String column) {
        Map<String, String> values = new LinkedHashMap<>();
        String plain = cells.get(column);
        if (plain != null) {
            values.put(settings.defaultLanguage(), plain);
        }
        cells.forEach((key, value) -> {
            if (key.startsWith(column + "::")) {
                values.put(key.substring(column.length() + 2), value);
            }
        });
        return values;
    }

    static String valueOrDash(Map<String, String> values, String language) {
        String value = values.get(language);
        return value == null ? "-" : value;
    }

    void text(String language, String id, String form, String value, Node context) {
        translations
                .computeIfAbsent(language, k -> new LinkedHashMap<>())
                .computeIfAbsent(id, k -> new LinkedHashMap<>())
                .put(form, value);
        itextContexts.put(id, context);
    }

    Node contextOf(String id) {
        Node node = itextContexts.get(id);
        return node == null ? root : node;
    }
}
