package org.masar.shared;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A step another module offers on a record's page: "Open a case" and "Refer" on a person's page. The module declares
 * one bean per action (in its {@code web} package); the record's page shows, in {@link #order()}, the actions for its
 * kind of record whose permission the user holds. So a page links to steps of modules it may not depend on (cases
 * build on people, never the reverse) without naming them, as the menu does with {@link MenuEntry}.
 *
 * @param recordKind the kind of record whose page shows it ({@value #PERSON})
 * @param labelKey message key of its label, in the offering module's bundle
 * @param linkTemplate where it leads, with {@code {id}} standing for the record's id ({@code /cases/new?person={id}})
 * @param permission the permission needed to see it (and to take the step)
 * @param order its place among the record's actions: lower comes first
 */
public record RecordAction(String recordKind, String labelKey, String linkTemplate, String permission, int order) {

    /** A person's page ({@code /people/{id}}). */
    public static final String PERSON = "person";

    /** Whether a user holding these permissions sees the action. */
    public boolean isFor(Set<String> permissions) {
        return permissions.contains(permission);
    }

    /** Where it leads for this record. */
    public String link(Object recordId) {
        return linkTemplate.replace("{id}", recordId.toString());
    }

    /** The actions offered on this kind of record, in order; the page still shows each only {@link #isFor} its user. */
    public static List<RecordAction> of(Collection<RecordAction> all, String recordKind) {
        return all.stream()
                .filter(action -> action.recordKind().equals(recordKind))
                .sorted(Comparator.comparingInt(RecordAction::order))
                .toList();
    }
}
