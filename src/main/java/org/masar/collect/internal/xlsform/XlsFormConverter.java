package org.masar.collect.internal.xlsform;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.javarosa.xform.util.XFormUtils;
import org.javarosa.xpath.XPathParseTool;
import org.javarosa.xpath.parser.XPathSyntaxException;
import org.jspecify.annotations.Nullable;
import org.masar.collect.ConvertedXForm;
import org.masar.collect.XlsFormInvalid;
import org.masar.collect.internal.xlsform.XlsFormSurvey.Kind;
import org.masar.collect.internal.xlsform.XlsFormSurvey.Node;
import org.masar.collect.internal.xlsform.XlsFormWorkbook.SheetData;
import org.masar.collect.internal.xlsform.XlsFormWorkbook.SheetRow;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Text;

/**
 * Converts one XLSForm workbook to an ODK XForm, as pyxform does: the {@code survey} sheet (question types, groups,
 * repeats, bind and body columns, {@code ${name}} references), {@code choices}, {@code settings} and {@code entities}.
 * Every error is collected with its sheet, row and reason, and thrown together as {@link XlsFormInvalid}. The XForm is
 * built as a DOM and written with StAX; the result is loaded in ODK JavaRosa before it is returned.
 *
 * <p>One instance converts one workbook: it is not thread-safe, {@link #convert(byte[])} makes a new one each time.
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
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    static final String SURVEY = "survey";
    static final String CHOICES = "choices";
    static final String SETTINGS = "settings";
    static final String ENTITIES_SHEET = "entities";

    private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}\\p{M}._-]*");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern PULLDATA = Pattern.compile("pulldata\\s*\\(\\s*['\"]([^'\"]+)['\"]");
    private static final Set<String> YES = Set.of("yes", "true", "true()", "1");
    private static final Set<String> NO = Set.of("no", "false", "false()", "0");
    private static final List<String> TRANSLATABLE = List.of(
            "label",
            "hint",
            "guidance_hint",
            "constraint_message",
            "required_message",
            "image",
            "big-image",
            "audio",
            "video");
    private static final List<String> MEDIA = List.of("image", "big-image", "audio", "video");
    private static final Map<String, String> COLUMN_ALIASES = Map.ofEntries(
            Map.entry("caption", "label"),
            Map.entry("relevance", "relevant"),
            Map.entry("constraint_message", "constraint_message"),
            Map.entry("jr:constraintmsg", "constraint_message"),
            Map.entry("required_message", "required_message"),
            Map.entry("jr:requiredmsg", "required_message"),
            Map.entry("calculate", "calculation"),
            Map.entry("readonly", "read_only"),
            Map.entry("jr:count", "repeat_count"),
            Map.entry("count", "repeat_count"),
            Map.entry("value", "name"),
            Map.entry("picture", "image"),
            Map.entry("photo", "image"),
            Map.entry("default_value", "default"),
            Map.entry("list_name", "list_name"),
            Map.entry("id_string", "form_id"));
    private static final Map<String, String> TYPE_ALIASES = Map.ofEntries(
            Map.entry("string", "text"),
            Map.entry("int", "integer"),
            Map.entry("float", "decimal"),
            Map.entry("datetime", "dateTime"),
            Map.entry("gps", "geopoint"),
            Map.entry("location", "geopoint"),
            Map.entry("photo", "image"),
            Map.entry("trigger", "acknowledge"),
            Map.entry("imei", "deviceid"),
            Map.entry("begin_group", "begin group"),
            Map.entry("end_group", "end group"),
            Map.entry("begin_repeat", "begin repeat"),
            Map.entry("end_repeat", "end repeat"),
            Map.entry("begin group", "begin group"),
            Map.entry("end group", "end group"),
            Map.entry("begin repeat", "begin repeat"),
            Map.entry("end repeat", "end repeat"),
            Map.entry("select one", "select_one"),
            Map.entry("select1", "select_one"),
            Map.entry("select all that apply", "select_multiple"),
            Map.entry("select multiple", "select_multiple"),
            Map.entry("select one from file", "select_one_from_file"),
            Map.entry("select multiple from file", "select_multiple_from_file"),
            Map.entry("select one external", "select_one_external"));

    /** How each question type is bound and shown. */
    record TypeInfo(
            String bindType,
            @Nullable String control,
            @Nullable String mediatype) {}

    static final Map<String, TypeInfo> TYPES = Map.ofEntries(
            Map.entry("text", new TypeInfo("string", "input", null)),
            Map.entry("integer", new TypeInfo("int", "input", null)),
            Map.entry("decimal", new TypeInfo("decimal", "input", null)),
            Map.entry("range", new TypeInfo("int", "range", null)),
            Map.entry("date", new TypeInfo("date", "input", null)),
            Map.entry("time", new TypeInfo("time", "input", null)),
            Map.entry("dateTime", new TypeInfo("dateTime", "input", null)),
            Map.entry("geopoint", new TypeInfo("geopoint", "input", null)),
            Map.entry("geotrace", new TypeInfo("geotrace", "input", null)),
            Map.entry("geoshape", new TypeInfo("geoshape", "input", null)),
            Map.entry("barcode", new TypeInfo("barcode", "input", null)),
            Map.entry("image", new TypeInfo("binary", "upload", "image/*")),
            Map.entry("audio", new TypeInfo("binary", "upload", "audio/*")),
            Map.entry("video", new TypeInfo("binary", "upload", "video/*")),
            Map.entry("file", new TypeInfo("binary", "upload", "application/*")),
            Map.entry("background-audio", new TypeInfo("binary", null, null)),
            Map.entry("note", new TypeInfo("string", "input", null)),
            Map.entry("acknowledge", new TypeInfo("string", "trigger", null)),
            Map.entry("calculate", new TypeInfo("string", null, null)),
            Map.entry("hidden", new TypeInfo("string", null, null)),
            Map.entry("select_one", new TypeInfo("string", "select1", null)),
            Map.entry("select_multiple", new TypeInfo("string", "select", null)),
            Map.entry("select_one_from_file", new TypeInfo("string", "select1", null)),
            Map.entry("select_one_external", new TypeInfo("string", "input", null)),
            Map.entry("select_multiple_from_file", new TypeInfo("string", "select", null)),
            Map.entry("rank", new TypeInfo("odk:rank", "odk:rank", null)),
            Map.entry("start", new TypeInfo("dateTime", null, null)),
            Map.entry("end", new TypeInfo("dateTime", null, null)),
            Map.entry("today", new TypeInfo("date", null, null)),
            Map.entry("deviceid", new TypeInfo("string", null, null)),
            Map.entry("phonenumber", new TypeInfo("string", null, null)),
            Map.entry("username", new TypeInfo("string", null, null)),
            Map.entry("email", new TypeInfo("string", null, null)),
            Map.entry("simserial", new TypeInfo("string", null, null)),
            Map.entry("subscriberid", new TypeInfo("string", null, null)),
            Map.entry("start-geopoint", new TypeInfo("geopoint", null, null)),
            Map.entry("background-geopoint", new TypeInfo("geopoint", null, null)),
            Map.entry("audit", new TypeInfo("binary", null, null)),
            Map.entry("xml-external", new TypeInfo("string", null, null)),
            Map.entry("csv-external", new TypeInfo("string", null, null)));

    private static final Set<String> SELECTS = Set.of(
            "select_one",
            "select_multiple",
            "select_one_from_file",
            "select_multiple_from_file",
            "rank",
            "select_one_external");
    private static final Set<String> PROPERTIES =
            Set.of("deviceid", "phonenumber", "username", "email", "simserial", "subscriberid");
    private static final Map<String, Set<String>> PARAMETERS = Map.ofEntries(
            Map.entry("range", Set.of("start", "end", "step")),
            Map.entry("image", Set.of("max-pixels", "app")),
            Map.entry("audio", Set.of("quality")),
            Map.entry("background-audio", Set.of("quality")),
            Map.entry("geopoint", Set.of("capture-accuracy", "warning-accuracy", "allow-mock-accuracy")),
            Map.entry("geotrace", Set.of("allow-mock-accuracy", "incremental")),
            Map.entry("geoshape", Set.of("allow-mock-accuracy", "incremental")),
            Map.entry("start-geopoint", Set.of("allow-mock-accuracy")),
            Map.entry(
                    "audit",
                    Set.of(
                            "location-priority",
                            "location-min-interval",
                            "location-max-age",
                            "track-changes",
                            "identify-user",
                            "track-changes-reasons")),
            Map.entry("select_one", Set.of("randomize", "seed")),
            Map.entry("select_multiple", Set.of("randomize", "seed")),
            Map.entry("rank", Set.of("randomize", "seed")),
            Map.entry("select_one_from_file", Set.of("randomize", "seed", "value", "label")),
            Map.entry("select_multiple_from_file", Set.of("randomize", "seed", "value", "label")));

    private final List<XlsFormInvalid.Error> errors = new ArrayList<>();
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final Map<String, ChoiceList> lists = new LinkedHashMap<>();
    private final Map<String, List<Node>> byName = new HashMap<>();
    private final Set<String> media = new TreeSet<>();
    private final List<String> languages = new ArrayList<>();
    private boolean itext;
    private String defaultLanguage = "default";
    private Node root = new Node(Kind.ROOT, "survey", "data", 1, Map.of());
    private @Nullable Entity entity;

    private Document doc;
    private final Map<String, Map<String, Map<String, String>>> translations = new LinkedHashMap<>();
    private final List<Element> binds = new ArrayList<>();
    private final List<Element> modelActions = new ArrayList<>();
    private final Map<String, Element> externalInstances = new LinkedHashMap<>();
    private final Set<String> usedLists = new LinkedHashSet<>();
    private final Set<String> externalLists = new LinkedHashSet<>();
    private final Map<Node, List<Node>> triggered = new LinkedHashMap<>();

    /** One choice of a list. */
    record Choice(int row, String name, Map<String, String> cells) {}

    /** A list of the choices sheet. */
    static final class ChoiceList {
        final String name;
        final List<Choice> choices = new ArrayList<>();
        boolean itext;
        boolean other;

        ChoiceList(String name) {
            this.name = name;
        }
    }

    /** The entities sheet's one row. */
    record Entity(int row, String dataset, String label, String createIf, String updateIf, String entityId) {}

    private XlsFormConverter() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            doc = factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
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
        readSettings(workbook.sheet(SETTINGS));
        readLanguages(survey, workbook.sheet(CHOICES));
        readChoices(workbook.sheet(CHOICES));
        readEntities(workbook.sheet(ENTITIES_SHEET));
        SheetData externalChoices = workbook.sheet("external_choices");
        if (externalChoices != null) {
            for (SheetRow row : externalChoices.rows()) {
                String list = cells(row).getOrDefault("list_name", "");
                if (!list.isEmpty()) {
                    externalLists.add(list);
                }
            }
        }
        readSurvey(survey);
        checkSelects();
        String xml;
        try {
            // Written even when errors were found, to find the errors of the expressions too.
            xml = write();
        } catch (RuntimeException e) {
            if (errors.isEmpty()) {
                throw e;
            }
            throw invalid();
        }
        if (!errors.isEmpty()) {
            throw invalid();
        }
        checkWithJavaRosa(xml);
        if (!errors.isEmpty()) {
            throw invalid();
        }
        String formId = settings.getOrDefault("form_id", root.name);
        String title = settings.getOrDefault("form_title", formId);
        return new ConvertedXForm(xml, formId, settings.get("version"), title, List.copyOf(media));
    }

    private XlsFormInvalid invalid() {
        List<String> order = List.of(SURVEY, CHOICES, SETTINGS, ENTITIES_SHEET);
        List<XlsFormInvalid.Error> sorted = new ArrayList<>(errors);
        sorted.sort(
                Comparator.comparingInt((XlsFormInvalid.Error e) -> e.sheet() == null ? -1 : order.indexOf(e.sheet()))
                        .thenComparingInt(e -> e.row() == null ? 0 : e.row()));
        return new XlsFormInvalid(sorted);
    }

    private void error(@Nullable String sheet, @Nullable Integer row, String reason) {
        XlsFormInvalid.Error error = new XlsFormInvalid.Error(sheet, row, reason);
        if (!errors.contains(error)) {
            errors.add(error);
        }
    }

    // ---------------------------------------------------------------- reading

    /** A header as the converter names it: base name in lower case (aliases resolved), then {@code ::language}. */
    static String column(String header) {
        String[] parts = header.strip().split("::", -1);
        int start = 0;
        if (parts.length > 1 && parts[0].strip().equalsIgnoreCase("media")) {
            start = 1;
        }
        String base = parts[start].strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        base = COLUMN_ALIASES.getOrDefault(base, base);
        if (base.equals("bind") || base.equals("body") || base.equals("instance")) {
            return parts.length > start + 1 ? base + "::" + parts[start + 1].strip() : base;
        }
        if (parts.length > start + 1) {
            StringBuilder language = new StringBuilder();
            for (int i = start + 1; i < parts.length; i++) {
                language.append(i > start + 1 ? "::" : "").append(parts[i].strip());
            }
            return base + "::" + language;
        }
        return base;
    }

    private static Map<String, String> cells(SheetRow row) {
        Map<String, String> cells = new LinkedHashMap<>();
        row.cells().forEach((header, value) -> cells.putIfAbsent(column(header), value));
        return cells;
    }

    private void readSettings(@Nullable SheetData sheet) {
        if (sheet == null || sheet.rows().isEmpty()) {
            return;
        }
        SheetRow row = sheet.rows().getFirst();
        cells(row).forEach((key, value) -> settings.put(key, value));
        String name = settings.get("name");
        if (name != null) {
            if (NAME.matcher(name).matches()) {
                root.name = name;
            } else {
                error(SETTINGS, row.number(), "The name '" + name + "' is not a valid XML name.");
            }
        }
        String formId = settings.get("form_id");
        if (formId != null && formId.chars().anyMatch(Character::isWhitespace)) {
            error(SETTINGS, row.number(), "The form_id '" + formId + "' must not contain spaces.");
        }
        String version = settings.get("version");
        if (version != null && version.chars().anyMatch(Character::isWhitespace)) {
            error(SETTINGS, row.number(), "The version '" + version + "' must not contain spaces.");
        }
        String key = settings.get("public_key");
        if (key != null) {
            try {
                KeyFactory.getInstance("RSA")
                        .generatePublic(
                                new X509EncodedKeySpec(Base64.getDecoder().decode(key.replaceAll("\\s", ""))));
            } catch (Exception e) {
                error(SETTINGS, row.number(), "The public_key is not a base64-encoded RSA public key.");
            }
        }
        for (String flag : List.of("allow_choice_duplicates", "auto_send", "auto_delete", "clean_text_values")) {
            String value = settings.get(flag);
            if (value != null && !yes(value) && !no(value)) {
                error(SETTINGS, row.number(), "The " + flag + " setting must be 'yes' or 'no', not '" + value + "'.");
            }
        }
        if (settings.containsKey("default_language")) {
            defaultLanguage = settings.get("default_language");
        }
    }

    private void readLanguages(SheetData survey, @Nullable SheetData choices) {
        Set<String> found = new LinkedHashSet<>();
        boolean plain = false;
        boolean mediaOrGuidance = false;
        List<SheetData> sheets = new ArrayList<>();
        sheets.add(survey);
        if (choices != null) {
            sheets.add(choices);
        }
        for (SheetData sheet : sheets) {
            for (String header : sheet.headers()) {
                String column = column(header);
                String base = column.contains("::") ? column.substring(0, column.indexOf("::")) : column;
                if (!TRANSLATABLE.contains(base)) {
                    continue;
                }
                boolean used =
                        sheet.rows().stream().anyMatch(r -> !r.get(header).isEmpty());
                if (!used) {
                    continue;
                }
                if (MEDIA.contains(base) || base.equals("guidance_hint")) {
                    mediaOrGuidance = true;
                }
                if (column.contains("::")) {
                    found.add(column.substring(column.indexOf("::") + 2));
                } else {
                    plain = true;
                }
            }
        }
        if (found.isEmpty()) {
            itext = mediaOrGuidance;
            if (itext) {
                languages.add(defaultLanguage);
            }
            return;
        }
        itext = true;
        if (plain && !found.contains(defaultLanguage)) {
            languages.add(defaultLanguage);
        }
        languages.addAll(found);
    }

    private void readChoices(@Nullable SheetData sheet) {
        if (sheet == null) {
            return;
        }
        boolean duplicatesAllowed = yes(settings.getOrDefault("allow_choice_duplicates", "no"));
        for (SheetRow row : sheet.rows()) {
            Map<String, String> cells = cells(row);
            String listName = cells.getOrDefault("list_name", "");
            String name = cells.getOrDefault("name", "");
            if (listName.isEmpty()) {
                error(CHOICES, row.number(), "The 'list_name' value is invalid. Choices must belong to a list.");
                continue;
            }
            ChoiceList list = lists.computeIfAbsent(listName, ChoiceList::new);
            if (name.isEmpty()) {
                error(CHOICES, row.number(), "The 'name' value is invalid. Choices must have a name.");
                continue;
            }
            boolean labelled = cells.keySet().stream()
                    .anyMatch(c -> c.equals("label") || c.startsWith("label::") || MEDIA.contains(base(c)));
            if (!labelled) {
                error(CHOICES, row.number(), "The 'label' value is invalid. Choices should have a label.");
            }
            if (!duplicatesAllowed
                    && list.choices.stream().anyMatch(c -> c.name().equals(name))) {
                error(
                        CHOICES,
                        row.number(),
                        "The 'name' value is invalid. Choice names must be unique for each choice list. If this is"
                                + " intentional, use the setting 'allow_choice_duplicates'.");
            }
            for (String column : cells.keySet()) {
                String base = base(column);
                if (itext && (column.startsWith("label::") || MEDIA.contains(base))) {
                    list.itext = true;
                }
                if (MEDIA.contains(base)) {
                    media.add(cells.get(column));
                }
            }
            list.choices.add(new Choice(row.number(), name, cells));
        }
    }

    private static String base(String column) {
        int at = column.indexOf("::");
        return at < 0 ? column : column.substring(0, at);
    }

    private void readEntities(@Nullable SheetData sheet) {
        if (sheet == null || sheet.rows().isEmpty()) {
            return;
        }
        if (sheet.rows().size() > 1) {
            error(ENTITIES_SHEET, sheet.rows().get(1).number(), "The entities sheet may declare only one entity.");
        }
        SheetRow row = sheet.rows().getFirst();
        Map<String, String> cells = cells(row);
        String dataset = cells.getOrDefault("list_name", "");
        if (dataset.isEmpty()) {
            error(ENTITIES_SHEET, row.number(), "The entity has no list_name (the dataset it belongs to).");
        } else if (!NAME.matcher(dataset).matches() || dataset.startsWith("__") || dataset.contains(".")) {
            error(ENTITIES_SHEET, row.number(), "The list_name '" + dataset + "' is not a valid dataset name.");
        }
        String entityId = cells.getOrDefault("entity_id", "");
        String label = cells.getOrDefault("label", "");
        if (label.isEmpty() && entityId.isEmpty()) {
            error(ENTITIES_SHEET, row.number(), "The entity has no label: an entity created by the form needs one.");
        }
        if (!cells.getOrDefault("update_if", "").isEmpty() && entityId.isEmpty()) {
            error(ENTITIES_SHEET, row.number(), "The entity has an update_if but no entity_id.");
        }
        entity = new Entity(
                row.number(),
                dataset,
                label,
                cells.getOrDefault("create_if", ""),
                cells.getOrDefault("update_if", ""),
                entityId);
    }

    private void readSurvey(SheetData sheet) {
        List<Node> stack = new ArrayList<>();
        stack.add(root);
        for (SheetRow sheetRow : sheet.rows()) {
            Map<String, String> cells = cells(sheetRow);
            int row = sheetRow.number();
            if (yes(cells.getOrDefault("disabled", "no"))) {
                continue;
            }
            String typeCell = cells.getOrDefault("type", "").strip();
            String name = cells.getOrDefault("name", "");
            if (typeCell.isEmpty()) {
                if (!name.isEmpty() || cells.keySet().stream().anyMatch(c -> base(c).equals("label"))) {
                    error(SURVEY, row, "The question has no type.");
                }
                continue;
            }
            String[] parsed = parseType(typeCell);
            String type = parsed[0];
            Node parent = stack.getLast();
            if (type.equals("end group") || type.equals("end repeat")) {
                Kind expected = type.equals("end group") ? Kind.GROUP : Kind.REPEAT;
                if (parent.kind != expected) {
                    error(
                            SURVEY,
                            row,
                            "Unmatched '" + type.replace(' ', '_') + "'. No matching 'begin_" + type.substring(4)
                                    + "' was found for the name '" + name + "'.");
                } else {
                    stack.removeLast();
                }
                continue;
            }
            if (type.equals("begin group") || type.equals("begin repeat")) {
                Node node = new Node(type.equals("begin group") ? Kind.GROUP : Kind.REPEAT, type, name, row, cells);
                if (checkName(node, parent)) {
                    parent.add(node);
                    index(node);
                }
                stack.add(node);
                continue;
            }
            if (!TYPES.containsKey(type)) {
                error(SURVEY, row, "Unknown question type '" + typeCell + "'.");
                continue;
            }
            Node node = new Node(Kind.QUESTION, type, name, row, cells);
            if (SELECTS.contains(type)) {
                String argument = parsed[1];
                if (argument.isEmpty()) {
                    error(
                            SURVEY,
                            row,
                            "The " + type + " question has no "
                                    + (type.endsWith("from_file") ? "file name" : "list name") + " after its type.");
                    continue;
                }
                if (type.endsWith("_from_file")) {
                    String lower = argument.toLowerCase(Locale.ROOT);
                    if (!lower.endsWith(".csv") && !lower.endsWith(".xml") && !lower.endsWith(".geojson")) {
                        error(
                                SURVEY,
                                row,
                                "The file '" + argument + "' of " + type + " must be a .csv, .xml or .geojson file.");
                        continue;
                    }
                    node.file = argument;
                    media.add(argument);
                } else {
                    node.list = argument;
                }
                node.orOther = parsed[2].equals("or_other");
                if (!parsed[2].isEmpty() && !node.orOther) {
                    error(SURVEY, row, "Unknown question type '" + typeCell + "'.");
                    continue;
                }
            } else if (!parsed[1].isEmpty()) {
                error(SURVEY, row, "Unknown question type '" + typeCell + "'.");
                continue;
            }
            if (type.equals("xml-external") || type.equals("csv-external")) {
                media.add(name + (type.equals("xml-external") ? ".xml" : ".csv"));
            }
            if (type.equals("audit")) {
                continue; // placed under meta when the form is written
            }
            if (checkName(node, parent)) {
                parent.add(node);
                index(node);
                if (node.orOther) {
                    Node other = new Node(Kind.QUESTION, "text", name + "_other", row, Map.of());
                    other.generatedLabel = "Specify other.";
                    other.generatedRelevant = "selected(../" + name + ", 'other')";
                    if (checkName(other, parent)) {
                        parent.add(other);
                        index(other);
                    }
                }
            }
            for (String column : cells.keySet()) {
                if (MEDIA.contains(base(column))) {
                    media.add(cells.get(column));
                }
                Matcher pulldata = PULLDATA.matcher(cells.get(column));
                while (pulldata.find()) {
                    media.add(pulldata.group(1) + ".csv");
                }
            }
        }
        for (int i = stack.size() - 1; i > 0; i--) {
            Node open = stack.get(i);
            error(
                    SURVEY,
                    open.row,
                    "Unmatched '" + open.type.replace(' ', '_') + "'. No matching 'end_" + open.type.substring(6)
                            + "' was found for the name '" + open.name + "'.");
        }
        SheetRow auditRow = sheet.rows().stream()
                .filter(r -> parseType(cells(r).getOrDefault("type", ""))[0].equals("audit"))
                .findFirst()
                .orElse(null);
        if (auditRow != null) {
            Map<String, String> cells = cells(auditRow);
            audit = new Node(Kind.QUESTION, "audit", "audit", auditRow.number(), cells);
        }
    }

    private @Nullable Node audit;

    /** {type, argument, or_other} of a type cell. */
    static String[] parseType(String cell) {
        String text = cell.strip().replaceAll("\\s+", " ");
        String lower = text.toLowerCase(Locale.ROOT);
        for (String alias : List.of(
                "begin group",
                "end group",
                "begin repeat",
                "end repeat",
                "select one external",
                "select one from file",
                "select multiple from file",
                "select one",
                "select all that apply",
                "select multiple")) {
            if (lower.equals(alias) || lower.startsWith(alias + " ")) {
                String rest = text.substring(alias.length()).strip();
                String[] split = rest.isEmpty() ? new String[0] : rest.split(" ");
                return new String[] {
                    TYPE_ALIASES.get(alias), split.length > 0 ? split[0] : "", split.length > 1 ? split[1] : ""
                };
            }
        }
        String[] split = text.split(" ");
        String type = split[0];
        String key = type.toLowerCase(Locale.ROOT);
        if (TYPE_ALIASES.containsKey(key)) {
            type = TYPE_ALIASES.get(key);
        } else if (!TYPES.containsKey(type) && TYPES.containsKey(key)) {
            type = key;
        } else if (key.equals("datetime")) {
            type = "dateTime";
        }
        String argument = split.length > 1 ? split[1] : "";
        String third = split.length > 2 ? split[2] : "";
        if (split.length > 3) {
            third = "?";
        }
        return new String[] {type, argument, third};
    }

    private boolean checkName(Node node, Node parent) {
        if (node.name.isEmpty()) {
            error(SURVEY, node.row, "The 'name' value is invalid. Questions, groups and repeats must have a name.");
            return false;
        }
        if (!NAME.matcher(node.name).matches()) {
            error(
                    SURVEY,
                    node.row,
                    "The 'name' value is invalid. Names must begin with a letter or underscore. After the first"
                            + " character, names may contain letters, digits, underscores, hyphens, or periods.");
            return false;
        }
        for (Node sibling : parent.children) {
            if (sibling.name.equals(node.name)) {
                error(
                        SURVEY,
                        node.row,
                        "The 'name' value '" + node.name + "' is invalid. Questions, groups, and repeats must be"
                                + " unique within their nearest parent group or repeat, or the survey if not inside a"
                                + " group or repeat.");
                return false;
            }
        }
        if (node.name.equals("meta")) {
            error(
                    SURVEY,
                    node.row,
                    "The 'name' value 'meta' is invalid. The name 'meta' is reserved for form" + " metadata.");
            return false;
        }
        if (node.kind == Kind.REPEAT) {
            if (node.name.equals(root.name)) {
                error(
                        SURVEY,
                        node.row,
                        "The 'name' value '" + node.name + "' is invalid. Repeat names must not be"
                                + " the same as the survey root (which defaults to 'data').");
                return false;
            }
            if (byName.getOrDefault(node.name, List.of()).stream().anyMatch(n -> n.kind == Kind.REPEAT)) {
                error(
                        SURVEY,
                        node.row,
                        "The 'name' value '" + node.name + "' is invalid. Repeat names must unique"
                                + " anywhere in the survey, at all levels of group or repeat nesting.");
                return false;
            }
        }
        return true;
    }

    private void index(Node node) {
        byName.computeIfAbsent(node.name, k -> new ArrayList<>()).add(node);
    }

    private void checkSelects() {
        walk(root, node -> {
            if (node.list != null && node.type.equals("select_one_external")) {
                if (!externalLists.contains(node.list)) {
                    error(SURVEY, node.row, "The list '" + node.list + "' is not in the external_choices sheet.");
                }
                media.add("itemsets.csv");
                return;
            }
            if (node.list != null) {
                ChoiceList list = lists.get(node.list);
                if (list == null) {
                    error(SURVEY, node.row, "The list '" + node.list + "' is not in the choices sheet.");
                    return;
                }
                usedLists.add(list.name);
                if (node.orOther) {
                    if (!node.cell("choice_filter").isEmpty()) {
                        error(SURVEY, node.row, "or_other cannot be used with a choice_filter.");
                    }
                    list.other = true;
                }
                if (node.type.equals("select_multiple")) {
                    for (Choice choice : list.choices) {
                        if (choice.name().contains(" ")) {
                            error(
                                    CHOICES,
                                    choice.row(),
                                    "The choice name '" + choice.name() + "' has a space: choices of a"
                                            + " select_multiple cannot (list '" + list.name + "').");
                        }
                    }
                }
            }
        });
    }

    private interface Visitor {
        void visit(Node node);
    }

    private static void walk(Node node, Visitor visitor) {
        visitor.visit(node);
        for (Node child : List.copyOf(node.children)) {
            walk(child, visitor);
        }
    }

    // ---------------------------------------------------------------- expressions

    /**
     * An XLSForm expression as XPath: each {@code ${name}} becomes the path of that element, surrounded by spaces as
     * pyxform writes it, relative ({@code ../x}) between elements of the same repeat and {@code current()/…} in a
     * predicate; checked by JavaRosa's XPath parser.
     */
    private String expression(String text, Node context, String sheet, int row, String column) {
        return expression(text, context, sheet, row, column, false);
    }

    /** An expression, {@code predicate} when it is written inside a predicate ({@code choice_filter}). */
    private String expression(String text, Node context, String sheet, int row, String column, boolean predicate) {
        String xpath = references(text, context, sheet, row, column, true, predicate);
        if (xpath == null) {
            return text;
        }
        try {
            XPathParseTool.parseXPath(xpath);
        } catch (XPathSyntaxException | RuntimeException e) {
            error(
                    sheet,
                    row,
                    "The " + column + " '" + text + "' is not a valid expression: "
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        return xpath;
    }

    /** Replaces the references; null (and errors recorded) when one names nothing. */
    private @Nullable String references(
            String text,
            Node context,
            String sheet,
            int row,
            String column,
            boolean inExpression,
            boolean inPredicate) {
        Matcher matcher = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean failed = false;
        int last = 0;
        while (matcher.find()) {
            out.append(text, last, matcher.start());
            last = matcher.end();
            String name = matcher.group(1).strip();
            boolean lastSaved = name.startsWith("last-saved#");
            if (lastSaved) {
                name = name.substring("last-saved#".length());
            }
            Node target = target(name, sheet, row, column);
            if (target == null) {
                failed = true;
                continue;
            }
            if (lastSaved) {
                externalInstances.computeIfAbsent("__last-saved", id -> {
                    Element instance = xf("instance");
                    instance.setAttribute("id", id);
                    instance.setAttribute("src", "jr://instance/last-saved");
                    return instance;
                });
                out.append(" instance('__last-saved')").append(target.path()).append(' ');
                continue;
            }
            boolean predicate = inPredicate || inExpression && inPredicate(text, matcher.start());
            out.append(' ').append(path(target, context, predicate)).append(' ');
        }
        out.append(text.substring(last));
        return failed ? null : out.toString();
    }

    private @Nullable Node target(String name, String sheet, int row, String column) {
        List<Node> found = byName.get(name);
        if (found == null || found.isEmpty()) {
            error(
                    sheet,
                    row,
                    "The '" + column + "' value is invalid. Reference variables must contain a name from the 'survey'"
                            + " sheet. Could not find the name '" + name + "'.");
            return null;
        }
        if (found.size() > 1) {
            error(
                    sheet,
                    row,
                    "The '" + column + "' value is invalid. Reference variables names must be unique anywhere in the"
                            + " 'survey'. The name '" + name + "' appears more than once.");
            return null;
        }
        return found.getFirst();
    }

    private static boolean inPredicate(String text, int position) {
        int depth = 0;
        boolean quoted = false;
        char quote = 0;
        for (int i = 0; i < position; i++) {
            char c = text.charAt(i);
            if (quoted) {
                quoted = c != quote;
            } else if (c == '\'' || c == '"') {
                quoted = true;
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
        }
        return depth > 0;
    }

    /** The path from the context to the target: absolute, or relative within a shared repeat. */
    static String path(Node target, Node context, boolean predicate) {
        Node common = context;
        while (common != null && !common.isAncestorOf(target)) {
            common = common.parent;
        }
        if (common == null || !common.inRepeat() || common == target && target == context) {
            return target.path();
        }
        StringBuilder relative = new StringBuilder(predicate ? "current()/" : "");
        int up = context.depth() - common.depth();
        for (int i = 0; i < up; i++) {
            relative.append(i > 0 ? "/" : "").append("..");
        }
        String down = target.path().substring(common.path().length());
        if (up == 0) {
            relative.append(down.isEmpty() ? "." : down.substring(1));
        } else {
            relative.append(down);
        }
        return relative.toString();
    }

    // ---------------------------------------------------------------- writing

    private Element xf(String name) {
        return doc.createElementNS(XF, name);
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
        if (entity != null) {
            html.setAttributeNS(XMLNS, "xmlns:entities", ENTITIES);
        }
        Element head = doc.createElementNS(H, "h:head");
        html.appendChild(head);
        Element title = doc.createElementNS(H, "h:title");
        title.setTextContent(settings.getOrDefault("form_title", settings.getOrDefault("form_id", root.name)));
        head.appendChild(title);
        Element model = xf("model");
        model.setAttributeNS(ODK, "odk:xforms-version", "1.0.0");
        if (entity != null) {
            model.setAttributeNS(ENTITIES, "entities:entities-version", "2024.1.0");
        }
        head.appendChild(model);
        Element body = doc.createElementNS(H, "h:body");
        if (settings.containsKey("style")) {
            body.setAttribute("class", settings.get("style"));
        }
        html.appendChild(body);

        Element submission = submission();
        if (submission != null) {
            model.appendChild(submission);
        }
        Element itextElement = xf("itext");
        if (itext) {
            model.appendChild(itextElement);
        }
        Element instance = xf("instance");
        model.appendChild(instance);
        Element data = xf(root.name);
        data.setAttribute("id", settings.getOrDefault("form_id", root.name));
        if (settings.containsKey("version")) {
            data.setAttribute("version", settings.get("version"));
        }
        instance.appendChild(data);
        for (Node child : root.children) {
            instanceNode(child, data, false);
        }
        collectTriggers();
        for (Node child : root.children) {
            control(child, body);
        }
        meta(data);
        for (String listName : usedLists) {
            model.appendChild(choiceInstance(lists.get(listName)));
        }
        externalInstances.values().forEach(model::appendChild);
        binds.forEach(model::appendChild);
        modelActions.forEach(model::appendChild);
        if (itext) {
            for (String language : languages) {
                Element translation = xf("translation");
                translation.setAttribute("lang", language);
                if (language.equals(defaultLanguage)) {
                    translation.setAttribute("default", "true()");
                }
                itextElement.appendChild(translation);
                Map<String, Map<String, String>> texts = translations.getOrDefault(language, Map.of());
                texts.forEach((id, forms) -> {
                    Element text = xf("text");
                    text.setAttribute("id", id);
                    forms.forEach((form, value) -> {
                        Element element = xf("value");
                        if (!form.isEmpty()) {
                            element.setAttribute("form", form);
                        }
                        appendMixed(element, value, contextOf(id), id.endsWith(":hint") ? "hint" : "label");
                        text.appendChild(element);
                    });
                    translation.appendChild(text);
                });
            }
        }
        return serialize();
    }

    private final Map<String, Node> itextContexts = new HashMap<>();

    private Node contextOf(String id) {
        Node node = itextContexts.get(id);
        return node == null ? root : node;
    }

    private @Nullable Element submission() {
        String key = settings.get("public_key");
        String url = settings.get("submission_url");
        String autoSend = settings.get("auto_send");
        String autoDelete = settings.get("auto_delete");
        if (key == null && url == null && autoSend == null && autoDelete == null) {
            return null;
        }
        Element submission = xf("submission");
        if (url != null) {
            submission.setAttribute("action", url);
        }
        if (key != null) {
            submission.setAttribute("base64RsaPublicKey", key.replaceAll("\\s", ""));
        }
        if (autoDelete != null) {
            submission.setAttributeNS(ORX, "orx:auto-delete", yes(autoDelete) ? "true" : "false");
        }
        if (autoSend != null) {
            submission.setAttributeNS(ORX, "orx:auto-send", yes(autoSend) ? "true" : "false");
        }
        submission.setAttribute("method", "post");
        if (key != null || url != null) {
            submission.setAttribute("method", "form-data-post");
        }
        return submission;
    }

    /**
     * Declares an external secondary instance once: the same id from the same source is one instance (a CSV used by a
     * select from file, a csv-external and pulldata), the same id from two sources an error, as in pyxform.
     */
    private void external(String id, String src, int row) {
        Element existing = externalInstances.get(id);
        if (existing != null) {
            if (!existing.getAttribute("src").equals(src)) {
                error(
                        SURVEY,
                        row,
                        "Instance names must be unique within a form. The name '" + id + "' is used for" + " both "
                                + existing.getAttribute("src") + " and " + src + ".");
            }
            return;
        }
        if (lists.containsKey(id) && usedLists.contains(id)) {
            error(
                    SURVEY,
                    row,
                    "Instance names must be unique within a form. The name '" + id + "' is both a choice"
                            + " list and an external file.");
            return;
        }
        Element external = xf("instance");
        external.setAttribute("id", id);
        external.setAttribute("src", src);
        externalInstances.put(id, external);
    }

    private void instanceNode(Node node, Element parent, boolean template) {
        if (node.kind == Kind.QUESTION && (node.type.equals("xml-external") || node.type.equals("csv-external"))) {
            external(
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
                external(pulldata.group(1), "jr://file-csv/" + pulldata.group(1) + ".csv", node.row);
            }
        }
        Element element = xf(node.name);
        // As pyxform lays them out, and JavaRosa expects: a repeat's template in the template of its parent repeat (or
        // beside its first instance at the top), its instances in its parent's instance.
        if (node.kind == Kind.REPEAT && (template || node.nearestRepeat() == null)) {
            Element templateElement = xf(node.name);
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
                setPrefixed(element, cell.getKey().substring("instance::".length()), cell.getValue(), node);
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
        Element bind = xf("bind");
        bind.setAttribute("nodeset", node.path());
        if (node.kind == Kind.QUESTION) {
            TypeInfo info = TYPES.get(node.type);
            String type = info.bindType();
            if (node.type.equals("range")) {
                Map<String, String> parameters = parameters(node);
                boolean decimal = parameters.values().stream().anyMatch(v -> v.contains("."));
                type = decimal ? "decimal" : "int";
            }
            bind.setAttribute("type", type);
            String calculation = node.cell("calculation");
            if (!calculation.isEmpty() && node.cell("trigger").isEmpty()) {
                bind.setAttribute("calculate", expression(calculation, node, SURVEY, node.row, "calculation"));
            } else if (node.type.equals("calculate") && node.cell("trigger").isEmpty()) {
                error(SURVEY, node.row, "The calculate question '" + node.name + "' has no calculation.");
            }
            if (node.type.equals("note")) {
                bind.setAttribute("readonly", "true()");
            }
            if (node.type.equals("background-geopoint")) {
                if (node.cell("trigger").isEmpty()) {
                    error(
                            SURVEY,
                            node.row,
                            "The background-geopoint question needs a trigger: the question whose"
                                    + " change records the location.");
                }
                if (!calculation.isEmpty()) {
                    error(SURVEY, node.row, "The background-geopoint question must have no calculation.");
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
                    String quality = parameters(node).get("quality");
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
                if (entity == null) {
                    error(SURVEY, node.row, "The save_to column needs an entities sheet that declares the entity.");
                } else if (!NAME.matcher(saveTo).matches()
                        || saveTo.startsWith("__")
                        || saveTo.equals("name")
                        || saveTo.equals("label")) {
                    error(SURVEY, node.row, "The save_to '" + saveTo + "' is not a valid entity property name.");
                } else if (node.inRepeat()) {
                    error(SURVEY, node.row, "A question in a repeat cannot be saved to the entity.");
                } else {
                    bind.setAttributeNS(ENTITIES, "entities:saveto", saveTo);
                }
            }
        }
        String required = node.cell("required");
        if (!required.isEmpty() && !no(required)) {
            bind.setAttribute(
                    "required", yes(required) ? "true()" : expression(required, node, SURVEY, node.row, "required"));
        }
        String readOnly = node.cell("read_only");
        if (!readOnly.isEmpty() && !no(readOnly)) {
            bind.setAttribute(
                    "readonly", yes(readOnly) ? "true()" : expression(readOnly, node, SURVEY, node.row, "read_only"));
        }
        String relevant = node.generatedRelevant != null ? node.generatedRelevant : node.cell("relevant");
        if (!relevant.isEmpty()) {
            bind.setAttribute("relevant", expression(relevant, node, SURVEY, node.row, "relevant"));
        }
        String constraint = node.cell("constraint");
        if (!constraint.isEmpty()) {
            bind.setAttribute("constraint", expression(constraint, node, SURVEY, node.row, "constraint"));
        }
        message(node, bind, "constraint_message", "jr:constraintMsg");
        message(node, bind, "required_message", "jr:requiredMsg");
        for (Map.Entry<String, String> cell : node.cells.entrySet()) {
            if (cell.getKey().startsWith("bind::")) {
                setPrefixed(bind, cell.getKey().substring("bind::".length()), cell.getValue(), node);
            }
        }
        String value = node.cell("default");
        if (node.kind == Kind.QUESTION && !value.isEmpty() && dynamic(value)) {
            Element setvalue = xf("setvalue");
            setvalue.setAttribute("ref", node.path());
            setvalue.setAttribute("value", expression(value, node, SURVEY, node.row, "default"));
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

    private final Map<Node, List<Element>> repeatActions = new HashMap<>();

    private void message(Node node, Element bind, String column, String attribute) {
        Map<String, String> values = translated(node.cells, column);
        if (values.isEmpty()) {
            return;
        }
        boolean translated = itext && node.cells.keySet().stream().anyMatch(c -> c.startsWith(column + "::"));
        if (translated) {
            String id = node.path() + ":" + attribute;
            for (String language : languages) {
                text(language, id, "", valueOrDash(values, language), node);
            }
            bind.setAttributeNS(JR, attribute, "jr:itext('" + id + "')");
        } else {
            bind.setAttributeNS(JR, attribute, values.values().iterator().next());
        }
    }

    private void setPrefixed(Element element, String attribute, String value, Node node) {
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
            error(SURVEY, node.row, "The attribute '" + attribute + "' cannot be written (unknown prefix or name).");
            return;
        }
        if (namespace == null) {
            element.setAttribute(local, value);
        } else {
            element.setAttributeNS(namespace, attribute, value);
        }
    }

    /** The values of a translatable column by language (the plain column under the default language). */
    private Map<String, String> translated(Map<String, String> cells, String column) {
        Map<String, String> values = new LinkedHashMap<>();
        String plain = cells.get(column);
        if (plain != null) {
            values.put(defaultLanguage, plain);
        }
        cells.forEach((key, value) -> {
            if (key.startsWith(column + "::")) {
                values.put(key.substring(column.length() + 2), value);
            }
        });
        return values;
    }

    private static String valueOrDash(Map<String, String> values, String language) {
        String value = values.get(language);
        return value == null ? "-" : value;
    }

    private void text(String language, String id, String form, String value, Node context) {
        translations
                .computeIfAbsent(language, k -> new LinkedHashMap<>())
                .computeIfAbsent(id, k -> new LinkedHashMap<>())
                .put(form, value);
        itextContexts.put(id, context);
    }

    private void collectTriggers() {
        walk(root, node -> {
            String trigger = node.cell("trigger");
            if (trigger.isEmpty()) {
                return;
            }
            Matcher matcher = REFERENCE.matcher(trigger);
            boolean any = false;
            while (matcher.find()) {
                any = true;
                Node source = target(matcher.group(1).strip(), SURVEY, node.row, "trigger");
                if (source == null) {
                    continue;
                }
                if (source.kind != Kind.QUESTION || TYPES.get(source.type).control() == null) {
                    error(
                            SURVEY,
                            node.row,
                            "The trigger ${" + source.name + "} must name a question shown in the form.");
                    continue;
                }
                triggered.computeIfAbsent(source, k -> new ArrayList<>()).add(node);
            }
            if (!any) {
                error(SURVEY, node.row, "The trigger '" + trigger + "' must name questions as ${name}.");
            }
        });
    }

    private void control(Node node, Element parent) {
        if (node.kind == Kind.GROUP || node.kind == Kind.REPEAT) {
            Element group = xf("group");
            group.setAttribute("ref", node.path());
            label(node, group);
            String appearance = node.cell("appearance");
            Element container = group;
            if (node.kind == Kind.REPEAT) {
                Element repeat = xf("repeat");
                repeat.setAttribute("nodeset", node.path());
                String count = node.cell("repeat_count");
                if (!count.isEmpty()) {
                    repeat.setAttributeNS(JR, "jr:count", repeatCount(node, count));
                }
                if (!appearance.isEmpty()) {
                    repeat.setAttribute("appearance", appearance);
                }
                group.appendChild(repeat);
                container = repeat;
            } else if (!appearance.isEmpty()) {
                group.setAttribute("appearance", appearance);
            }
            bodyAttributes(node, node.kind == Kind.REPEAT ? container : group);
            for (Node child : node.children) {
                control(child, container);
            }
            for (Element action : repeatActions.getOrDefault(node, List.of())) {
                container.appendChild(action);
            }
            parent.appendChild(group);
            return;
        }
        TypeInfo info = TYPES.get(node.type);
        if (info.control() == null) {
            return;
        }
        Element control =
                info.control().startsWith("odk:") ? doc.createElementNS(ODK, info.control()) : xf(info.control());
        control.setAttribute("ref", node.path());
        String appearance = node.cell("appearance");
        if (!appearance.isEmpty()) {
            control.setAttribute("appearance", appearance);
        }
        if (info.mediatype() != null) {
            control.setAttribute("mediatype", info.mediatype());
        }
        parameters(node, control);
        bodyAttributes(node, control);
        label(node, control);
        hint(node, control);
        if (node.type.equals("select_one_external")) {
            // Choices from the external_choices sheet, exported as itemsets.csv, which ODK Collect queries.
            String filter = node.cell("choice_filter");
            if (filter.isEmpty()) {
                error(SURVEY, node.row, "A select_one_external question needs a choice_filter.");
            } else {
                control.setAttribute(
                        "query",
                        "instance('" + node.list + "')/root/item["
                                + expression(filter, node, SURVEY, node.row, "choice_filter", true) + "]");
            }
        } else if (SELECTS.contains(node.type)) {
            itemset(node, control);
        }
        for (Node target : triggered.getOrDefault(node, List.of())) {
            if (target.type.equals("background-geopoint")) {
                Element setgeopoint = doc.createElementNS(ODK, "odk:setgeopoint");
                setgeopoint.setAttribute("event", "xforms-value-changed");
                setgeopoint.setAttribute("ref", target.path());
                control.appendChild(setgeopoint);
                continue;
            }
            Element setvalue = xf("setvalue");
            setvalue.setAttribute("event", "xforms-value-changed");
            setvalue.setAttribute("ref", target.path());
            String calculation = target.cell("calculation");
            if (!calculation.isEmpty()) {
                setvalue.setAttribute("value", expression(calculation, target, SURVEY, target.row, "calculation"));
            }
            control.appendChild(setvalue);
        }
        parent.appendChild(control);
    }

    private void bodyAttributes(Node node, Element element) {
        for (Map.Entry<String, String> cell : node.cells.entrySet()) {
            if (cell.getKey().startsWith("body::")) {
                setPrefixed(element, cell.getKey().substring("body::".length()), cell.getValue(), node);
            }
        }
    }

    private String repeatCount(Node repeat, String count) {
        Matcher single = Pattern.compile("\\s*\\$\\{([^}]*)}\\s*").matcher(count);
        if (single.matches()) {
            String path = references(count, repeat, SURVEY, repeat.row, "repeat_count", true, false);
            return path == null ? count : path;
        }
        // An expression: computed into a generated {repeat}_count element beside the repeat, as pyxform does.
        Node parent = repeat.parent;
        String name = repeat.name + "_count";
        if (parent.children.stream().anyMatch(c -> c.name.equals(name))) {
            error(SURVEY, repeat.row, "The repeat_count needs an element named '" + name + "', which is taken.");
            return count;
        }
        Node generated = new Node(Kind.QUESTION, "calculate", name, repeat.row, Map.of("calculation", count));
        generated.parent = parent;
        Element data = (Element) doc.getElementsByTagNameNS(XF, root.name).item(0);
        // Beside the repeat in every copy of its parent: the instance and, inside repeats, their templates.
        for (Element container : copies(data, parent)) {
            Element repeatElement = null;
            for (org.w3c.dom.Node child = container.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element e && e.getLocalName().equals(repeat.name)) {
                    repeatElement = e;
                    break;
                }
            }
            container.insertBefore(xf(name), repeatElement);
        }
        Element bind = xf("bind");
        bind.setAttribute("calculate", expression(count, generated, SURVEY, repeat.row, "repeat_count"));
        bind.setAttribute("nodeset", parent.path() + "/" + name);
        bind.setAttribute("readonly", "true()");
        bind.setAttribute("type", "string");
        binds.add(bind);
        return " " + parent.path() + "/" + name + " ";
    }

    /** Every element of the primary instance that is a copy of this node (templates included). */
    private static List<Element> copies(Element data, Node node) {
        List<Node> chain = new ArrayList<>();
        for (Node n = node; n != null && n.kind != Kind.ROOT; n = n.parent) {
            chain.addFirst(n);
        }
        List<Element> current = List.of(data);
        for (Node step : chain) {
            List<Element> next = new ArrayList<>();
            for (Element element : current) {
                for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element e && e.getLocalName().equals(step.name)) {
                        next.add(e);
                    }
                }
            }
            current = next;
        }
        return current;
    }

    private Map<String, String> parameters(Node node) {
        String text = node.cell("parameters");
        Map<String, String> parameters = new LinkedHashMap<>();
        if (text.isEmpty()) {
            return parameters;
        }
        for (String part : text.strip().split("[\\s,;]+(?=[\\w-]+\\s*=)")) {
            String[] pair = part.split("=", 2);
            if (pair.length != 2 || pair[0].isBlank()) {
                error(
                        SURVEY,
                        node.row,
                        "The 'parameters' value is invalid. Parameters must be in the form of"
                                + " 'key1=value1 key2=value2'.");
                return parameters;
            }
            parameters.put(
                    pair[0].strip().toLowerCase(Locale.ROOT), pair[1].strip().replaceAll("[,;]$", ""));
        }
        return parameters;
    }

    private void parameters(Node node, Element control) {
        Map<String, String> parameters = parameters(node);
        Set<String> accepted = PARAMETERS.getOrDefault(node.type, Set.of());
        List<String> rejected = parameters.keySet().stream()
                .filter(key -> !accepted.contains(key))
                .sorted()
                .toList();
        if (!rejected.isEmpty()) {
            error(
                    SURVEY,
                    node.row,
                    "The 'parameters' value is invalid. The accepted parameter keys for this question type are '"
                            + String.join(", ", new TreeSet<>(accepted)) + "'. The following are invalid parameter"
                            + " key(s): '" + String.join(", ", rejected) + "'.");
        }
        switch (node.type) {
            case "range" -> {
                for (String key : List.of("start", "end", "step")) {
                    String value = parameters.getOrDefault(key, key.equals("end") ? "10" : "1");
                    try {
                        Double.parseDouble(value);
                    } catch (NumberFormatException e) {
                        error(
                                SURVEY,
                                node.row,
                                "The 'parameters' value is invalid. For the 'range' question type, the" + " parameter '"
                                        + key + "' must be a number.");
                    }
                    control.setAttribute(key, value);
                }
            }
            case "image" -> {
                String pixels = parameters.get("max-pixels");
                if (pixels != null) {
                    if (!pixels.matches("\\d+")) {
                        error(SURVEY, node.row, "The max-pixels parameter must be a whole number.");
                    }
                    control.setAttributeNS(ORX, "orx:max-pixels", pixels);
                }
                if (parameters.containsKey("app")) {
                    control.setAttribute("intent", parameters.get("app"));
                }
            }
            case "audio" -> {
                String quality = parameters.get("quality");
                if (quality != null) {
                    if (!Set.of("voice-only", "low", "normal", "external").contains(quality)) {
                        error(
                                SURVEY,
                                node.row,
                                "The audio quality '" + quality + "' is not one of voice-only, low,"
                                        + " normal, external.");
                    }
                    control.setAttributeNS(ODK, "odk:quality", quality);
                }
            }
            case "geopoint" -> {
                number(node, parameters, "capture-accuracy", control, "accuracyThreshold");
                number(node, parameters, "warning-accuracy", control, "unacceptableAccuracyThreshold");
                if (yes(parameters.getOrDefault("allow-mock-accuracy", "no"))) {
                    control.setAttributeNS(ODK, "odk:allow-mock-accuracy", "true");
                }
            }
            case "geotrace", "geoshape" -> {
                if (yes(parameters.getOrDefault("allow-mock-accuracy", "no"))) {
                    control.setAttributeNS(ODK, "odk:allow-mock-accuracy", "true");
                }
                String incremental = parameters.get("incremental");
                if (incremental != null) {
                    if (incremental.equals("true")) {
                        control.setAttributeNS(ODK, "odk:incremental", "true");
                    } else {
                        error(
                                SURVEY,
                                node.row,
                                "The 'parameters' value is invalid. For geoshape and geotrace"
                                        + " questions, the 'incremental' parameter may either be 'true' or not included.");
                    }
                }
            }
            default -> {}
        }
    }

    private void number(Node node, Map<String, String> parameters, String key, Element control, String attribute) {
        String value = parameters.get(key);
        if (value == null) {
            return;
        }
        try {
            Double.parseDouble(value);
            control.setAttribute(attribute, value);
        } catch (NumberFormatException e) {
            error(
                    SURVEY,
                    node.row,
                    "The 'parameters' value is invalid. The '" + key + "' parameter must have a" + " numeric value.");
        }
    }

    private void label(Node node, Element control) {
        Map<String, String> labels = node.generatedLabel != null
                ? Map.of(defaultLanguage, node.generatedLabel)
                : translated(node.cells, "label");
        Map<String, Map<String, String>> mediaValues = new LinkedHashMap<>();
        for (String kind : MEDIA) {
            translated(node.cells, kind)
                    .forEach((language, file) -> mediaValues
                            .computeIfAbsent(language, k -> new LinkedHashMap<>())
                            .put(
                                    kind,
                                    (kind.equals("audio")
                                                    ? "jr://audio/"
                                                    : kind.equals("video") ? "jr://video/" : "jr://images/")
                                            + file));
        }
        if (labels.isEmpty() && mediaValues.isEmpty()) {
            return;
        }
        Element label = xf("label");
        if (!itext) {
            appendMixed(label, labels.values().iterator().next(), node, "label");
        } else {
            String id = node.path() + ":label";
            for (String language : languages) {
                Map<String, String> forms = mediaValues.getOrDefault(language, Map.of());
                forms.forEach((form, value) -> text(language, id, form, value, node));
                if (node.generatedLabel != null) {
                    text(language, id, "", node.generatedLabel, node);
                } else if (!labels.isEmpty() || forms.isEmpty()) {
                    text(language, id, "", valueOrDash(labels, language), node);
                }
            }
            label.setAttribute("ref", "jr:itext('" + id + "')");
        }
        control.appendChild(label);
    }

    private void hint(Node node, Element control) {
        Map<String, String> hints = translated(node.cells, "hint");
        Map<String, String> guidance = translated(node.cells, "guidance_hint");
        if (hints.isEmpty() && guidance.isEmpty()) {
            return;
        }
        Element hint = xf("hint");
        if (!itext) {
            appendMixed(hint, hints.values().iterator().next(), node, "hint");
        } else {
            String id = node.path() + ":hint";
            for (String language : languages) {
                if (!hints.isEmpty()) {
                    text(language, id, "", valueOrDash(hints, language), node);
                }
                if (!guidance.isEmpty()) {
                    text(language, id, "guidance", valueOrDash(guidance, language), node);
                }
            }
            hint.setAttribute("ref", "jr:itext('" + id + "')");
        }
        control.appendChild(hint);
    }

    /** Text whose {@code ${name}} references become {@code <output value=" path "/>}. */
    private void appendMixed(Element element, String text, Node context, String column) {
        Matcher matcher = REFERENCE.matcher(text);
        int last = 0;
        while (matcher.find()) {
            if (matcher.start() > last) {
                element.appendChild(doc.createTextNode(text.substring(last, matcher.start())));
            }
            String path = references(matcher.group(), context, SURVEY, context.row, column, false, false);
            Element output = xf("output");
            output.setAttribute("value", path == null ? matcher.group() : path);
            element.appendChild(output);
            last = matcher.end();
        }
        if (last < text.length()) {
            element.appendChild(doc.createTextNode(text.substring(last)));
        }
    }

    private void itemset(Node node, Element control) {
        Map<String, String> parameters = parameters(node);
        String instanceId;
        String valueRef = "name";
        String labelRef = "label";
        boolean itextLabels = false;
        if (node.file != null) {
            String file = node.file;
            instanceId = file.substring(0, file.lastIndexOf('.'));
            String src = file.toLowerCase(Locale.ROOT).endsWith(".csv") ? "jr://file-csv/" + file : "jr://file/" + file;
            external(instanceId, src, node.row);
            valueRef = parameters.getOrDefault("value", valueRef);
            labelRef = parameters.getOrDefault("label", labelRef);
            if (file.toLowerCase(Locale.ROOT).endsWith(".geojson")) {
                valueRef = parameters.getOrDefault("value", "id");
                labelRef = parameters.getOrDefault("label", "title");
            }
        } else {
            ChoiceList list = lists.get(node.list);
            instanceId = node.list;
            itextLabels = list != null && list.itext;
        }
        String nodeset = "instance('" + instanceId + "')/root/item";
        String filter = node.cell("choice_filter");
        if (!filter.isEmpty()) {
            nodeset += "[" + expression(filter, node, SURVEY, node.row, "choice_filter", true) + "]";
        }
        if (yes(parameters.getOrDefault("randomize", "no"))) {
            String seed = parameters.get("seed");
            nodeset = seed == null
                    ? "randomize(" + nodeset + ")"
                    : "randomize(" + nodeset + ", " + expression(seed, node, SURVEY, node.row, "seed") + ")";
        } else if (parameters.containsKey("seed")) {
            error(SURVEY, node.row, "The seed parameter needs randomize=true.");
        }
        Element itemset = xf("itemset");
        itemset.setAttribute("nodeset", nodeset);
        Element value = xf("value");
        value.setAttribute("ref", valueRef);
        Element label = xf("label");
        label.setAttribute("ref", itextLabels ? "jr:itext(itextId)" : labelRef);
        itemset.appendChild(value);
        itemset.appendChild(label);
        control.appendChild(itemset);
    }

    private Element choiceInstance(ChoiceList list) {
        Element instance = xf("instance");
        instance.setAttribute("id", list.name);
        Element rootElement = xf("root");
        instance.appendChild(rootElement);
        int index = 0;
        List<Choice> choices = new ArrayList<>(list.choices);
        if (list.other && choices.stream().noneMatch(c -> c.name().equals("other"))) {
            Map<String, String> other = new LinkedHashMap<>();
            if (list.itext) {
                for (String language : languages) {
                    other.put(language.equals(defaultLanguage) ? "label" : "label::" + language, "Other");
                }
            } else {
                other.put("label", "Other");
            }
            choices.add(new Choice(0, "other", other));
        }
        for (Choice choice : choices) {
            Element item = xf("item");
            if (list.itext) {
                String id = list.name + "-" + index;
                Element itextId = xf("itextId");
                itextId.setTextContent(id);
                item.appendChild(itextId);
                Map<String, String> labels = translated(choice.cells(), "label");
                for (String language : languages) {
                    for (String kind : MEDIA) {
                        String file = translated(choice.cells(), kind).get(language);
                        if (file != null) {
                            text(
                                    language,
                                    id,
                                    kind,
                                    (kind.equals("audio")
                                                    ? "jr://audio/"
                                                    : kind.equals("video") ? "jr://video/" : "jr://images/")
                                            + file,
                                    root);
                        }
                    }
                    if (!labels.isEmpty()) {
                        text(language, id, "", valueOrDash(labels, language), root);
                    }
                }
            } else {
                Element label = xf("label");
                Map<String, String> labels = translated(choice.cells(), "label");
                label.setTextContent(
                        labels.isEmpty() ? "" : labels.values().iterator().next());
                item.appendChild(label);
            }
            Element name = xf("name");
            name.setTextContent(choice.name());
            item.appendChild(name);
            for (Map.Entry<String, String> cell : choice.cells().entrySet()) {
                String key = cell.getKey();
                if (key.equals("list_name")
                        || key.equals("name")
                        || TRANSLATABLE.contains(base(key))
                        || key.contains("::")
                        || !NAME.matcher(key).matches()
                        || key.equals("itextId")
                        || key.equals("label")) {
                    continue;
                }
                Element extra = xf(key);
                extra.setTextContent(cell.getValue());
                item.appendChild(extra);
            }
            rootElement.appendChild(item);
            index++;
        }
        return instance;
    }

    private void meta(Element data) {
        Element meta = xf("meta");
        Element instanceId = xf("instanceID");
        meta.appendChild(instanceId);
        Element bind = xf("bind");
        bind.setAttributeNS(JR, "jr:preload", "uid");
        bind.setAttribute("nodeset", root.path() + "/meta/instanceID");
        bind.setAttribute("readonly", "true()");
        bind.setAttribute("type", "string");
        binds.add(bind);
        Node metaNode = new Node(Kind.GROUP, "meta", "meta", 1, Map.of());
        metaNode.parent = root;
        String instanceName = settings.get("instance_name");
        if (instanceName != null) {
            meta.appendChild(xf("instanceName"));
            Element nameBind = xf("bind");
            nameBind.setAttribute("calculate", expression(instanceName, metaNode, SETTINGS, 2, "instance_name"));
            nameBind.setAttribute("nodeset", root.path() + "/meta/instanceName");
            nameBind.setAttribute("type", "string");
            binds.add(nameBind);
        }
        if (audit != null) {
            meta.appendChild(xf("audit"));
            Element auditBind = xf("bind");
            auditBind.setAttribute("nodeset", root.path() + "/meta/audit");
            auditBind.setAttribute("type", "binary");
            Map<String, String> parameters = parameters(audit);
            Set<String> accepted = PARAMETERS.get("audit");
            parameters.forEach((key, value) -> {
                if (!accepted.contains(key)) {
                    error(SURVEY, audit.row, "The parameter '" + key + "' is not accepted for audit.");
                } else {
                    auditBind.setAttributeNS(ODK, "odk:" + key, value);
                }
            });
            binds.add(auditBind);
        }
        if (entity != null) {
            entity(meta, metaNode);
        }
        data.appendChild(meta);
    }

    private void entity(Element meta, Node metaNode) {
        Entity e = entity;
        Element element = doc.createElementNS(XF, "entity");
        element.setAttribute("dataset", e.dataset());
        element.setAttribute("id", "");
        String base = root.path() + "/meta/entity";
        boolean update = !e.entityId().isEmpty();
        boolean create = !update || !e.createIf().isEmpty();
        if (create) {
            element.setAttribute("create", "1");
        }
        if (update) {
            element.setAttribute("update", "1");
            element.setAttribute("baseVersion", "");
            element.setAttribute("trunkVersion", "");
            element.setAttribute("branchId", "");
        }
        Element label = xf("label");
        element.appendChild(label);
        meta.appendChild(element);
        Element idBind = xf("bind");
        idBind.setAttribute("nodeset", base + "/@id");
        idBind.setAttribute("readonly", "true()");
        idBind.setAttribute("type", "string");
        if (update) {
            idBind.setAttribute("calculate", expression(e.entityId(), metaNode, ENTITIES_SHEET, e.row(), "entity_id"));
        } else {
            Element setvalue = xf("setvalue");
            setvalue.setAttribute("event", "odk-instance-first-load");
            setvalue.setAttribute("ref", base + "/@id");
            setvalue.setAttribute("value", "uuid()");
            modelActions.add(setvalue);
        }
        binds.add(idBind);
        if (!e.createIf().isEmpty()) {
            Element bind = xf("bind");
            bind.setAttribute("calculate", expression(e.createIf(), metaNode, ENTITIES_SHEET, e.row(), "create_if"));
            bind.setAttribute("nodeset", base + "/@create");
            bind.setAttribute("readonly", "true()");
            bind.setAttribute("type", "string");
            binds.add(bind);
        }
        if (!e.updateIf().isEmpty()) {
            Element bind = xf("bind");
            bind.setAttribute("calculate", expression(e.updateIf(), metaNode, ENTITIES_SHEET, e.row(), "update_if"));
            bind.setAttribute("nodeset", base + "/@update");
            bind.setAttribute("readonly", "true()");
            bind.setAttribute("type", "string");
            binds.add(bind);
        }
        if (update) {
            for (String[] version : List.of(
                    new String[] {"baseVersion", "__version"},
                    new String[] {"trunkVersion", "__trunkVersion"},
                    new String[] {"branchId", "__branchId"})) {
                Element bind = xf("bind");
                bind.setAttribute(
                        "calculate",
                        "instance('" + e.dataset() + "')/root/item[name= " + base + "/@id ]/" + version[1]);
                bind.setAttribute("nodeset", base + "/@" + version[0]);
                bind.setAttribute("readonly", "true()");
                bind.setAttribute("type", "string");
                binds.add(bind);
            }
            if (!externalInstances.containsKey(e.dataset())) {
                // pyxform leaves the list to the form (a select_one_from_file or csv-external of the dataset).
                error(
                        ENTITIES_SHEET,
                        e.row(),
                        "An entity the form updates needs its dataset's list in the form: add a select_one_from_file "
                                + e.dataset() + ".csv or a csv-external named " + e.dataset() + ".");
            }
        }
        if (!e.label().isEmpty()) {
            Element bind = xf("bind");
            bind.setAttribute("calculate", expression(e.label(), metaNode, ENTITIES_SHEET, e.row(), "label"));
            bind.setAttribute("nodeset", base + "/label");
            bind.setAttribute("readonly", "true()");
            bind.setAttribute("type", "string");
            binds.add(bind);
        }
    }

    static boolean yes(String value) {
        return YES.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    static boolean no(String value) {
        return NO.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    // ---------------------------------------------------------------- output

    /**
     * Writes the DOM with StAX, indented as pyxform indents: an element whose content is only elements gets one per
     * line, an element with text (a label with an {@code <output>}) is written on one line, its content untouched.
     */
    private String serialize() {
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

    // ---------------------------------------------------------------- JavaRosa

    private static final Object JAVAROSA = new Object();

    /**
     * Loads the XForm in ODK JavaRosa, as ODK Collect will, and reports what it refuses. External secondary instances
     * (CSV, XML and GeoJSON choice files, entity lists, the last saved instance) are not read here: JavaRosa reads them
     * on the phone, where the media are.
     */
    private void checkWithJavaRosa(String xml) {
        synchronized (JAVAROSA) {
            try {
                XFormUtils.getFormFromInputStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            } catch (Exception | StackOverflowError e) {
                error(
                        null,
                        null,
                        "ODK JavaRosa cannot load the converted form: "
                                + (e.getMessage() == null
                                        ? e.getClass().getSimpleName()
                                        : e.getMessage().strip()));
            }
        }
    }
}
