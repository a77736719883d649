package org.masar.cases;

import org.masar.shared.PageJson;
import org.masar.shared.Paging;

/**
 * Lists of cases: "my cases", "my team's cases", and every case a reader may see, filtered. Each needs {@code
 * cases:read}; a list holds only the cases within the user's scopes (the case's office and baladiya, its type's
 * programme) that the restricted-record rule lets them read, and its total counts nothing else: another caseworker's
 * restricted case is neither shown nor counted. Showing a restricted case in a list is audited.
 */
public interface CaseLists {

    /**
     * One page of the cases matching the filter, in the filter's order.
     *
     * @throws org.masar.shared.InvalidFields when a filter names no known status
     */
    PageJson<CaseListItem> list(CaseFilter filter, Paging paging);

    /** How many cases match the filter (for figures: nothing audited, no names). */
    long count(CaseFilter filter);

    /** The types and stages a list's filter offers (needs {@code cases:read}). */
    CaseListChoices choices();

    /** Whether the signed-in user supervises anyone, so that "my team's cases" means something to them. */
    boolean supervisesAnyone();
}
