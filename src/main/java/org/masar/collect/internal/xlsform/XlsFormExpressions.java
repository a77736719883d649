package org.masar.collect.internal.xlsform;

import static org.masar.collect.internal.xlsform.XlsFormConverter.SURVEY;
import static org.masar.collect.internal.xlsform.XlsFormVocabulary.REFERENCE;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.javarosa.xpath.XPathParseTool;
import org.javarosa.xpath.parser.XPathSyntaxException;
import org.jspecify.annotations.Nullable;
import org.masar.collect.internal.xlsform.XlsFormSurvey.Node;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Expressions: an XLSForm expression as XPath, each {@code ${name}} replaced by that element's path (absolute, or
 * relative within a shared repeat, {@code current()/…} in a predicate; {@code ${last-saved#name}} from the last saved
 * instance), checked with JavaRosa's XPath parser; and text whose references become {@code <output>} elements.
 */
final class XlsFormExpressions {

    private final XlsFormErrors errors;
    private final XlsFormDom dom;
    private final Document doc;
    private final Map<String, List<Node>> byName;
    private final Map<String, Element> externalInstances;

    XlsFormExpressions(XlsFormErrors errors, XlsFormDom dom, XlsFormSurveySheet survey, XlsFormChoices choices) {
        this.errors = errors;
        this.dom = dom;
        this.doc = dom.doc;
        this.byName = survey.byName;
        this.externalInstances = choices.externalInstances;
    }

    /**
     * An XLSForm expression as XPath: each {@code ${name}} becomes the path of that element, surrounded by spaces as
     * pyxform writes it, relative ({@code ../x}) between elements of the same repeat and {@code current()/…} in a
     * predicate; checked by JavaRosa's XPath parser.
     */
    String expression(String text, Node context, String sheet, int row, String column) {
        return expression(text, context, sheet, row, column, false);
    }

    /** An expression, {@code predicate} when it is written inside a predicate ({@code choice_filter}). */
    String expression(String text, Node context, String sheet, int row, String column, boolean predicate) {
        String xpath = references(text, context, sheet, row, column, true, predicate);
        if (xpath == null) {
            return text;
        }
        try {
            XPathParseTool.parseXPath(xpath);
        } catch (XPathSyntaxException | RuntimeException e) {
            errors.error(
                    sheet,
                    row,
                    "The " + column + " '" + text + "' is not a valid expression: "
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        return xpath;
    }

    /** Replaces the references; null (and errors recorded) when one names nothing. */
    @Nullable
    String references(
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
                    Element instance = dom.xf("instance");
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

    @Nullable
    Node target(String name, String sheet, int row, String column) {
        List<Node> found = byName.get(name);
        if (found == null || found.isEmpty()) {
            errors.error(
                    sheet,
                    row,
                    "The '" + column + "' value is invalid. Reference variables must contain a name from the 'survey'"
                            + " sheet. Could not find the name '" + name + "'.");
            return null;
        }
        if (found.size() > 1) {
            errors.error(
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

    /** Text whose {@code ${name}} references become {@code <output value=" path "/>}. */
    void appendMixed(Element element, String text, Node context, String column) {
        Matcher matcher = REFERENCE.matcher(text);
        int last = 0;
        while (matcher.find()) {
            if (matcher.start() > last) {
                element.appendChild(doc.createTextNode(text.substring(last, matcher.start())));
            }
            String path = references(matcher.group(), context, SURVEY, context.row, column, false, false);
            Element output = dom.xf("output");
            output.setAttribute("value", path == null ? matcher.group() : path);
            element.appendChild(output);
            last = matcher.end();
        }
        if (last < text.length()) {
            element.appendChild(doc.createTextNode(text.substring(last)));
        }
    }
}
