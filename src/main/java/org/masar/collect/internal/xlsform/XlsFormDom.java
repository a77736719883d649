package org.masar.collect.internal.xlsform;

import static org.masar.collect.internal.xlsform.XlsFormConverter.JR;
import static org.masar.collect.internal.xlsform.XlsFormConverter.ODK;
import static org.masar.collect.internal.xlsform.XlsFormConverter.ORX;
import static org.masar.collect.internal.xlsform.XlsFormConverter.SURVEY;
import static org.masar.collect.internal.xlsform.XlsFormConverter.XF;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.NAME;

import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.masar.collect.internal.xlsform.XlsFormSurvey.Node;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The XForm document being built: its DOM, elements in the XForms namespace, attributes written with their
 * {@code jr:}, {@code odk:} or {@code orx:} prefix ({@code bind::}, {@code body::}, {@code instance::} columns), and
 * the model's binds and actions, collected while the instance and body are written and placed in the model at the end.
 */
final class XlsFormDom {

    final Document doc;
    final List<Element> binds = new ArrayList<>();
    final List<Element> modelActions = new ArrayList<>();
    private final XlsFormErrors errors;

    XlsFormDom(XlsFormErrors errors) {
        this.errors = errors;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            doc = factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    Element xf(String name) {
        return doc.createElementNS(XF, name);
    }

    void setPrefixed(Element element, String attribute, String value, Node node) {
        String prefix = attribute.contains(":") ? attribute.substring(0, attribute.indexOf(':')) : "";
        String namespace = switch (prefix) {
            case "" -> null;
            case "jr" -> JR;
            case "odk" -> ODK;
            case "orx" -> ORX;
            default -> "?";
        };
        String local = attribute.substring(prefix.isEmpty() ? 0 : prefix.length() + 1);
        if ("?".equals(namespace) || !NAME.matcher(local).matches()) {
            errors.error(
                    SURVEY, node.row, "The attribute '" + attribute + "' cannot be written (unknown prefix or name).");
            return;
        }
        if (namespace == null) {
            element.setAttribute(local, value);
        } else {
            element.setAttributeNS(namespace, attribute, value);
        }
    }
}
