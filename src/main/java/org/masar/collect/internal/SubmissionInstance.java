package org.masar.collect.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * One instance document as a phone sent it, read once with the JDK's StAX reader (document type declarations and
 * entities refused): the root's {@code id} and {@code version}, then — once the caller has found the form's schema from
 * those — every answer into {@link SubmissionAnswers} (elements at a repeat's path become that repeat's instances).
 *
 * @param instanceId {@code meta/instanceID} (or {@code orx:meta/orx:instanceID}), stripped
 * @param deprecatedId {@code meta/deprecatedID} when the instance is an edit
 */
record SubmissionInstance(
        String formId,
        @Nullable String version,
        @Nullable String instanceId,
        @Nullable String deprecatedId,
        SubmissionAnswers answers) {

    /** The instance is not well-formed XML, declares a DTD, or has no root form id. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }

    /** What the root element says: the form and version the instance answers. */
    record Root(String formId, @Nullable String version) {}

    private static final XMLInputFactory FACTORY = factory();

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /**
     * Reads an instance. {@code repeatsOf} is called once the root is read, with its form id and version, and returns
     * the paths of that version's repeats (it may throw to refuse the instance before its answers are read).
     */
    static SubmissionInstance read(byte[] xml, Function<Root, Set<String>> repeatsOf) {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
            int event = next(reader);
            while (event != XMLStreamConstants.START_ELEMENT) {
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new Unreadable("The instance has no root element");
                }
                event = next(reader);
            }
            String formId = attribute(reader, "id");
            if (formId == null || formId.isBlank()) {
                throw new Unreadable("The instance's root element has no id attribute");
            }
            String version = attribute(reader, "version");
            Set<String> repeats = repeatsOf.apply(new Root(formId.strip(), version == null ? null : version.strip()));
            Frame top = new Frame("");
            Deque<Frame> frames = new ArrayDeque<>();
            frames.push(top);
            Deque<String> path = new ArrayDeque<>();
            // an element's text: the reader coalesces it into one event, so it is kept as the reader gives it, and only
            // copied into the builder should a second event come (a comment between two pieces of text)
            String first = null;
            StringBuilder text = new StringBuilder();
            boolean leaf = false;
            while (true) {
                event = next(reader);
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    String full = path.isEmpty() ? name : path.peekLast() + "/" + name;
                    path.addLast(full);
                    if (repeats.contains(full)) {
                        frames.push(new Frame(full));
                    }
                    first = null;
                    text.setLength(0);
                    leaf = true;
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (leaf) {
                        if (first == null) {
                            first = reader.getText();
                        } else {
                            if (text.isEmpty()) {
                                text.append(first);
                            }
                            text.append(reader.getText());
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (path.isEmpty()) {
                        break; // the root's end
                    }
                    String full = path.removeLast();
                    Frame frame = frames.peek();
                    if (leaf && first != null) {
                        String value = text.isEmpty() ? first : text.toString();
                        if (!value.isBlank()) {
                            frame.values.put(frame.relative(full), value.strip());
                        }
                    }
                    leaf = false;
                    first = null;
                    text.setLength(0);
                    if (frame != top && frame.path.equals(full)) {
                        frames.pop();
                        Frame parent = frames.peek();
                        parent.repeats
                                .computeIfAbsent(parent.relative(full), k -> new ArrayList<>())
                                .add(frame.answers());
                    }
                } else if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new Unreadable("The instance ends before its root element closes");
                }
            }
            SubmissionAnswers answers = top.answers();
            String instanceId = answers.value("meta/instanceID");
            String deprecatedId = answers.value("meta/deprecatedID");
            return new SubmissionInstance(formId.strip(), version, instanceId, deprecatedId, answers);
        } catch (XMLStreamException e) {
            String message = e.getMessage() == null ? "Not well-formed XML" : e.getMessage();
            throw new Unreadable(message.replaceAll("\\s+", " ").strip());
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing held
                }
            }
        }
    }

    private static int next(XMLStreamReader reader) throws XMLStreamException {
        int event = reader.next();
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new Unreadable("An instance may not declare a document type or entities");
        }
        return event;
    }

    private static @Nullable String attribute(XMLStreamReader reader, String name) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (name.equals(reader.getAttributeLocalName(i))) {
                String namespace = reader.getAttributeNamespace(i);
                if (namespace == null || namespace.isEmpty()) {
                    return reader.getAttributeValue(i);
                }
            }
        }
        return null;
    }

    /** The answers being read at one level: the instance itself, or one instance of a repeat. */
    private static final class Frame {
        final String path;
        final Map<String, String> values = new LinkedHashMap<>();
        final Map<String, List<SubmissionAnswers>> repeats = new LinkedHashMap<>();

        Frame(String path) {
            this.path = path;
        }

        String relative(String full) {
            return path.isEmpty() ? full : full.substring(path.length() + 1);
        }

        SubmissionAnswers answers() {
            return new SubmissionAnswers(values, repeats);
        }
    }
}
