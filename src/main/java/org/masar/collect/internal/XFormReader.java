package org.masar.collect.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.javarosa.core.model.FormDef;
import org.javarosa.xform.util.XFormUtils;
import org.jspecify.annotations.Nullable;
import org.masar.collect.FormInvalid;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads an uploaded XForm: ODK JavaRosa must load it (the engine phones run, so a form it refuses is refused here,
 * naming its error), and the form's id, version, title and the media files it names ({@code jr://images/…},
 * {@code jr://audio/…}, {@code jr://video/…}, {@code jr://file/…}, {@code jr://file-csv/…}) are read with the JDK's DOM
 * parser, which refuses document type declarations (no external entities).
 */
final class XFormReader {

    static final String XFORMS = "http://www.w3.org/2002/xforms";
    private static final Pattern MEDIA = Pattern.compile("jr://(?:images|audio|video|file|file-csv)/([^\\s\"'<>]+)");
    private static final Pattern FORM_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,99}");

    /** What the form server needs of an XForm. */
    record Read(String formId, String version, String title, List<String> media) {}

    private XFormReader() {}

    static Read read(byte[] xml) {
        Document document = parse(xml);
        Element root = document.getDocumentElement();
        Element head = first(root, "http://www.w3.org/1999/xhtml", "head");
        Element model = head == null ? null : first(head, XFORMS, "model");
        Element instance = model == null ? null : primaryInstance(model);
        Element data = instance == null ? null : firstElement(instance);
        if (data == null) {
            throw FormInvalid.unparseable("The XForm has no model with a primary instance");
        }
        String formId = data.getAttribute("id");
        if (!FORM_ID.matcher(formId).matches()) {
            throw new FormInvalid("collect.form-id-invalid", formId);
        }
        String version = data.getAttribute("version").strip();
        Element title = head == null ? null : first(head, "http://www.w3.org/1999/xhtml", "title");
        String titleText = title == null || title.getTextContent().isBlank()
                ? formId
                : title.getTextContent().strip();
        Set<String> media = new LinkedHashSet<>();
        collectMedia(root, media);
        loadInJavaRosa(xml);
        return new Read(formId, version, titleText, List.copyOf(media));
    }

    /**
     * The one DOM configuration collect reads XForms with: namespaces on, no document type declaration, no entity, no
     * XInclude.
     */
    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            throw FormInvalid.unparseable(e.getMessage() == null ? "Not well-formed XML" : e.getMessage());
        } catch (IOException | ParserConfigurationException e) {
            throw new IllegalStateException("Cannot read XML", e);
        }
    }

    private static void loadInJavaRosa(byte[] xml) {
        try {
            FormDef form = XFormUtils.getFormFromInputStream(new ByteArrayInputStream(xml));
            if (form == null) {
                throw FormInvalid.unparseable("JavaRosa read no form");
            }
        } catch (FormInvalid e) {
            throw e;
        } catch (org.javarosa.xform.parse.XFormParser.ParseException | RuntimeException | StackOverflowError e) {
            // JavaRosa's parse errors are runtime exceptions (XFormParseException and the errors of its XPath parser)
            String message = e.getMessage();
            throw FormInvalid.unparseable(
                    message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip());
        }
    }

    private static @Nullable Element primaryInstance(Element model) {
        NodeList children = model.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element
                    && "instance".equals(element.getLocalName())
                    && !element.hasAttribute("id")) {
                return element;
            }
        }
        return null;
    }

    private static @Nullable Element first(Element parent, String namespace, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element
                    && name.equals(element.getLocalName())
                    && namespace.equals(element.getNamespaceURI())) {
                return element;
            }
        }
        return null;
    }

    private static @Nullable Element firstElement(Element parent) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element) {
                return element;
            }
        }
        return null;
    }

    private static void collectMedia(Node node, Set<String> media) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            find(node.getNodeValue(), media);
        }
        NamedNodeMap attributes = node.getAttributes();
        if (attributes != null) {
            for (int i = 0; i < attributes.getLength(); i++) {
                find(attributes.item(i).getNodeValue(), media);
            }
        }
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            collectMedia(children.item(i), media);
        }
    }

    private static void find(@Nullable String text, Set<String> media) {
        if (text == null || !text.contains("jr://")) {
            return;
        }
        Matcher matcher = MEDIA.matcher(text);
        while (matcher.find()) {
            media.add(matcher.group(1));
        }
    }

    /** The text of an XForm as uploaded (UTF-8, a byte-order mark dropped). */
    static String text(byte[] xml) {
        String text = new String(xml, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
