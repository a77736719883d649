package org.masar.collect.internal.xlsform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The survey sheet built into a tree: the root, its groups and repeats, and their questions. */
final class XlsFormSurvey {

    private XlsFormSurvey() {}

    enum Kind {
        ROOT,
        GROUP,
        REPEAT,
        QUESTION
    }

    /** One element of the survey: the root, a group, a repeat or a question (also the ones the converter adds). */
    static final class Node {
        final Kind kind;
        final String type;
        String name;
        final int row;
        final Map<String, String> cells;

        @Nullable
        Node parent;

        final List<Node> children = new ArrayList<>();
        /** The choice list of a select or rank, the file of a select from file. */
        @Nullable
        String list;

        @Nullable
        String file;

        boolean orOther;
        /** Added by the converter (the text of {@code or_other}): its label is the one given here. */
        @Nullable
        String generatedLabel;

        @Nullable
        String generatedRelevant;

        Node(Kind kind, String type, String name, int row, Map<String, String> cells) {
            this.kind = kind;
            this.type = type;
            this.name = name;
            this.row = row;
            this.cells = cells;
        }

        void add(Node child) {
            child.parent = this;
            children.add(child);
        }

        String cell(String column) {
            String value = cells.get(column);
            return value == null ? "" : value;
        }

        String path() {
            return parent == null ? "/" + name : parent.path() + "/" + name;
        }

        int depth() {
            return parent == null ? 0 : parent.depth() + 1;
        }

        boolean isContainer() {
            return kind != Kind.QUESTION;
        }

        /** Whether this element is a repeat or lies inside one. */
        boolean inRepeat() {
            for (Node node = this; node != null; node = node.parent) {
                if (node.kind == Kind.REPEAT) {
                    return true;
                }
            }
            return false;
        }

        @Nullable
        Node nearestRepeat() {
            for (Node node = parent; node != null; node = node.parent) {
                if (node.kind == Kind.REPEAT) {
                    return node;
                }
            }
            return null;
        }

        boolean isAncestorOf(Node other) {
            for (Node node = other; node != null; node = node.parent) {
                if (node == this) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Visits a node, then its children, depth first (a copy of the children: a visit may add siblings). */
    interface Visitor {
        void visit(Node node);
    }

    static void walk(Node node, Visitor visitor) {
        visitor.visit(node);
        for (Node child : List.copyOf(node.children)) {
            walk(child, visitor);
        }
    }
}
