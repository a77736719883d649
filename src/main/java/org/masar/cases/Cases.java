package org.masar.cases;

/** Cases: the face other modules use. */
public interface Cases {

    /**
     * What another module may know of a case, for a reader of it: needs {@code cases:read}, and a restricted case's
     * read is checked and audited by {@code access.RestrictedRecords} (403 when refused).
     *
     * @throws CaseNotFound when there is no such case
     */
    CaseSummary summary(CaseId id);
}
