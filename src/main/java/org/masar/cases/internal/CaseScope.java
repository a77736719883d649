package org.masar.cases.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.masar.access.OfficeId;
import org.masar.access.Programme;
import org.masar.access.Scopes;

/**
 * Which cases are within a user's scopes: one rule for opening a case ({@link CaseService}) and for listing cases
 * ({@link CaseListQueries}), so a list never shows a case its reader could not open, nor hides one they could.
 *
 * <p>A case is in scope when it is assigned to the user; otherwise when their scopes cover its place — its office, or
 * its baladiya — and, if they are limited to programmes, its type's programme. A caseworker is usually limited to the
 * baladiya they work in, and works the cases there whichever office opened them; an office's staff work its cases
 * wherever they are. (Receiving a case's pending transfer also lets a user open it: {@link CaseService} adds that.)
 * Restricted cases are further limited by row-level security, whatever the scopes.
 */
final class CaseScope {

    private CaseScope() {}

    /** Whether a case at this place, of this programme, assigned to this user, is in the user's scopes. */
    static boolean covers(
            Scopes scopes,
            @Nullable UUID me,
            @Nullable UUID assignee,
            UUID office,
            @Nullable String baladiya,
            String programme) {
        if (me != null && me.equals(assignee)) {
            return true;
        }
        boolean place =
                scopes.coversOffice(new OfficeId(office)) || (baladiya != null && scopes.coversBaladiya(baladiya));
        return place && (scopes.programmes().isEmpty() || scopes.coversProgramme(Programme.valueOf(programme)));
    }

    /**
     * The same rule as a condition on {@code cases_case c} joined to {@code cases_case_type t}, with its parameters
     * (prefixed {@code scope}). The office test is written so that the planner checks it on the rows it reads rather
     * than looking the offices up in their own index (a list by assignee then stays an index-only scan).
     */
    static Condition sql(Scopes scopes, @Nullable UUID me) {
        if (scopes.allOffices() && scopes.programmes().isEmpty()) {
            return new Condition("TRUE", Map.of());
        }
        String place = scopes.allOffices()
                ? "TRUE"
                : "((c.office_id = ANY(:scopeOffices)) IS TRUE OR "
                        + (scopes.allBaladiya()
                                ? "c.baladiya_pcode IS NOT NULL"
                                : "c.baladiya_pcode = ANY(:scopeBaladiya)")
                        + ")";
        String programme = scopes.programmes().isEmpty() ? "TRUE" : "t.programme = ANY(:scopeProgrammes)";
        String rule = "(" + place + " AND " + programme + ")";
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put(
                "scopeOffices", scopes.offices().stream().map(OfficeId::value).toArray(UUID[]::new));
        parameters.put("scopeBaladiya", scopes.baladiya().toArray(String[]::new));
        parameters.put(
                "scopeProgrammes",
                scopes.programmes().stream().map(Programme::name).toArray(String[]::new));
        if (me != null) {
            rule = "(c.assigned_to = :scopeMe OR " + rule + ")";
            parameters.put("scopeMe", me);
        }
        return new Condition(rule, parameters);
    }

    /** A SQL condition and the values of its named parameters. */
    record Condition(String sql, Map<String, Object> parameters) {
        Condition {
            parameters = Map.copyOf(parameters);
        }
    }
}
