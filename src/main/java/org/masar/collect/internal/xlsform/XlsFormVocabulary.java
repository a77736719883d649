package org.masar.collect.internal.xlsform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.masar.collect.internal.xlsform.XlsFormWorkbook.SheetRow;

/**
 * The XLSForm vocabulary as pyxform reads it: column headers and their aliases ({@link #column}), question types and
 * their aliases ({@link #parseType}), how each type is bound and shown ({@link #TYPES}), the parameters each type
 * accepts, the translatable and media columns, yes/no values, and the patterns of names, {@code ${name}} references
 * and {@code pulldata} calls. Static: it holds nothing of a workbook.
 */
final class XlsFormVocabulary {

    static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}\\p{M}._-]*");
    static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");
    static final Pattern PULLDATA = Pattern.compile("pulldata\\s*\\(\\s*['\"]([^'\"]+)['\"]");
    private static final Set<String> YES = Set.of("yes", "true", "true()", "1");
    private static final Set<String> NO = Set.of("no", "false", "false()", "0");
    static final List<String> TRANSLATABLE = List.of(
            "label",
            "hint",
            "guidance_hint",
            "constraint_message",
            "required_message",
            "image",
            "big-image",
            "audio",
            "video");
    static final List<String> MEDIA = List.of("image", "big-image", "audio", "video");
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

    static final Set<String> SELECTS = Set.of(
            "select_one",
            "select_multiple",
            "select_one_from_file",
            "select_multiple_from_file",
            "rank",
            "select_one_external");
    static final Set<String> PROPERTIES =
            Set.of("deviceid", "phonenumber", "username", "email", "simserial", "subscriberid");
    static final Map<String, Set<String>> PARAMETERS = Map.ofEntries(
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

    private XlsFormVocabulary() {}

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

    static Map<String, String> cells(SheetRow row) {
        Map<String, String> cells = new LinkedHashMap<>();
        row.cells().forEach((header, value) -> cells.putIfAbsent(column(header), value));
        return cells;
    }

    static String base(String column) {
        int at = column.indexOf("::");
        return at < 0 ? column : column.substring(0, at);
    }

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

    static boolean yes(String value) {
        return YES.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    static boolean no(String value) {
        return NO.contains(value.strip().toLowerCase(Locale.ROOT));
    }
}
