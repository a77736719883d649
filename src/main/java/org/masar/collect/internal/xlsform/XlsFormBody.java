package org.masar.collect.internal.xlsform;

import static org.masar.collect.internal.xlsform.XlsFormConverter.JR;
import static org.masar.collect.internal.xlsform.XlsFormConverter.ODK;
import static org.masar.collect.internal.xlsform.XlsFormConverter.SURVEY;
import static org.masar.collect.internal.xlsform.XlsFormConverter.XF;
import static org.masar.collect.internal.xlsform.XlsFormSurvey.walk;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.MEDIA;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.REFERENCE;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.SELECTS;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.TYPES;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.yes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masar.collect.internal.xlsform.XlsFormChoices.ChoiceList;
import org.masar.collect.internal.xlsform.XlsFormSurvey.Kind;
import org.masar.collect.internal.xlsform.XlsFormSurvey.Node;
import org.masar.collect.internal.xlsform.XlsFormVocabulary.TypeInfo;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The body: a control per question shown (input, select, upload, range, trigger, rank…) with its label and hint (inline
 * with {@code <output>}s, or itext with media and guidance), appearance, parameters, {@code body::} attributes and
 * itemset (a choice list, a file, a filter, randomize); groups and repeats (a repeat count written as a reference, or
 * an expression computed into a generated {@code _count} element); and triggers, as {@code setvalue} and
 * {@code setgeopoint} actions on the control whose change fires them.
 */
final class XlsFormBody {

    /** The questions each question's change recomputes (its {@code trigger} column names it). */
    private final Map<Node, List<Node>> triggered = new LinkedHashMap<>();

    private final XlsFormErrors errors;
    private final XlsFormDom dom;
    private final Document doc;
    private final List<Element> binds;
    private final XlsFormSettings settings;
    private final XlsFormTranslations translations;
    private final List<String> languages;
    private final XlsFormChoices choices;
    private final Map<String, ChoiceList> lists;
    private final XlsFormExpressions expressions;
    private final XlsFormParameters params;
    private final Map<Node, List<Element>> repeatActions;
    private final Node root;

    XlsFormBody(
            XlsFormErrors errors,
            XlsFormDom dom,
            XlsFormSettings settings,
            XlsFormTranslations translations,
            XlsFormChoices choices,
            XlsFormExpressions expressions,
            XlsFormParameters params,
            XlsFormModel model,
            Node root) {
        this.errors = errors;
        this.dom = dom;
        this.doc = dom.doc;
        this.binds = dom.binds;
        this.settings = settings;
        this.translations = translations;
        this.languages = translations.languages;
        this.choices = choices;
        this.lists = choices.lists;
        this.expressions = expressions;
        this.params = params;
        this.repeatActions = model.repeatActions;
        this.root = root;
    }

    void collectTriggers() {
        walk(root, node -> {
            String trigger = node.cell("trigger");
            if (trigger.isEmpty()) {
                return;
            }
            Matcher matcher = REFERENCE.matcher(trigger);
            boolean any = false;
            while (matcher.find()) {
                any = true;
                Node source = expressions.target(matcher.group(1).strip(), SURVEY, node.row, "trigger");
                if (source == null) {
                    continue;
                }
                if (source.kind != Kind.QUESTION || TYPES.get(source.type).control() == null) {
                    errors.error(
                            SURVEY,
                            node.row,
                            "The trigger ${" + source.name + "} must name a question shown in the form.");
                    continue;
                }
                triggered.computeIfAbsent(source, k -> new ArrayList<>()).add(node);
            }
            if (!any) {
                errors.error(SURVEY, node.row, "The trigger '" + trigger + "' must name questions as ${name}.");
            }
        });
    }

    void control(Node node, Element parent) {
        if (node.kind == Kind.GROUP || node.kind == Kind.REPEAT) {
            Element group = dom.xf("group");
            group.setAttribute("ref", node.path());
            label(node, group);
            String appearance = node.cell("appearance");
            Element container = group;
            if (node.kind == Kind.REPEAT) {
                Element repeat = dom.xf("repeat");
                repeat.setAttribute("nodeset", node.path());
                String count = node.cell("repeat_count");
                if (!count.isEmpty()) {
                    repeat.setAttributeNS(JR, "jr:count", repeatCount(node, count));
                }
                if (!appearance.isEmpty()) {
                    repeat.setAttribute("appearance", appearance);
                }
                group.appendChild(repeat);
                container = repeat;
            } else if (!appearance.isEmpty()) {
                group.setAttribute("appearance", appearance);
            }
            bodyAttributes(node, node.kind == Kind.REPEAT ? container : group);
            for (Node child : node.children) {
                control(child, container);
            }
            for (Element action : repeatActions.getOrDefault(node, List.of())) {
                container.appendChild(action);
            }
            parent.appendChild(group);
            return;
        }
        TypeInfo info = TYPES.get(node.type);
        if (info.control() == null) {
            return;
        }
        Element control =
                info.control().startsWith("odk:") ? doc.createElementNS(ODK, info.control()) : dom.xf(info.control());
        control.setAttribute("ref", node.path());
        String appearance = node.cell("appearance");
        if (!appearance.isEmpty()) {
            control.setAttribute("appearance", appearance);
        }
        if (info.mediatype() != null) {
            control.setAttribute("mediatype", info.mediatype());
        }
        params.parameters(node, control);
        bodyAttributes(node, control);
        label(node, control);
        hint(node, control);
        if (node.type.equals("select_one_external")) {
            // Choices from the external_choices sheet, exported as itemsets.csv, which ODK Collect queries.
            String filter = node.cell("choice_filter");
            if (filter.isEmpty()) {
                errors.error(SURVEY, node.row, "A select_one_external question needs a choice_filter.");
            } else {
                control.setAttribute(
                        "query",
                        "instance('" + node.list + "')/root/item["
                                + expressions.expression(filter, node, SURVEY, node.row, "choice_filter", true) + "]");
            }
        } else if (SELECTS.contains(node.type)) {
            itemset(node, control);
        }
        for (Node target : triggered.getOrDefault(node, List.of())) {
            if (target.type.equals("background-geopoint")) {
                Element setgeopoint = doc.createElementNS(ODK, "odk:setgeopoint");
                setgeopoint.setAttribute("event", "xforms-value-changed");
                setgeopoint.setAttribute("ref", target.path());
                control.appendChild(setgeopoint);
                continue;
            }
            Element setvalue = dom.xf("setvalue");
            setvalue.setAttribute("event", "xforms-value-changed");
            setvalue.setAttribute("ref", target.path());
            String calculation = target.cell("calculation");
            if (!calculation.isEmpty()) {
                setvalue.setAttribute(
                        "value", expressions.expression(calculation, target, SURVEY, target.row, "calculation"));
            }
            control.appendChild(setvalue);
        }
        parent.appendChild(control);
    }

    private void bodyAttributes(Node node, Element element) {
        for (Map.Entry<String, String> cell : node.cells.entrySet()) {
            if (cell.getKey().startsWith("body::")) {
                dom.setPrefixed(element, cell.getKey().substring("body::".length()), cell.getValue(), node);
            }
        }
    }

    private String repeatCount(Node repeat, String count) {
        Matcher single = Pattern.compile("\\s*\\$\\{([^}]*)}\\s*").matcher(count);
        if (single.matches()) {
            String path = expressions.references(count, repeat, SURVEY, repeat.row, "repeat_count", true, false);
            return path == null ? count : path;
        }
        // An expression: computed into a generated {repeat}_count element beside the repeat, as pyxform does.
        Node parent = repeat.parent;
        String name = repeat.name + "_count";
        if (parent.children.stream().anyMatch(c -> c.name.equals(name))) {
            errors.error(SURVEY, repeat.row, "The repeat_count needs an element named '" + name + "', which is taken.");
            return count;
        }
        Node generated = new Node(Kind.QUESTION, "calculate", name, repeat.row, Map.of("calculation", count));
        generated.parent = parent;
        Element data = (Element) doc.getElementsByTagNameNS(XF, root.name).item(0);
        // Beside the repeat in every copy of its parent: the instance and, inside repeats, their templates.
        for (Element container : copies(data, parent)) {
            Element repeatElement = null;
            for (org.w3c.dom.Node child = container.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element e && e.getLocalName().equals(repeat.name)) {
                    repeatElement = e;
                    break;
                }
            }
            container.insertBefore(dom.xf(name), repeatElement);
        }
        Element bind = dom.xf("bind");
        bind.setAttribute("calculate", expressions.expression(count, generated, SURVEY, repeat.row, "repeat_count"));
        bind.setAttribute("nodeset", parent.path() + "/" + name);
        bind.setAttribute("readonly", "true()");
        bind.setAttribute("type", "string");
        binds.add(bind);
        return " " + parent.path() + "/" + name + " ";
    }

    /** Every element of the primary instance that is a copy of this node (templates included). */
    private static List<Element> copies(Element data, Node node) {
        List<Node> chain = new ArrayList<>();
        for (Node n = node; n != null && n.kind != Kind.ROOT; n = n.parent) {
            chain.addFirst(n);
        }
        List<Element> current = List.of(data);
        for (Node step : chain) {
            List<Element> next = new ArrayList<>();
            for (Element element : current) {
                for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element e && e.getLocalName().equals(step.name)) {
                        next.add(e);
                    }
                }
            }
            current = next;
        }
        return current;
    }

    private void label(Node node, Element control) {
        Map<String, String> labels = node.generatedLabel != null
                ? Map.of(settings.defaultLanguage(), node.generatedLabel)
                : translations.translated(node.cells, "label");
        Map<String, Map<String, String>> mediaValues = new LinkedHashMap<>();
        for (String kind : MEDIA) {
            translations
                    .translated(node.cells, kind)
                    .forEach((language, file) -> mediaValues
                            .computeIfAbsent(language, k -> new LinkedHashMap<>())
                            .put(
                                    kind,
                                    (kind.equals("audio")
                                                    ? "jr://audio/"
                                                    : kind.equals("video") ? "jr://video/" : "jr://images/")
                                            + file));
        }
        if (labels.isEmpty() && mediaValues.isEmpty()) {
            return;
        }
        Element label = dom.xf("label");
        if (!translations.itext()) {
            expressions.appendMixed(label, labels.values().iterator().next(), node, "label");
        } else {
            String id = node.path() + ":label";
            for (String language : languages) {
                Map<String, String> forms = mediaValues.getOrDefault(language, Map.of());
                forms.forEach((form, value) -> translations.text(language, id, form, value, node));
                if (node.generatedLabel != null) {
                    translations.text(language, id, "", node.generatedLabel, node);
                } else if (!labels.isEmpty() || forms.isEmpty()) {
                    translations.text(language, id, "", XlsFormTranslations.valueOrDash(labels, language), node);
                }
            }
            label.setAttribute("ref", "jr:itext('" + id + "')");
        }
        control.appendChild(label);
    }

    private void hint(Node node, Element control) {
        Map<String, String> hints = translations.translated(node.cells, "hint");
        Map<String, String> guidance = translations.translated(node.cells, "guidance_hint");
        if (hints.isEmpty() && guidance.isEmpty()) {
            return;
        }
        Element hint = dom.xf("hint");
        if (!translations.itext()) {
            expressions.appendMixed(hint, hints.values().iterator().next(), node, "hint");
        } else {
            String id = node.path() + ":hint";
            for (String language : languages) {
                if (!hints.isEmpty()) {
                    translations.text(language, id, "", XlsFormTranslations.valueOrDash(hints, language), node);
                }
                if (!guidance.isEmpty()) {
                    translations.text(
                            language, id, "guidance", XlsFormTranslations.valueOrDash(guidance, language), node);
                }
            }
            hint.setAttribute("ref", "jr:itext('" + id + "')");
        }
        control.appendChild(hint);
    }

    private void itemset(Node node, Element control) {
        Map<String, String> parameters = params.parameters(node);
        String instanceId;
        String valueRef = "name";
        String labelRef = "label";
        boolean itextLabels = false;
        if (node.file != null) {
            String file = node.file;
            instanceId = file.substring(0, file.lastIndexOf('.'));
            String src = file.toLowerCase(Locale.ROOT).endsWith(".csv") ? "jr://file-csv/" + file : "jr://file/" + file;
            choices.external(instanceId, src, node.row);
            valueRef = parameters.getOrDefault("value", valueRef);
            labelRef = parameters.getOrDefault("label", labelRef);
            if (file.toLowerCase(Locale.ROOT).endsWith(".geojson")) {
                valueRef = parameters.getOrDefault("value", "id");
                labelRef = parameters.getOrDefault("label", "title");
            }
        } else {
            ChoiceList list = lists.get(node.list);
            instanceId = node.list;
            itextLabels = list != null && list.itext;
        }
        String nodeset = "instance('" + instanceId + "')/root/item";
        String filter = node.cell("choice_filter");
        if (!filter.isEmpty()) {
            nodeset += "[" + expressions.expression(filter, node, SURVEY, node.row, "choice_filter", true) + "]";
        }
        if (yes(parameters.getOrDefault("randomize", "no"))) {
            String seed = parameters.get("seed");
            nodeset = seed == null
                    ? "randomize(" + nodeset + ")"
                    : "randomize(" + nodeset + ", " + expressions.expression(seed, node, SURVEY, node.row, "seed")
                            + ")";
        } else if (parameters.containsKey("seed")) {
            errors.error(SURVEY, node.row, "The seed parameter needs randomize=true.");
        }
        Element itemset = dom.xf("itemset");
        itemset.setAttribute("nodeset", nodeset);
        Element value = dom.xf("value");
        value.setAttribute("ref", valueRef);
        Element label = dom.xf("label");
        label.setAttribute("ref", itextLabels ? "jr:itext(itextId)" : labelRef);
        itemset.appendChild(value);
        itemset.appendChild(label);
        control.appendChild(itemset);
    }
}
