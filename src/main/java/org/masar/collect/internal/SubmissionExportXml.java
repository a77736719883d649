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
        walk(xml, repeatPaths, withRepeats, new Paths(), new Visitor() {
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
     * Reads the answers outside repeats straight into a row of cells, for exports: {@code columns} gives each
     * question's path its cell, counted from {@code offset}; each value goes through {@code cell} (made safe for a
     * spreadsheet) on its way in. Nothing else is kept.
     */
    static void readInto(
            String xml,
            Set<String> repeatPaths,
            Map<String, Integer> columns,
            @Nullable String[] cells,
            int offset,
            java.util.function.UnaryOperator<@Nullable String> cell,
            Paths paths) {
        walk(xml, repeatPaths, false, paths, (instance, path, value) -> {
            if (instance == null) {
                Integer column = columns.get(path);
                if (column != null) {
                    cells[offset + column] = cell.apply(value);
                }
            }
        });
    }

    /**
     * The path of each element below its parent's, made once per (parent, name) and reused for every document read
     * with the same instance: an export reads a million documents of one form, and a new string per element (hashed
     * again at every lookup) was most of its time in lookups. Not shared between threads.
     */
    static final class Paths {
        private final Map<String, Map<String, String>> children = new HashMap<>();

        String child(String parent, String name) {
            if (parent.isEmpty()) {
                return name;
            }
            return children.computeIfAbsent(parent, p -> new HashMap<>()).computeIfAbsent(name, n -> parent + "/" + n);
        }
    }

    private static void walk(String xml, Set<String> repeatPaths, boolean withRepeats, Paths paths, Visitor visitor) {
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
                        String path = paths.child(parent.path, name);
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
