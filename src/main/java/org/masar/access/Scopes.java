package org.masar.access;

import java.util.Set;

/**
 * Where a user may work: the offices, baladiya (P-codes) and programmes their data is limited to.
 *
 * <p>The rule is explicit and fails closed. For each kind, a user with listed values is limited to them. A user with
 * none listed for a kind is unrestricted for that kind only if one of their roles is mission-wide; otherwise they are
 * limited to nothing of that kind. Later modules filter their lists with {@link #coversOffice}, {@link
 * #coversBaladiya} and {@link #coversProgramme}, or with the sets themselves in SQL.
 *
 * @param missionWide whether one of the user's roles is mission-wide
 * @param offices the offices the user is limited to (empty: see above)
 * @param baladiya the baladiya P-codes the user is limited to (empty: see above)
 * @param programmes the programmes the user is limited to (empty: see above)
 */
public record Scopes(boolean missionWide, Set<OfficeId> offices, Set<String> baladiya, Set<Programme> programmes) {

    public Scopes {
        offices = Set.copyOf(offices);
        baladiya = Set.copyOf(baladiya);
        programmes = Set.copyOf(programmes);
    }

    /** A user limited to nothing at all. */
    public static Scopes none() {
        return new Scopes(false, Set.of(), Set.of(), Set.of());
    }

    /** Whether the user may work in every office. */
    public boolean allOffices() {
        return missionWide && offices.isEmpty();
    }

    /** Whether the user may work in every baladiya. */
    public boolean allBaladiya() {
        return missionWide && baladiya.isEmpty();
    }

    /** Whether the user may work in every programme. */
    public boolean allProgrammes() {
        return missionWide && programmes.isEmpty();
    }

    public boolean coversOffice(OfficeId office) {
        return allOffices() || offices.contains(office);
    }

    public boolean coversBaladiya(String pcode) {
        return allBaladiya() || baladiya.contains(pcode);
    }

    public boolean coversProgramme(Programme programme) {
        return allProgrammes() || programmes.contains(programme);
    }
}
