package org.masar.collect.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.masar.collect.FormNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads a version's questions from its stored XForm (the JDK's DOM parser, document type declarations refused) and
 * keeps them by version id in a bounded Caffeine cache: versions never change, so a version is read once per node,
 * never per submission. The fields are the primary instance's leaves in document order (groups flattened, repeats
 * named); a field's type is its bind's type without prefix, or the body control's kind for selects and uploads
 * ({@code select1}, {@code select}, {@code binary}); labels come from the control's label, by language through itext
 * ({@code "English (en)"} gives {@code en}; a form with one language keys its labels {@code ""}); choices come from the
 * control's items or from the secondary instance its itemset reads.
 */
@Service
class FormSchemaReader implements FormSchemas {

    private static final String XFORMS = XFormReader.XFORMS;
    private static final Pattern ITEXT = Pattern.compile("jr:itext\\(\\s*'([^']*)'\\s*\\)");
    /** An itemset's label: {@code jr:itext(itextId)} names the item's child holding the itext id. */
    private static final Pattern ITEXT_CHILD = Pattern.compile("jr:itext\\(\\s*([A-Za-z_][\\w.-]*)\\s*\\)");

    private static final Pattern INSTANCE = Pattern.compile("instance\\(\\s*'([^']*)'\\s*\\)((?:/[^\\[/]+)*)");
    private static final Pattern LANGUAGE_CODE = Pattern.compile(".*\\(([A-Za-z-]{2,})\\)\\s*");

    private final JdbcClient jdbc;
    private final Cache<UUID, FormSchema> cache =
            Caffeine.newBuilder().maximumSize(500).build();

    FormSchemaReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public FormSchema of(UUID versionId) {
        return cache.get(versionId, this::load);
    }

    private FormSchema load(UUID versionId) {
        record Row(String formId, String version, String xml) {}
        Row row = jdbc.sql("""
                        SELECT f.form_id, v.version, v.xml FROM collect_form_version v JOIN collect_form f ON f.id = v.form
                         WHERE v.id = :v
                        """)
                .param("v", versionId)
                .query((rs, n) -> new Row(rs.getString("form_id"), rs.getString("version"), rs.getString("xml")))
                .optional()
                .orElseThrow(() -> new FormNotFound(versionId.toString()));
        return read(versionId, row.formId(), row.version(), row.xml());
    }

    /** The schema of an XForm's text (package-visible for tests and for reading a form before it is stored). */
    static FormSchema read(UUID versionId, String formId, String version, String xml) {
        Document document = parse(xml);
        Element root = document.getDocumentElement();
        Element head = child(root, "http://www.w3.org/1999/xhtml", "head");
        Element model = head == null ? null : child(head, XFORMS, "model");
        if (model == null) {
            throw new IllegalStateException("The stored XForm of version " + versionId + " has no model");
        }
        Element data = null;
        Map<String, Element> secondary = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        Map<String, Map<String, String>> itext = new LinkedHashMap<>();
        for (Element element : children(model)) {
            switch (element.getLocalName()) {
                case "instance" -> {
                    Element top = firstElement(element);
                    if (!element.hasAttribute("id")) {
                        data = top;
                    } else if (top != null) {
                        secondary.put(element.getAttribute("id"), top);
                    }
                }
                case "bind" -> {
                    String type = element.getAttribute("type");
                    if (!type.isEmpty()) {
                        int colon = type.indexOf(':');
                        types.put(
                                absolute(element.getAttribute("nodeset")),
                                colon < 0 ? type : type.substring(colon + 1));
                    }
                }
                case "itext" -> readItext(element, itext);
                default -> {}
            }
        }
        if (data == null) {
            throw new IllegalStateException("The stored XForm of version " + versionId + " has no primary instance");
        }
        Map<String, Control> controls = new HashMap<>();
        List<String> repeatPaths = new ArrayList<>();
        Element body = child(root, "http://www.w3.org/1999/xhtml", "body");
        if (body != null) {
            readBody(body, "/" + data.getLocalName(), controls, repeatPaths, itext, secondary);
        }
        String rootPath = "/" + data.getLocalName();
        List<FormSchema.Field> fields = new ArrayList<>();
        List<String> repeats = new ArrayList<>();
        walk(data, rootPath, "", null, types, controls, repeatPaths, fields, repeats, new java.util.HashSet<>());
        return new FormSchema(versionId, formId, version, List.copyOf(fields), List.copyOf(repeats));
    }

    private record Control(String kind, Map<String, String> labels, List<FormSchema.Choice> choices) {}

    private static void walk(
            Element element,
            String rootPath,
            String path,
            @Nullable String repeat,
            Map<String, String> types,
            Map<String, Control> controls,
            List<String> repeatPaths,
            List<FormSchema.Field> fields,
            List<String> repeats,
            java.util.Set<String> seen) {
        for (Element child : children(element)) {
            String childPath = path.isEmpty() ? child.getLocalName() : path + "/" + child.getLocalName();
            if (!seen.add(childPath)) {
                continue; // a repeat's template and its first instance name the same nodes
            }
            String absolute = rootPath + "/" + childPath;
            boolean isRepeat =
                    repeatPaths.contains(absolute) || child.hasAttributeNS("http://openrosa.org/javarosa", "template");
            if (isRepeat) {
                repeats.add(childPath);
                walk(child, rootPath, childPath, childPath, types, controls, repeatPaths, fields, repeats, seen);
            } else if (firstElement(child) != null) {
                walk(child, rootPath, childPath, repeat, types, controls, repeatPaths, fields, repeats, seen);
            } else {
                Control control = controls.get(absolute);
                String type = types.getOrDefault(absolute, "string");
                if (control != null) {
                    switch (control.kind()) {
                        case "select1", "select", "odk:rank" ->
                            type = control.kind().replace("odk:", "");
                        case "upload" -> type = "binary";
                        default -> {}
                    }
                }
                fields.add(new FormSchema.Field(
                        childPath,
                        child.getLocalName(),
                        type,
                        repeat,
                        control == null ? Map.of() : control.labels(),
                        control == null ? List.of() : control.choices()));
            }
        }
    }

    private static void readBody(
            Element parent,
            String context,
            Map<String, Control> controls,
            List<String> repeats,
            Map<String, Map<String, String>> itext,
            Map<String, Element> secondary) {
        for (Element element : children(parent)) {
            String name = element.getLocalName();
            String ref = element.hasAttribute("ref")
                    ? element.getAttribute("ref")
                    : element.hasAttribute("nodeset") ? element.getAttribute("nodeset") : null;
            String path = ref == null ? context : resolve(context, ref);
            switch (name) {
                case "group" -> readBody(element, path, controls, repeats, itext, secondary);
                case "repeat" -> {
                    repeats.add(path);
                    readBody(element, path, controls, repeats, itext, secondary);
                }
                case "input", "select1", "select", "upload", "trigger", "range", "rank", "textarea", "secret" -> {
                    if (ref != null) {
                        String kind = "rank".equals(name) ? "odk:rank" : name;
                        controls.put(
                                path,
                                new Control(
                                        kind,
                                        labels(child(element, XFORMS, "label"), itext),
                                        choices(element, itext, secondary)));
                    }
                }
                default -> {}
            }
        }
    }

    private static List<FormSchema.Choice> choices(
            Element control, Map<String, Map<String, String>> itext, Map<String, Element> secondary) {
        List<FormSchema.Choice> choices = new ArrayList<>();
        for (Element item : children(control)) {
            if ("item".equals(item.getLocalName())) {
                Element value = child(item, XFORMS, "value");
                if (value != null) {
                    choices.add(new FormSchema.Choice(
                            value.getTextContent().strip(), labels(child(item, XFORMS, "label"), itext)));
                }
            } else if ("itemset".equals(item.getLocalName())) {
                choices.addAll(itemset(item, itext, secondary));
            }
        }
        return List.copyOf(choices);
    }

    private static List<FormSchema.Choice> itemset(
            Element itemset, Map<String, Map<String, String>> itext, Map<String, Element> secondary) {
        Matcher matcher = INSTANCE.matcher(itemset.getAttribute("nodeset"));
        if (!matcher.find()) {
            return List.of();
        }
        Element top = secondary.get(matcher.group(1));
        if (top == null) {
            return List.of();
        }
        // instance('x')/root/item: the first step names the instance's root, the last the items
        String[] steps = matcher.group(2).isEmpty()
                ? new String[0]
                : matcher.group(2).substring(1).split("/");
        List<Element> items = List.of(top);
        for (int i = 1; i < steps.length; i++) {
            String step = steps[i];
            List<Element> next = new ArrayList<>();
            for (Element item : items) {
                for (Element c : children(item)) {
                    if (c.getLocalName().equals(step)) {
                        next.add(c);
                    }
                }
            }
            items = next;
        }
        Element valueRef = child(itemset, XFORMS, "value");
        Element labelRef = child(itemset, XFORMS, "label");
        String valueName = valueRef == null ? "name" : valueRef.getAttribute("ref");
        String labelText = labelRef == null ? "label" : labelRef.getAttribute("ref");
        Matcher itextRef = ITEXT_CHILD.matcher(labelText);
        List<FormSchema.Choice> choices = new ArrayList<>();
        for (Element item : items) {
            String value = text(item, valueName);
            if (value == null) {
                continue;
            }
            Map<String, String> labels;
            if (itextRef.matches()) {
                String id = text(item, itextRef.group(1));
                labels = id == null ? Map.of() : itext.getOrDefault(id, Map.of());
            } else {
                String label = text(item, labelText);
                labels = label == null ? Map.of() : Map.of("", label);
            }
            choices.add(new FormSchema.Choice(value, labels));
        }
        return choices;
    }

    private static @Nullable String text(Element item, String childName) {
        for (Element c : children(item)) {
            if (c.getLocalName().equals(childName)) {
                return c.getTextContent().strip();
            }
        }
        return null;
    }

    private static Map<String, String> labels(@Nullable Element label, Map<String, Map<String, String>> itext) {
        if (label == null) {
            return Map.of();
        }
        Matcher matcher = ITEXT.matcher(label.getAttribute("ref"));
        if (matcher.matches()) {
            return itext.getOrDefault(matcher.group(1), Map.of());
        }
        String text = label.getTextContent().strip();
        return text.isEmpty() ? Map.of() : Map.of("", text);
    }

    private static void readItext(Element itextElement, Map<String, Map<String, String>> itext) {
        for (Element translation : children(itextElement)) {
            if (!"translation".equals(translation.getLocalName())) {
                continue;
            }
            String language = language(translation.getAttribute("lang"));
            for (Element text : children(translation)) {
                String id = text.getAttribute("id");
                String chosen = null;
                for (Element value : children(text)) {
                    String form = value.getAttribute("form");
                    if (form.isEmpty() || "long".equals(form)) {
                        if (chosen == null || form.isEmpty()) {
                            chosen = value.getTextContent().strip();
                        }
                    }
                }
                if (chosen != null) {
                    itext.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(language, chosen);
                }
            }
        }
    }

    /** {@code English (en)} → {@code en}; {@code default} → {@code ""}; otherwise the name lower-cased. */
    static String language(String lang) {
        Matcher matcher = LANGUAGE_CODE.matcher(lang);
        if (matcher.matches()) {
            return matcher.group(1).toLowerCase(Locale.ROOT);
        }
        String name = lang.strip().toLowerCase(Locale.ROOT);
        return "default".equals(name) ? "" : name;
    }

    private static String absolute(String nodeset) {
        return nodeset.strip();
    }

    private static String resolve(String context, String ref) {
        String r = ref.strip();
        if (r.startsWith("/")) {
            return r;
        }
        String base = context;
        while (r.startsWith("../")) {
            base = base.substring(0, Math.max(0, base.lastIndexOf('/')));
            r = r.substring(3);
        }
        if (r.startsWith("./")) {
            r = r.substring(2);
        }
        return r.isEmpty() || ".".equals(r) ? base : base + "/" + r;
    }

    private static Document parse(String xml) {
        // a stored XForm was read by the same parser when it was uploaded
        return XFormReader.parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                elements.add((Element) nodes.item(i));
            }
        }
        return elements;
    }

    private static @Nullable Element child(Element parent, String namespace, String name) {
        for (Element element : children(parent)) {
            if (name.equals(element.getLocalName()) && namespace.equals(element.getNamespaceURI())) {
                return element;
            }
        }
        return null;
    }

    private static @Nullable Element firstElement(Element parent) {
        return children(parent).stream().findFirst().orElse(null);
    }
}
