package org.masar.collect.internal.xlsform;

import static org.masar.collect.internal.xlsform.XlsFormConverter.SURVEY;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.MEDIA;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.NAME;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.PULLDATA;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.SELECTS;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.TYPES;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.base;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.cells;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.parseType;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.yes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;
import org.masar.collect.internal.xlsform.XlsFormSurvey.Kind;
import org.masar.collect.internal.xlsform.XlsFormSurvey.Node;
import org.masar.collect.internal.xlsform.XlsFormWorkbook.SheetData;
import org.masar.collect.internal.xlsform.XlsFormWorkbook.SheetRow;

/**
 * The survey sheet read into the tree ({@link XlsFormSurvey}): rows in order, groups and repeats opened and closed,
 * types and their list or file, names checked (valid, unique among siblings, repeats unique everywhere), the
 * {@code or_other} text question added, the media and pulldata files the rows name, and the audit question (placed
 * under meta when the form is written). It indexes the nodes by name for {@code ${name}} references.
 */
final class XlsFormSurveySheet {

    final Map<String, List<Node>> byName = new HashMap<>();
    private @Nullable Node audit;
    private final XlsFormErrors errors;
    private final Node root;
    private final Set<String> media;

    XlsFormSurveySheet(XlsFormErrors errors, Node root, Set<String> media) {
        this.errors = errors;
        this.root = root;
        this.media = media;
    }

    /** The audit question, when the survey has one. */
    @Nullable
    Node audit() {
        return audit;
    }

    void readSurvey(SheetData sheet) {
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
                    errors.error(SURVEY, row, "The question has no type.");
                }
                continue;
            }
            String[] parsed = parseType(typeCell);
            String type = parsed[0];
            Node parent = stack.getLast();
            if (type.equals("end group") || type.equals("end repeat")) {
                Kind expected = type.equals("end group") ? Kind.GROUP : Kind.REPEAT;
                if (parent.kind != expected) {
                    errors.error(
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
                errors.error(SURVEY, row, "Unknown question type '" + typeCell + "'.");
                continue;
            }
            Node node = new Node(Kind.QUESTION, type, name, row, cells);
            if (SELECTS.contains(type)) {
                String argument = parsed[1];
                if (argument.isEmpty()) {
                    errors.error(
                            SURVEY,
                            row,
                            "The " + type + " question has no "
                                    + (type.endsWith("from_file") ? "file name" : "list name") + " after its type.");
                    continue;
                }
                if (type.endsWith("_from_file")) {
                    String lower = argument.toLowerCase(Locale.ROOT);
                    if (!lower.endsWith(".csv") && !lower.endsWith(".xml") && !lower.endsWith(".geojson")) {
                        errors.error(
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
                    errors.error(SURVEY, row, "Unknown question type '" + typeCell + "'.");
                    continue;
                }
            } else if (!parsed[1].isEmpty()) {
                errors.error(SURVEY, row, "Unknown question type '" + typeCell + "'.");
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
            errors.error(
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

    private boolean checkName(Node node, Node parent) {
        if (node.name.isEmpty()) {
            errors.error(
                    SURVEY, node.row, "The 'name' value is invalid. Questions, groups and repeats must have a name.");
            return false;
        }
        if (!NAME.matcher(node.name).matches()) {
            errors.error(
                    SURVEY,
                    node.row,
                    "The 'name' value is invalid. Names must begin with a letter or underscore. After the first"
                            + " character, names may contain letters, digits, underscores, hyphens, or periods.");
            return false;
        }
        for (Node sibling : parent.children) {
            if (sibling.name.equals(node.name)) {
                errors.error(
                        SURVEY,
                        node.row,
                        "The 'name' value '" + node.name + "' is invalid. Questions, groups, and repeats must be"
                                + " unique within their nearest parent group or repeat, or the survey if not inside a"
                                + " group or repeat.");
                return false;
            }
        }
        if (node.name.equals("meta")) {
            errors.error(
                    SURVEY,
                    node.row,
                    "The 'name' value 'meta' is invalid. The name 'meta' is reserved for form" + " metadata.");
            return false;
        }
        if (node.kind == Kind.REPEAT) {
            if (node.name.equals(root.name)) {
                errors.error(
                        SURVEY,
                        node.row,
                        "The 'name' value '" + node.name + "' is invalid. Repeat names must not be"
                                + " the same as the survey root (which defaults to 'data').");
                return false;
            }
            if (byName.getOrDefault(node.name, List.of()).stream().anyMatch(n -> n.kind == Kind.REPEAT)) {
                errors.error(
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
}
