package org.masar.cases.api;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.masar.cases.CaseListItem;

/**
 * One case of a list: names in the caller's language, public ids only.
 *
 * @param type the case type: its code and its name in the caller's language
 * @param person the person: id, name (in the caller's language's script when given in it) and registration number
 * @param stage the stage: its code and name
 * @param assignee the caseworker responsible (null when unassigned)
 * @param office the office that holds the case
 * @param restricted whether the case is a restricted record
 * @param openFlags how many flags the case has that were not removed
 */
record CaseListJson(
        String id,
        String number,
        Coded type,
        PersonJson person,
        String status,
        Coded stage,
        @Nullable Named assignee,
        Named office,
        boolean restricted,
        Instant updatedAt,
        int openFlags) {

    /** A code and its name in the caller's language. */
    record Coded(String code, String name) {}

    /** An id and its name (null when the directory does not know it). */
    record Named(String id, @Nullable String name) {}

    /** The person a case is about. */
    record PersonJson(String id, String name, String registrationNumber) {}

    static CaseListJson of(CaseListItem item, Locale locale) {
        return new CaseListJson(
                item.id().toString(),
                item.caseNumber(),
                new Coded(item.type(), item.typeName().in(locale)),
                new PersonJson(item.person().toString(), item.personName(locale), item.registrationNumber()),
                item.status(),
                new Coded(item.stage(), item.stageName().in(locale)),
                item.assignedTo() == null ? null : new Named(item.assignedTo().toString(), item.assigneeName()),
                new Named(
                        item.office().toString(),
                        item.officeName() == null ? null : item.officeName().in(locale)),
                item.sensitivity() == org.masar.access.Sensitivity.RESTRICTED,
                item.updatedAt(),
                item.openFlags());
    }
}
