package org.masar.collect.internal.xlsform;

import static org.masar.collect.internal.xlsform.XlsFormConverter.CHOICES;
import static org.masar.collect.internal.xlsform.XlsFormConverter.SURVEY;
import static org.masar.collect.internal.xlsform.XlsFormSurvey.walk;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.MEDIA;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.NAME;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.TRANSLATABLE;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.base;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.cells;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.yes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.masar.collect.internal.xlsform.XlsFormSurvey.Node;
import org.masar.collect.internal.xlsform.XlsFormWorkbook.SheetData;
import org.masar.collect.internal.xlsform.XlsFormWorkbook.SheetRow;
import org.w3c.dom.Element;

/**
 * The choices and external_choices sheets and the secondary instances: choice lists, checked when read and against the
 * selects that use them; each list a select uses, written as an instance with its labels (inline or itext) and extra
 * columns; and the external instances (CSV, XML and GeoJSON files, csv-external, xml-external, pulldata, the last
 * saved instance) declared once each.
 */
final class XlsFormChoices {

    /** One choice of a list. */
    record Choice(int row, String name, Map<String, String> cells) {}

    /** A list of the choices sheet. */
    static final class ChoiceList {
        final String name;
        final List<Choice> choices = new ArrayList<>();
        boolean itext;
        boolean other;

        ChoiceList(String name) {
            this.name = name;
        }
    }

    final Map<String, ChoiceList> lists = new LinkedHashMap<>();
    final Set<String> usedLists = new LinkedHashSet<>();
    private final Set<String> externalLists = new LinkedHashSet<>();
    final Map<String, Element> externalInstances = new LinkedHashMap<>();
    private final XlsFormErrors errors;
    private final XlsFormDom dom;
    private final XlsFormSettings settings;
    private final XlsFormTranslations translations;
    private final List<String> languages;
    private final Node root;
    private final Set<String> media;

    XlsFormChoices(
            XlsFormErrors errors,
            XlsFormDom dom,
            XlsFormSettings settings,
            XlsFormTranslations translations,
            Node root,
            Set<String> media) {
        this.errors = errors;
        this.dom = dom;
        this.settings = settings;
        this.translations = translations;
        this.languages = translations.languages;
        this.root = root;
        this.media = media;
    }

    void readChoices(@Nullable SheetData sheet) {
        if (sheet == null) {
            return;
        }
        boolean duplicatesAllowed = yes(settings.getOrDefault("allow_choice_duplicates", "no"));
        for (SheetRow row : sheet.rows()) {
            Map<String, String> cells = cells(row);
            String listName = cells.getOrDefault("list_name", "");
            String name = cells.getOrDefault("name", "");
            if (listName.isEmpty()) {
                errors.error(CHOICES, row.number(), "The 'list_name' value is invalid. Choices must belong to a list.");
                continue;
            }
            ChoiceList list = lists.computeIfAbsent(listName, ChoiceList::new);
            if (name.isEmpty()) {
                errors.error(CHOICES, row.number(), "The 'name' value is invalid. Choices must have a name.");
                continue;
            }
            boolean labelled = cells.keySet().stream()
                    .anyMatch(c -> c.equals("label") || c.startsWith("label::") || MEDIA.contains(base(c)));
            if (!labelled) {
                errors.error(CHOICES, row.number(), "The 'label' value is invalid. Choices should have a label.");
            }
            if (!duplicatesAllowed
                    && list.choices.stream().anyMatch(c -> c.name().equals(name))) {
                errors.error(
                        CHOICES,
                        row.number(),
                        "The 'name' value is invalid. Choice names must be unique for each choice list. If this is"
                                + " intentional, use the setting 'allow_choice_duplicates'.");
            }
            for (String column : cells.keySet()) {
                String base = base(column);
                if (translations.itext() && (column.startsWith("label::") || MEDIA.contains(base))) {
                    list.itext = true;
                }
                if (MEDIA.contains(base)) {
                    media.add(cells.get(column));
                }
            }
            list.choices.add(new Choice(row.number(), name, cells));
        }
    }

    /** The lists of the external_choices sheet, which select_one_external questions name. */
    void readExternalChoices(@Nullable SheetData externalChoices) {
        if (externalChoices != null) {
            for (SheetRow row : externalChoices.rows()) {
                String list = cells(row).getOrDefault("list_name", "");
                if (!list.isEmpty()) {
                    externalLists.add(list);
                }
            }
        }
    }

    void checkSelects() {
        walk(root, node -> {
            if (node.list != null && node.type.equals("select_one_external")) {
                if (!externalLists.contains(node.list)) {
                    errors.error(
                            SURVEY, node.row, "The list '" + node.list + "' is not in the external_choices sheet.");
                }
                media.add("itemsets.csv");
                return;
            }
            if (node.list != null) {
                ChoiceList list = lists.get(node.list);
                if (list == null) {
                    errors.error(SURVEY, node.row, "The list '" + node.list + "' is not in the choices sheet.");
                    return;
                }
                usedLists.add(list.name);
                if (node.orOther) {
                    if (!node.cell("choice_filter").isEmpty()) {
                        errors.error(SURVEY, node.row, "or_other cannot be used with a choice_filter.");
                    }
                    list.other = true;
                }
                if (node.type.equals("select_multiple")) {
                    for (Choice choice : list.choices) {
                        if (choice.name().contains(" ")) {
                            errors.error(
                                    CHOICES,
                                    choice.row(),
                                    "The choice name '" + choice.name() + "' has a space: choices of a"
                                            + " select_multiple cannot (list '" + list.name + "').");
                        }
                    }
                }
            }
        });
    }

    /**
     * Declares an external secondary instance once: the same id from the same source is one instance (a CSV used by a
     * select from file, a csv-external and pulldata), the same id from two sources an error, as in pyxform.
     */
    void external(String id, String src, int row) {
        Element existing = externalInstances.get(id);
        if (existing != null) {
            if (!existing.getAttribute("src").equals(src)) {
                errors.error(
                        SURVEY,
                        row,
                        "Instance names must be unique within a form. The name '" + id + "' is used for" + " both "
                                + existing.getAttribute("src") + " and " + src + ".");
            }
            return;
        }
        if (lists.containsKey(id) && usedLists.contains(id)) {
            errors.error(
                    SURVEY,
                    row,
                    "Instance names must be unique within a form. The name '" + id + "' is both a choice"
                            + " list and an external file.");
            return;
        }
        Element external = dom.xf("instance");
        external.setAttribute("id", id);
        external.setAttribute("src", src);
        externalInstances.put(id, external);
    }

    Element choiceInstance(ChoiceList list) {
        Element instance = dom.xf("instance");
        instance.setAttribute("id", list.name);
        Element rootElement = dom.xf("root");
        instance.appendChild(rootElement);
        int index = 0;
        List<Choice> choices = new ArrayList<>(list.choices);
        if (list.other && choices.stream().noneMatch(c -> c.name().equals("other"))) {
            Map<String, String> other = new LinkedHashMap<>();
            if (list.itext) {
                for (String language : languages) {
                    other.put(language.equals(settings.defaultLanguage()) ? "label" : "label::" + language, "Other");
                }
            } else {
                other.put("label", "Other");
            }
            choices.add(new Choice(0, "other", other));
        }
        for (Choice choice : choices) {
            Element item = dom.xf("item");
            if (list.itext) {
                String id = list.name + "-" + index;
                Element itextId = dom.xf("itextId");
                itextId.setTextContent(id);
                item.appendChild(itextId);
                Map<String, String> labels = translations.translated(choice.cells(), "label");
                for (String language : languages) {
                    for (String kind : MEDIA) {
                        String file =
                                translations.translated(choice.cells(), kind).get(language);
                        if (file != null) {
                            translations.text(
                                    language,
                                    id,
                                    kind,
                                    (kind.equals("audio")
                                                    ? "jr://audio/"
                                                    : kind.equals("video") ? "jr://video/" : "jr://images/")
                                            + file,
                                    root);
                        }
                    }
                    if (!labels.isEmpty()) {
                        translations.text(language, id, "", XlsFormTranslations.valueOrDash(labels, language), root);
                    }
                }
            } else {
                Element label = dom.xf("label");
                Map<String, String> labels = translations.translated(choice.cells(), "label");
                label.setTextContent(
                        labels.isEmpty() ? "" : labels.values().iterator().next());
                item.appendChild(label);
            }
            Element name = dom.xf("name");
            name.setTextContent(choice.name());
            item.appendChild(name);
            for (Map.Entry<String, String> cell : choice.cells().entrySet()) {
                String key = cell.getKey();
                if (key.equals("list_name")
                        || key.equals("name")
                        || TRANSLATABLE.contains(base(key))
                        || key.contains("::")
                        || !NAME.matcher(key).matches()
                        || key.equals("itextId")
                        || key.equals("label")) {
                    continue;
                }
                Element extra = dom.xf(key);
                extra.setTextContent(cell.getValue());
                item.appendChild(extra);
            }
            rootElement.appendChild(item);
            index++;
        }
        return instance;
    }
}
