package org.masar.people;

import java.util.List;

/**
 * A person just registered, with the stored persons they may be (recorded for a supervisor's review when likely).
 *
 * @param registrationNumber nine digits a person can say over the phone
 */
public record Registration(PersonId id, String registrationNumber, List<DuplicateCandidate> duplicateCandidates) {

    public Registration {
        duplicateCandidates = List.copyOf(duplicateCandidates);
    }
}
