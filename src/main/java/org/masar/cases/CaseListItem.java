package org.masar.cases;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.masar.access.BilingualName;
import org.masar.access.OfficeId;
import org.masar.access.Sensitivity;
import org.masar.access.UserId;
import org.masar.people.PersonId;

/**
 * One row of a list of cases: what a caseworker needs to pick the case to open, never its content.
 *
 * @param typeName the case type's name in both languages
 * @param personArabic the person's name parts written in Arabic script, joined (empty when none)
 * @param personLatin the person's name parts written in Latin script, joined (empty when none)
 * @param registrationNumber the person's nine-digit registration number (empty when unknown)
 * @param stageName the stage's name in both languages
 * @param assigneeName the assignee's display name (null when unassigned or unknown)
 * @param officeName the office's name in both languages (null when unknown)
 * @param openFlags how many flags ("do not contact the family") the case has that were not removed
 */
public record CaseListItem(
        CaseId id,
        String caseNumber,
        String type,
        BilingualName typeName,
        PersonId person,
        String personArabic,
        String personLatin,
        String registrationNumber,
        String status,
        String stage,
        BilingualName stageName,
        @Nullable UserId assignedTo,
        @Nullable String assigneeName,
        OfficeId office,
        @Nullable BilingualName officeName,
        Sensitivity sensitivity,
        Instant updatedAt,
        int openFlags) {

    /** The person's name to show in the given language: that language's script first, the other when it is empty. */
    public String personName(java.util.Locale locale) {
        boolean arabic = "ar".equals(locale.getLanguage());
        String first = arabic ? personArabic : personLatin;
        return first.isEmpty() ? (arabic ? personLatin : personArabic) : first;
    }
}
