package org.masar.collect.internal.xlsform;

import static org.masar.collect.internal.xlsform.XlsFormVocabulary.NAME;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.masar.collect.ConvertedXForm;
import org.masar.collect.XlsFormInvalid;
import org.masar.collect.internal.xlsform.XlsFormSurvey.Kind;
import org.masar.collect.internal.xlsform.XlsFormSurvey.Node;
import org.masar.collect.internal.xlsform.XlsFormWorkbook.SheetData;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Converts one XLSForm workbook to an ODK XForm, as pyxform does: the {@code survey} sheet (question types, groups,
 * repeats, bind and body columns, {@code ${name}} references), {@code choices}, {@code settings} and {@code entities}.
 * Every error is collected with its sheet, row and reason, and thrown together as {@link XlsFormInvalid}. The XForm is
 * built as a DOM and written with StAX; the result is loaded in ODK JavaRosa before it is returned.
 *
 * <p>This class runs the conversion and lays out the document; each concern is a class of its own, made for one
 * workbook: {@link XlsFormVocabulary} (columns, types, parameters), {@link XlsFormErrors}, {@link XlsFormSettings},
 * {@link XlsFormTranslations} (languages and itext), {@link XlsFormChoices} (choice lists and secondary instances),
 * {@link XlsFormSurveySheet} (the survey tree), {@link XlsFormEntities}, {@link XlsFormExpressions},
 * {@link XlsFormParameters}, {@link XlsFormModel} (instance, binds, meta), {@link XlsFormBody} (controls),
 * {@link XlsFormDom} (the document being built), {@link XlsFormOutput} (StAX) and {@link XlsFormJavaRosa}.
 *
 * <p>One instance converts one workbook: it is not thread-safe, {@link #convert(byte[], String)} makes a new one each
 * time.
 */
public final class XlsFormConverter {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(XlsFormConverter.class);

    static final String XF = "http://www.w3.org/2002/xforms";
    static final String H = "http://www.w3.org/1999/xhtml";
    static final String EV = "http://www.w3.org/2001/xml-events";
    static final String JR = "http://openrosa.org/javarosa";
    static final String ODK = "http://www.opendatakit.org/xforms";
    static final String ORX = "http://openrosa.org/xforms";
    static final String XSD = "http://www.w3.org/2001/XMLSchema";
    static final String ENTITIES = "http://www.opendatakit.org/xforms/entities";
    static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    static final String SURVEY = "survey";
    static final String CHOICES = "choices";
    static final String SETTINGS = "settings";
    static final String ENTITIES_SHEET = "entities";

    private final Node root = new Node(Kind.ROOT, "survey", "data", 1, Map.of());
    private final Set<String> media = new TreeSet<>();
    private final XlsFormErrors errors = new XlsFormErrors();
    private final XlsFormDom dom;
    private final Document doc;
    private final XlsFormSettings settings;
    private final XlsFormTranslations translations;
    private final XlsFormSurveySheet surveySheet;
    private final XlsFormChoices choices;
    private final XlsFormExpressions expressions;
    private final XlsFormParameters params;
    private final XlsFormEntities entities;
    private final XlsFormModel primary;
    private final XlsFormBody controls;
    private final XlsFormJavaRosa javaRosa;

    private XlsFormConverter() {
        dom = new XlsFormDom(errors);
        doc = dom.doc;
        settings = new XlsFormSettings(errors, dom, root);
        translations = new XlsFormTranslations(settings, root);
        surveySheet = new XlsFormSurveySheet(errors, root, media);
        choices = new XlsFormChoices(errors, dom, settings, translations, root, media);
        expressions = new XlsFormExpressions(errors, dom, surveySheet, choices);
        params = new XlsFormParameters(errors);
        entities = new XlsFormEntities(errors, dom, root, expressions, choices);
        primary = new XlsFormModel(
                errors, dom, settings, translations, surveySheet, choices, expressions, params, entities, root);
        controls = new XlsFormBody(errors, dom, settings, translations, choices, expressions, params, primary, root);
        javaRosa = new XlsFormJavaRosa(errors);
    }

    /**
     * Converts a workbook.
     *
     * @throws XlsFormInvalid with every error found
     */
    public static ConvertedXForm convert(byte[] workbook, String fileName) {
        try {
            XlsFormConverter converter = new XlsFormConverter();
            converter.root.name = defaultName(fileName);
            return converter.run(workbook);
        } catch (XlsFormInvalid invalid) {
            throw invalid;
        } catch (RuntimeException | StackOverflowError unexpected) {
            // A workbook this converter did not foresee: the user still gets a problem, and the log the cause.
            log.warn("XLSForm conversion failed unexpectedly", unexpected);
            throw new XlsFormInvalid(List.of(new XlsFormInvalid.Error(
                    null,
                    null,
                    "The workbook could not be converted: it holds something this converter cannot read.")));
        }
    }

    /**
     * The name a form takes from its file when its settings give none, as pyxform takes it: the file name's stem, made
     * a valid XML name (other characters become underscores, a leading digit gets one); "data" when nothing is left.
     */
    static String defaultName(String fileName) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        String stem = (dot >= 0 ? base.substring(0, dot) : base).strip();
        String name = stem.replaceAll("[^\\p{L}\\p{N}\\p{M}._-]", "_");
        if (!name.isEmpty() && !NAME.matcher(name).matches()) {
            name = "_" + name;
        }
        return name.isEmpty() || !NAME.matcher(name).matches() ? "data" : name;
    }

    private ConvertedXForm run(byte[] bytes) {
        XlsFormWorkbook workbook;
        try {
            workbook = XlsFormWorkbook.read(bytes);
        } catch (XlsFormWorkbook.Unreadable e) {
            throw new XlsFormInvalid(List.of(new XlsFormInvalid.Error(null, null, e.getMessage())));
        }
        SheetData survey = workbook.sheet(SURVEY);
        if (survey == null) {
            throw new XlsFormInvalid(List.of(
                    new XlsFormInvalid.Error(null, null, "The workbook has no 'survey' sheet: an XLSForm needs one.")));
        }
        settings.readSettings(workbook.sheet(SETTINGS));
        translations.readLanguages(survey, workbook.sheet(CHOICES));
        choices.readChoices(workbook.sheet(CHOICES));
        entities.readEntities(workbook.sheet(ENTITIES_SHEET));
        SheetData externalChoices = workbook.sheet("external_choices");
        choices.readExternalChoices(externalChoices);
        surveySheet.readSurvey(survey);
        choices.checkSelects();
        String xml;
        try {
            // Written even when errors were found, to find the errors of the expressions too.
            xml = write();
        } catch (RuntimeException e) {
            if (errors.isEmpty()) {
                throw e;
            }
            throw errors.invalid();
        }
        if (!errors.isEmpty()) {
            throw errors.invalid();
        }
        javaRosa.checkWithJavaRosa(xml);
        if (!errors.isEmpty()) {
            throw errors.invalid();
        }
        String formId = settings.getOrDefault("form_id", root.name);
        String title = settings.getOrDefault("form_title", formId);
        return new ConvertedXForm(xml, formId, settings.get("version"), title, List.copyOf(media));
    }

    private String write() {
        Element html = doc.createElementNS(H, "h:html");
        doc.appendChild(html);
        html.setAttributeNS(XMLNS, "xmlns", XF);
        html.setAttributeNS(XMLNS, "xmlns:ev", EV);
        html.setAttributeNS(XMLNS, "xmlns:h", H);
        html.setAttributeNS(XMLNS, "xmlns:jr", JR);
        html.setAttributeNS(XMLNS, "xmlns:odk", ODK);
        html.setAttributeNS(XMLNS, "xmlns:orx", ORX);
        html.setAttributeNS(XMLNS, "xmlns:xsd", XSD);
        if (entities.declared()) {
            html.setAttributeNS(XMLNS, "xmlns:entities", ENTITIES);
        }
        Element head = doc.createElementNS(H, "h:head");
        html.appendChild(head);
        Element title = doc.createElementNS(H, "h:title");
        title.setTextContent(settings.getOrDefault("form_title", settings.getOrDefault("form_id", root.name)));
        head.appendChild(title);
        Element model = dom.xf("model");
        model.setAttributeNS(ODK, "odk:xforms-version", "1.0.0");
        if (entities.declared()) {
            model.setAttributeNS(ENTITIES, "entities:entities-version", "2024.1.0");
        }
        head.appendChild(model);
        Element body = doc.createElementNS(H, "h:body");
        if (settings.containsKey("style")) {
            body.setAttribute("class", settings.get("style"));
        }
        html.appendChild(body);

        Element submission = settings.submission();
        if (submission != null) {
            model.appendChild(submission);
        }
        Element itextElement = dom.xf("itext");
        if (translations.itext()) {
            model.appendChild(itextElement);
        }
        Element instance = dom.xf("instance");
        model.appendChild(instance);
        Element data = dom.xf(root.name);
        data.setAttribute("id", settings.getOrDefault("form_id", root.name));
        if (settings.containsKey("version")) {
            data.setAttribute("version", settings.get("version"));
        }
        instance.appendChild(data);
        for (Node child : root.children) {
            primary.instanceNode(child, data, false);
        }
        controls.collectTriggers();
        for (Node child : root.children) {
            controls.control(child, body);
        }
        primary.meta(data);
        for (String listName : choices.usedLists) {
            model.appendChild(choices.choiceInstance(choices.lists.get(listName)));
        }
        choices.externalInstances.values().forEach(model::appendChild);
        dom.binds.forEach(model::appendChild);
        dom.modelActions.forEach(model::appendChild);
        if (translations.itext()) {
            for (String language : translations.languages) {
                Element translation = dom.xf("translation");
                translation.setAttribute("lang", language);
                if (language.equals(settings.defaultLanguage())) {
                    translation.setAttribute("default", "true()");
                }
                itextElement.appendChild(translation);
                Map<String, Map<String, String>> texts = translations.texts(language);
                texts.forEach((id, forms) -> {
                    Element text = dom.xf("text");
                    text.setAttribute("id", id);
                    forms.forEach((form, value) -> {
                        Element element = dom.xf("value");
                        if (!form.isEmpty()) {
                            element.setAttribute("form", form);
                        }
                        expressions.appendMixed(
                                element, value, translations.contextOf(id), id.endsWith(":hint") ? "hint" : "label");
                        text.appendChild(element);
                    });
                    translation.appendChild(text);
                });
            }
        }
        return XlsFormOutput.serialize(doc);
    }
}
