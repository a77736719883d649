package org.masar.collect.internal.xlsform;

import static org.masar.collect.internal.xlsform.XlsFormConverter.XMLNS;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Text;

/**
 * Writes the built XForm's DOM with StAX, as pyxform lays it out: attributes sorted, namespaces declared on the root,
 * elements indented two spaces, an element with text (a label with an {@code <output>}) on one line, untouched.
 */
final class XlsFormOutput {

    private XlsFormOutput() {}

    /**
     * Writes the DOM with StAX, indented as pyxform indents: an element whose content is only elements gets one per
     * line, an element with text (a label with an {@code <output>}) is written on one line, its content untouched.
     */
    static String serialize(Document doc) {
        StringWriter out = new StringWriter();
        try {
            out.write("<?xml version=\"1.0\"?>\n");
            XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            element(writer, doc.getDocumentElement(), 0, true);
            writer.writeCharacters("\n");
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        // The JDK's writer escapes every apostrophe; attributes are quoted with '"', so none needs it (XPath quotes).
        return out.toString().replace("&apos;", "'");
    }

    private static void element(XMLStreamWriter writer, Element element, int depth, boolean pretty)
            throws XMLStreamException {
        boolean hasChildren = element.hasChildNodes();
        boolean mixed = false;
        for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Text) {
                mixed = true;
            }
        }
        String prefix = element.getPrefix() == null ? "" : element.getPrefix();
        String namespace = element.getNamespaceURI() == null ? "" : element.getNamespaceURI();
        if (hasChildren) {
            writer.writeStartElement(prefix, element.getLocalName(), namespace);
        } else {
            writer.writeEmptyElement(prefix, element.getLocalName(), namespace);
        }
        NamedNodeMap attributes = element.getAttributes();
        List<Attr> sorted = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            sorted.add((Attr) attributes.item(i));
        }
        sorted.sort(Comparator.comparing(Attr::getName));
        for (Attr attr : sorted) {
            if (XMLNS.equals(attr.getNamespaceURI())) {
                if (attr.getName().equals("xmlns")) {
                    writer.writeDefaultNamespace(attr.getValue());
                } else {
                    writer.writeNamespace(attr.getLocalName(), attr.getValue());
                }
            }
        }
        for (Attr attr : sorted) {
            if (XMLNS.equals(attr.getNamespaceURI())) {
                continue;
            }
            if (attr.getNamespaceURI() == null) {
                writer.writeAttribute(attr.getName(), attr.getValue());
            } else {
                writer.writeAttribute(attr.getPrefix(), attr.getNamespaceURI(), attr.getLocalName(), attr.getValue());
            }
        }
        if (!hasChildren) {
            return;
        }
        boolean indent = pretty && !mixed;
        for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (indent) {
                writer.writeCharacters("\n" + "  ".repeat(depth + 1));
            }
            if (child instanceof Element e) {
                element(writer, e, depth + 1, indent);
            } else if (child instanceof Text text) {
                writer.writeCharacters(text.getData());
            }
        }
        if (indent) {
            writer.writeCharacters("\n" + "  ".repeat(depth));
        }
        writer.writeEndElement();
    }
}
