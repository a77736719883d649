package org.masar.people;

import java.util.List;
import java.util.Optional;

/**
 * Households: a head and members related to the head. A person belongs to one household at a time; moving closes the
 * old membership and opens a new one, so the history of both households and of the person is kept. Changes need
 * {@code people:edit} and the persons within the user's scopes; reads need {@code people:read} and the head (or the
 * person asked about) within scope. Every change is audited and shown on the person's timeline.
 */
public interface Households {

    /**
     * Founds a household with this person as its head. A head who belongs to another household moves out of it.
     *
     * @throws HouseholdConflict when the person heads another household that still has other members
     */
    Household found(PersonId head);

    /**
     * Adds a person to a household; one who belongs to another moves, and that membership ends now.
     *
     * @throws HouseholdConflict when the person is already a member, heads another household with members, or the
     *     household was dissolved
     */
    Household join(HouseholdId household, PersonId person, Relationship relationship);

    /**
     * A member leaves the household without joining another here. The head may leave only as its last member, which
     * dissolves the household.
     */
    Household leave(HouseholdId household, PersonId person);

    /** A household with its current and past members. */
    Household get(HouseholdId household);

    /** The household a person belongs to now, if any. */
    Optional<Household> householdOf(PersonId person);

    /** Every membership a person has had, most recent first. */
    List<Membership> membershipsOf(PersonId person);
}
