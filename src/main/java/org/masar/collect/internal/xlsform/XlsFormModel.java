package org.masar.collect.internal.xlsform;

import static org.masar.collect.internal.xlsform.XlsFormConverter.ENTITIES;
import static org.masar.collect.internal.xlsform.XlsFormConverter.JR;
import static org.masar.collect.internal.xlsform.XlsFormConverter.ODK;
import static org.masar.collect.internal.xlsform.XlsFormConverter.SETTINGS;
import static org.masar.collect.internal.xlsform.XlsFormConverter.SURVEY;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.NAME;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.PARAMETERS;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.PROPERTIES;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.PULLDATA;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.TYPES;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.no;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.yes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.masar.collect.internal.xlsform.XlsFormSurvey.Kind;
import org.masar.collect.internal.xlsform.XlsFormSurvey.Node;
import org.masar.collect.internal.xlsform.XlsFormVocabulary.TypeInfo;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The primary instance and its binds: an element per survey node (repeat templates where JavaRosa expects them,
 * static defaults as text, {@code instance::} attributes), each node's bind (type, preloads, calculation,
 * required, read-only, relevance, constraint and their messages, {@code bind::} attributes, entity {@code save_to}),
 * dynamic defaults as {@code setvalue} actions (again on each new repeat instance), model actions (start-geopoint,
 * background audio) and the meta block (instanceID, instanceName, audit, entity).
 */
final class XlsFormModel {

    /** The {@code setvalue} actions the body places in each repeat, for the defaults of its new instances. */
    final Map<Node, List<Element>> repeatActions = new HashMap<>();

    private final XlsFormErrors errors;
    private final XlsFormDom dom;
    private final Document doc;
    private final List<Element> binds;
    private final List<Element> modelActions;
    private final XlsFormSettings settings;
    private final XlsFormTranslations translations;
    private final List<String> languages;
    private final XlsFormSurveySheet survey;
    private final XlsFormChoices choices;
    private final XlsFormExpressions expressions;
    private final XlsFormParameters params;
    private final XlsFormEntities entities;
    private final Node root;

    XlsFormModel(
            XlsFormErrors errors,
            XlsFormDom dom,
            XlsFormSettings settings,
            XlsFormTranslations translations,
            XlsFormSurveySheet survey,
            XlsFormChoices choices,
            XlsFormExpressions expressions,
            XlsFormParameters params,
            XlsFormEntities entities,
            Node root) {
        this.errors = errors;
        this.dom = dom;
        this.doc = dom.doc;
        this.binds = dom.binds;
        this.modelActions = dom.modelActions;
        this.settings = settings;
        this.translations = translations;
        this.languages = translations.languages;
        this.survey = survey;
        this.choices = choices;
        this.expressions = expressions;
        this.params = params;
        this.entities = entities;
        this.root = root;
    }

    void instanceNode(Node node, Element parent, boolean template) {
        if (node.kind == Kind.QUESTION && (node.type.equals("xml-external") || node.type.equals("csv-external"))) {
            choices.external(
                    node.name,
                    node.type.equals("xml-external")
                            ? "jr://file/" + node.name + ".xml"
                            : "jr://file-csv/" + node.name + ".csv",
                    node.row);
            return;
        }
        for (String value : node.cells.values()) {
            Matcher pulldata = PULLDATA.matcher(value);
            while (pulldata.find()) {
                choices.external(pulldata.group(1), "jr://file-csv/" + pulldata.group(1) + ".csv", node.row);
            }
        }
        Element element = dom.xf(node.name);
        // As pyxform lays them out, and JavaRosa expects: a repeat's template in the template of its parent repeat (or
        // beside its first instance at the top), its instances in its parent's instance.
        if (node.kind == Kind.REPEAT && (template || node.nearestRepeat() == null)) {
            Element templateElement = dom.xf(node.name);
            templateElement.setAttributeNS(JR, "jr:template", "");
            for (Node child : node.children) {
                instanceNode(child, templateElement, true);
            }
            parent.appendChild(templateElement);
        }
        if (node.kind != Kind.QUESTION) {
            if (!template) {
                bind(node);
            }
            for (Node child : node.children) {
                instanceNode(child, element, template);
            }
        } else {
            String value = node.cell("default");
            if (!value.isEmpty() && !dynamic(value)) {
                element.setTextContent(value);
            }
            if (!template) {
                bind(node);
            }
        }
        for (Map.Entry<String, String> cell : node.cells.entrySet()) {
            if (cell.getKey().startsWith("instance::")) {
                dom.setPrefixed(element, cell.getKey().substring("instance::".length()), cell.getValue(), node);
            }
        }
        if (node.kind == Kind.REPEAT && template) {
            // A repeat inside its parent repeat's template: its template only.
            return;
        }
        parent.appendChild(element);
    }

    /** pyxform's test for a default to be computed when the form opens rather than written in the instance. */
    private static boolean dynamic(String value) {
        return value.contains("${") || value.contains("(") || value.matches(".*\\s(\\+|-|\\*|div|mod)\\s.*");
    }

    private void bind(Node node) {
        Element bind = dom.xf("bind");
        bind.setAttribute("nodeset", node.path());
        if (node.kind == Kind.QUESTION) {
            TypeInfo info = TYPES.get(node.type);
            String type = info.bindType();
            if (node.type.equals("range")) {
                Map<String, String> parameters = params.parameters(node);
                boolean decimal = parameters.values().stream().anyMatch(v -> v.contains("."));
                type = decimal ? "decimal" : "int";
            }
            bind.setAttribute("type", type);
            String calculation = node.cell("calculation");
            if (!calculation.isEmpty() && node.cell("trigger").isEmpty()) {
                bind.setAttribute(
                        "calculate", expressions.expression(calculation, node, SURVEY, node.row, "calculation"));
            } else if (node.type.equals("calculate") && node.cell("trigger").isEmpty()) {
                errors.error(SURVEY, node.row, "The calculate question '" + node.name + "' has no calculation.");
            }
            if (node.type.equals("note")) {
                bind.setAttribute("readonly", "true()");
            }
            if (node.type.equals("background-geopoint")) {
                if (node.cell("trigger").isEmpty()) {
                    errors.error(
                            SURVEY,
                            node.row,
                            "The background-geopoint question needs a trigger: the question whose"
                                    + " change records the location.");
                }
                if (!calculation.isEmpty()) {
                    errors.error(SURVEY, node.row, "The background-geopoint question must have no calculation.");
                }
            }
            switch (node.type) {
                case "start", "end" -> {
                    bind.setAttributeNS(JR, "jr:preload", "timestamp");
                    bind.setAttributeNS(JR, "jr:preloadParams", node.type);
                }
                case "today" -> {
                    bind.setAttributeNS(JR, "jr:preload", "date");
                    bind.setAttributeNS(JR, "jr:preloadParams", "today");
                }
                case "start-geopoint" -> {
                    Element action = doc.createElementNS(ODK, "odk:setgeopoint");
                    action.setAttribute("event", "odk-instance-first-load");
                    action.setAttribute("ref", node.path());
                    modelActions.add(action);
                }
                case "background-audio" -> {
                    Element action = doc.createElementNS(ODK, "odk:recordaudio");
                    action.setAttribute("event", "odk-instance-load");
                    action.setAttribute("ref", node.path());
                    String quality = params.parameters(node).get("quality");
                    if (quality != null) {
                        action.setAttributeNS(ODK, "odk:quality", quality);
                    }
                    modelActions.add(action);
                }
                default -> {
                    if (PROPERTIES.contains(node.type)) {
                        bind.setAttributeNS(JR, "jr:preload", "property");
                        bind.setAttributeNS(JR, "jr:preloadParams", node.type);
                    }
                }
            }
            String saveTo = node.cell("save_to");
            if (!saveTo.isEmpty()) {
                if (!entities.declared()) {
                    errors.error(
                            SURVEY, node.row, "The save_to column needs an entities sheet that declares the entity.");
                } else if (!NAME.matcher(saveTo).matches()
                        || saveTo.startsWith("__")
                        || saveTo.equals("name")
                        || saveTo.equals("label")) {
                    errors.error(SURVEY, node.row, "The save_to '" + saveTo + "' is not a valid entity property name.");
                } else if (node.inRepeat()) {
                    errors.error(SURVEY, node.row, "A question in a repeat cannot be saved to the entity.");
                } else {
                    bind.setAttributeNS(ENTITIES, "entities:saveto", saveTo);
                }
            }
        }
        String required = node.cell("required");
        if (!required.isEmpty() && !no(required)) {
            bind.setAttribute(
                    "required",
                    yes(required) ? "true()" : expressions.expression(required, node, SURVEY, node.row, "required"));
        }
        String readOnly = node.cell("read_only");
        if (!readOnly.isEmpty() && !no(readOnly)) {
            bind.setAttribute(
                    "readonly",
                    yes(readOnly) ? "true()" : expressions.expression(readOnly, node, SURVEY, node.row, "read_only"));
        }
        String relevant = node.generatedRelevant != null ? node.generatedRelevant : node.cell("relevant");
        if (!relevant.isEmpty()) {
            bind.setAttribute("relevant", expressions.expression(relevant, node, SURVEY, node.row, "relevant"));
        }
        String constraint = node.cell("constraint");
        if (!constraint.isEmpty()) {
            bind.setAttribute("constraint", expressions.expression(constraint, node, SURVEY, node.row, "constraint"));
        }
        message(node, bind, "constraint_message", "jr:constraintMsg");
        message(node, bind, "required_message", "jr:requiredMsg");
        for (Map.Entry<String, String> cell : node.cells.entrySet()) {
            if (cell.getKey().startsWith("bind::")) {
                dom.setPrefixed(bind, cell.getKey().substring("bind::".length()), cell.getValue(), node);
            }
        }
        String value = node.cell("default");
        if (node.kind == Kind.QUESTION && !value.isEmpty() && dynamic(value)) {
            Element setvalue = dom.xf("setvalue");
            setvalue.setAttribute("ref", node.path());
            setvalue.setAttribute("value", expressions.expression(value, node, SURVEY, node.row, "default"));
            setvalue.setAttribute("event", "odk-instance-first-load");
            modelActions.add(setvalue);
            if (node.inRepeat()) {
                // Each new repeat instance gets its default too, from a setvalue in the repeat's body.
                Element onNewRepeat = (Element) setvalue.cloneNode(false);
                onNewRepeat.setAttribute("event", "odk-new-repeat");
                repeatActions
                        .computeIfAbsent(node.nearestRepeat(), k -> new ArrayList<>())
                        .add(onNewRepeat);
            }
        }
        if (node.kind != Kind.QUESTION && bind.getAttributes().getLength() == 1) {
            return; // a group or repeat with nothing to bind
        }
        binds.add(bind);
    }

    private void message(Node node, Element bind, String column, String attribute) {
        Map<String, String> values = translations.translated(node.cells, column);
        if (values.isEmpty()) {
            return;
        }
        boolean translated =
                translations.itext() && node.cells.keySet().stream().anyMatch(c -> c.startsWith(column + "::"));
        if (translated) {
            String id = node.path() + ":" + attribute;
            for (String language : languages) {
                translations.text(language, id, "", XlsFormTranslations.valueOrDash(values, language), node);
            }
            bind.setAttributeNS(JR, attribute, "jr:itext('" + id + "')");
        } else {
            bind.setAttributeNS(JR, attribute, values.values().iterator().next());
        }
    }

    void meta(Element data) {
        Node audit = survey.audit();
        Element meta = dom.xf("meta");
        Element instanceId = dom.xf("instanceID");
        meta.appendChild(instanceId);
        Element bind = dom.xf("bind");
        bind.setAttributeNS(JR, "jr:preload", "uid");
        bind.setAttribute("nodeset", root.path() + "/meta/instanceID");
        bind.setAttribute("readonly", "true()");
        bind.setAttribute("type", "string");
        binds.add(bind);
        Node metaNode = new Node(Kind.GROUP, "meta", "meta", 1, Map.of());
        metaNode.parent = root;
        String instanceName = settings.get("instance_name");
        if (instanceName != null) {
            meta.appendChild(dom.xf("instanceName"));
            Element nameBind = dom.xf("bind");
            nameBind.setAttribute(
                    "calculate", expressions.expression(instanceName, metaNode, SETTINGS, 2, "instance_name"));
            nameBind.setAttribute("nodeset", root.path() + "/meta/instanceName");
            nameBind.setAttribute("type", "string");
            binds.add(nameBind);
        }
        if (audit != null) {
            meta.appendChild(dom.xf("audit"));
            Element auditBind = dom.xf("bind");
            auditBind.setAttribute("nodeset", root.path() + "/meta/audit");
            auditBind.setAttribute("type", "binary");
            Map<String, String> parameters = params.parameters(audit);
            Set<String> accepted = PARAMETERS.get("audit");
            parameters.forEach((key, value) -> {
                if (!accepted.contains(key)) {
                    errors.error(SURVEY, audit.row, "The parameter '" + key + "' is not accepted for audit.");
                } else {
                    auditBind.setAttributeNS(ODK, "odk:" + key, value);
                }
            });
            binds.add(auditBind);
        }
        if (entities.declared()) {
            entities.entity(meta, metaNode);
        }
        data.appendChild(meta);
    }
}
