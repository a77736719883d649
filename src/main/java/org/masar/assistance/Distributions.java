package org.masar.assistance;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.masar.cases.CaseFilter;
import org.masar.people.PersonFilter;
import org.masar.people.PersonId;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;

/**
 * Distributions: planned, given a beneficiary list, opened, closed with a reconciliation. Planning, lists, opening and
 * closing need {@code assistance:manage-distributions}; reading needs {@code assistance:read}; everything is limited to
 * the user's baladiya and programme scopes (403 otherwise). Hand-overs are {@link Handovers}.
 */
public interface Distributions {

    /** The most people one step adds to a list (a filter or case list matching more is refused). */
    int MAX_ADDED = 5_000;

    /** Plans a distribution; every field checked first (400 naming them all, nothing written). */
    Distribution plan(DistributionDraft draft);

    Distribution get(DistributionId id);

    /** Distributions within the user's scopes, latest planned first, optionally of one status. */
    PageJson<Distribution> list(@Nullable String status, Paging paging);

    /** The list, in registration-number order, with who received. */
    PageJson<Beneficiary> beneficiaries(DistributionId id, Paging paging);

    /**
     * Adds these people (current after merges, each within the user's scopes), all or nothing: any unknown, out of
     * scope, repeated or already listed person is a 400 naming each ({@code people[i]}).
     */
    BeneficiariesAdded addPeople(DistributionId id, List<PersonId> people);

    /** Adds everyone matching the people filter within the user's scopes (at most {@link #MAX_ADDED}). */
    BeneficiariesAdded addMatching(DistributionId id, PersonFilter filter);

    /** Adds the people of the cases the case filter lists to the user (at most {@link #MAX_ADDED} cases). */
    BeneficiariesAdded addCasePeople(DistributionId id, CaseFilter filter);

    /**
     * Imports people from a CSV or XLSX file, checked row by row: a row names a person by {@code registration_number},
     * or gives names, sex and age (or date of birth) matched through people's duplicate detection. Any row in error
     * (unknown person, repeated in the file, already listed, a bad value) and nothing is imported: {@link
     * BeneficiaryImportRefused} lists every row's errors; unknown or missing columns are errors of the header (row 1).
     */
    BeneficiariesAdded importList(DistributionId id, String fileName, byte[] content, @Nullable String sheet);

    /** Opens a planned distribution for hand-overs. */
    Distribution open(DistributionId id);

    /** Closes an open distribution, reconciling planned, given and dispatched; no hand-over is accepted after. */
    Distribution close(DistributionId id);
}
