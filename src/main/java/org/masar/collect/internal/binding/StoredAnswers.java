package org.masar.collect.internal.binding;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.masar.collect.internal.FormSchema;
import org.masar.collect.internal.SubmissionAnswers;

/**
 * Reads a stored instance document's answers again, with the JDK's StAX reader (no DTD, no entities), for mapping an
 * unmapped submission again: the same shape ingestion gives ({@link SubmissionAnswers}), repeats told apart by the
 * form version's schema.
 */
final class StoredAnswers {

    private static final XMLInputFactory FACTORY = factory();

    private StoredAnswers() {}

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** One repeat instance (or the whole instance) being read. */
    private record Scope(String base, Map<String, String> values, Map<String, List<SubmissionAnswers>> repeats) {

        SubmissionAnswers answers() {
            return new SubmissionAnswers(values, repeats);
        }
    }

    /** One open element: its path below the root, whether it holds elements, its text, its scope when a repeat. */
    private static final class Open {
        final String path;
        boolean parent;
        final StringBuilder text = new StringBuilder();
        final Scope scope;
        final boolean repeat;

        Open(String path, Scope scope, boolean repeat) {
            this.path = path;
            this.scope = scope;
            this.repeat = repeat;
        }
    }

    static SubmissionAnswers read(String xml, FormSchema schema) {
        Set<String> repeats = new HashSet<>(schema.repeats());
        Scope root = new Scope("", new LinkedHashMap<>(), new LinkedHashMap<>());
        Deque<Open> open = new ArrayDeque<>();
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(new StringReader(xml));
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        if (open.isEmpty()) {
                            open.push(new Open("", root, false));
                            continue;
                        }
                        Open parent = open.peek();
                        parent.parent = true;
                        String path = parent.path.isEmpty()
                                ? reader.getLocalName()
                                : parent.path + "/" + reader.getLocalName();
                        if (repeats.contains(path)) {
                            Scope scope = new Scope(path, new LinkedHashMap<>(), new LinkedHashMap<>());
                            open.push(new Open(path, scope, true));
                        } else {
                            open.push(new Open(path, parent.scope, false));
                        }
                    } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                        if (!open.isEmpty()) {
                            open.peek().text.append(reader.getText());
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        Open closed = open.pop();
                        if (open.isEmpty()) {
                            break;
                        }
                        if (closed.repeat) {
                            Scope outer = open.peek().scope;
                            outer.repeats()
                                    .computeIfAbsent(relative(outer, closed.path), k -> new ArrayList<>())
                                    .add(closed.scope.answers());
                        } else if (!closed.parent) {
                            String value = closed.text.toString().strip();
                            if (!value.isEmpty()) {
                                closed.scope.values().put(relative(closed.scope, closed.path), value);
                            }
                        }
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException("A stored submission does not read as XML", e);
        }
        return root.answers();
    }

    private static String relative(Scope scope, String path) {
        return scope.base().isEmpty() ? path : path.substring(scope.base().length() + 1);
    }
}
