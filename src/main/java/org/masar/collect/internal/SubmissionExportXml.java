package org.masar.collect.internal;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads a stored instance document once, with the JDK's StAX reader (no DOM, no document type, no entity), into its
 * answers by path: those outside repeats, and each repeat instance's with its position ({@code 2}, or {@code 2.1} for
 * the first instance of a nested repeat inside the second). Exports read every row through it, so it keeps nothing
 * but what the caller asked for: the answers outside repeats alone when {@code withRepeats} is false.
 */
final class SubmissionExportXml {

    private static final XMLInputFactory FACTORY = factory();

    /** What one instance answered. Paths are below the instance root, as {@link FormSchema.Field#path()}. */
    record Read(Map<String, String> values, Map<String, List<Instance>> repeats) {}

    /** One instance of a repeat: its position and its answers (nested repeats have their own instances). */
    record Instance(String index, Map<String, String> values) {}

    private SubmissionExportXml() {}

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** What the walk over a document finds: each answered leaf, with the repeat instance holding it (or null). */
    private interface Visitor {
        void value(@Nullable Instance instance, String path, String value);

        /** A repeat instance begins; answers inside it come with it. */
        default void instance(String repeat, Instance instance) {}
    }

    /**
     * Reads one document.
     *
     * @param repeatPaths the form's repeat paths (an element at one of them starts an instance)
     * @param withRepeats whether to keep the repeats' answers (exports of the submissions' own table do not need them)
     */
    static Read read(String xml, Set<String> repeatPaths, boolean withRepeats) {
        Map<String, String> values = new HashMap<>();
        Map<String, List<Instance>> repeats = withRepeats ? new LinkedHashMap<>() : Map.of();
        walk(xml, repeatPaths, withRepeats, new Visitor() {
            @Override
            public void value(@Nullable Instance instance, String path, String value) {
                if (instance == null) {
                    values.put(path, value);
                } else if (withRepeats) {
                    instance.values().put(path, value);
                }
            }

            @Override
            public void instance(String repeat, Instance instance) {
                if (withRepeats) {
                    repeats.computeIfAbsent(repeat, p -> new ArrayList<>()).add(instance);
                }
            }
        });
        return new Read(values, repeats);
    }

    /**
     * The columns of an export as a tree of element names, so that a document is matched element by element (no path
     * built, no text copied for an element that is not a column).
     */
    static final class Columns {
        private final Map<String, Columns> children = new HashMap<>();
        private int column = -1;

        /** The tree of these question paths; each path's column is its position in the list. */
        static Columns of(List<String> paths) {
            Columns root = new Columns();
            for (int c = 0; c < paths.size(); c++) {
                Columns node = root;
                for (String step : paths.get(c).split("/")) {
                    node = node.children.computeIfAbsent(step, k -> new Columns());
                }
                node.column = c;
            }
            return root;
        }
    }

    /**
     * Reads the answers outside repeats straight into a row of cells, for exports: each question's value goes into
     * the cell of its column, counted from {@code offset}, through {@code cell} (made safe for a spreadsheet). Elements
     * that are no column (repeats among them) are skipped without keeping their text.
     */
    static void readInto(
            String xml,
            Columns columns,
            @Nullable String[] cells,
            int offset,
            java.util.function.UnaryOperator<@Nullable String> cell) {
        Columns[] open = new Columns[16];
        int depth = 0;
        String text = null;
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(new StringReader(xml));
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        if (depth == open.length) {
                            open = java.util.Arrays.copyOf(open, depth * 2);
                        }
                        Columns parent = depth == 1 ? null : open[depth - 1];
                        open[depth] = depth == 1
                                ? columns
                                : parent == null ? null : parent.children.get(reader.getLocalName());
                        text = null;
                    } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                        Columns node = open[depth];
                        if (node != null && node.column >= 0) {
                            text = text == null ? reader.getText() : text + reader.getText();
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        Columns node = open[depth];
                        if (node != null && node.column >= 0 && text != null) {
                            String value = text.strip();
                            if (!value.isEmpty()) {
                                cells[offset + node.column] = cell.apply(value);
                            }
                        }
                        text = null;
                        open[depth] = null;
                        depth--;
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            // stored documents were read when received: one that no longer reads gives what it gave up to there
        }
    }

    private static void walk(String xml, Set<String> repeatPaths, boolean withRepeats, Visitor visitor) {
        // the open elements: their paths, whether a child element opened inside, and the repeat instance they fill
        Deque<Open> open = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(new StringReader(xml));
            try {
                int depth = 0;
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        text.setLength(0);
                        if (depth == 1) {
                            open.push(new Open("", null, null));
                            continue;
                        }
                        Open parent = open.peek();
                        parent.hasChild = true;
                        String name = reader.getLocalName();
                        String path = parent.path.isEmpty() ? name : parent.path + "/" + name;
                        Open element = new Open(path, parent.instance, parent.counters);
                        if (repeatPaths.contains(path)) {
                            // a new instance of the repeat, numbered within its parent instance
                            Map<String, Integer> counters = parent.counters();
                            int n = counters.merge(path, 1, Integer::sum);
                            String index =
                                    parent.instance == null ? String.valueOf(n) : parent.instance.index + "." + n;
                            element.instance = new Instance(index, withRepeats ? new HashMap<>() : Map.of());
                            element.counters = null;
                            visitor.instance(path, element.instance);
                        }
                        open.push(element);
                    } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                        text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                        Open element = open.pop();
                        if (!element.hasChild && !element.path.isEmpty() && !text.isEmpty()) {
                            String value = text.toString().strip();
                            if (!value.isEmpty()) {
                                visitor.value(element.instance, element.path, value);
                            }
                        }
                        text.setLength(0);
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            // stored documents were read when received: one that no longer reads gives what it gave up to there
        }
    }

    /** An open element. */
    private static final class Open {
        final String path;

        @Nullable
        Instance instance;

        @Nullable
        Map<String, Integer> counters;

        boolean hasChild;

        Open(String path, @Nullable Instance instance, @Nullable Map<String, Integer> counters) {
            this.path = path;
            this.instance = instance;
            this.counters = counters;
        }

        /** The counters of repeat instances within this element's instance (or the document). */
        Map<String, Integer> counters() {
            if (counters == null) {
                counters = new HashMap<>();
            }
            return counters;
        }
    }
}
