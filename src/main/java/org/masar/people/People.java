package org.masar.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.masar.shared.PageJson;
import org.masar.shared.Paging;

/**
 * Registering, finding and correcting people. Every step checks the user's permission ({@code people:*}) and scopes,
 * and is audited; details that do not hold are refused with every field in error named, and nothing written.
 */
public interface People {

    /**
     * Registers a person. Never refused for resembling another person: likely duplicates are recorded for a
     * supervisor's review and returned, best first.
     *
     * @throws org.masar.shared.InvalidFields naming the fields in error (a 400 problem)
     */
    Registration register(PersonDetails details);

    /** Registers up to 1,000 people, each all-or-nothing: an outcome per person, in order. */
    List<BatchOutcome> registerAll(List<PersonDetails> people);

    /** Up to 10 stored persons who may be this one, best first; saves nothing. Out-of-scope views are audited. */
    List<DuplicateCandidate> duplicateCandidates(PersonDetails details);

    /** A person's whole record, when the user's scopes cover them; the view is audited. */
    Optional<PersonRecord> find(PersonId id);

    /**
     * A person's whole record; the view is audited.
     *
     * @throws PersonNotFound when there is none (or it was deleted)
     * @throws OutOfScope when the user's scopes do not cover the person
     */
    PersonRecord get(PersonId id);

    /** What is needed to recognise a person, whatever the user's scopes; the view is audited. */
    RecognisablePerson recognise(PersonId id);

    /** People matching the filter within the user's scopes, newest first (best match first when searching text). */
    PageJson<PersonSummary> search(PersonFilter filter, Paging paging);

    /** How many people match the filter within the user's scopes (for figures; nothing audited, no names). */
    long count(PersonFilter filter);

    /**
     * Records that a registration was stopped because the person was already registered: the user chose this existing
     * person among the duplicate candidates, and nothing was created. Audited (how often registrations are caught).
     */
    void linkedAtRegistration(PersonId existing);

    /**
     * Every person matching the filter within the user's scopes, for a spreadsheet (needs {@code people:export}): what
     * a list shows, never phones or documents; at most {@value #MAX_EXPORT}, audited with the filter and the count.
     */
    List<PersonSummary> export(PersonFilter filter);

    /** The most people one export holds. */
    int MAX_EXPORT = 50_000;

    /** A person's history, oldest first (needs {@code people:read} and the person in scope). */
    List<PersonChange> history(PersonId id);

    /** Corrects a person's details; the previous state is kept in the history. */
    PersonRecord correct(PersonId id, int expectedVersion, PersonDetails details);

    /** Deletes a person softly, with a reason; audited. */
    void delete(PersonId id, int expectedVersion, String reason);

    /**
     * Replaces a person's photo (needs {@code people:edit} and the person in scope). The picture is decoded, scaled down
     * and re-encoded, so that nothing but the picture is kept: no camera data, no location.
     *
     * @throws PhotoRejected when it is not a JPEG or PNG picture, or larger than 5 MB
     */
    void replacePhoto(PersonId id, byte[] picture);

    /** A person's photo, for those who may read the person; the view is audited. */
    java.util.Optional<Photo> photo(PersonId id);

    /**
     * The id to use for a person another module holds: the survivor when the person was merged, the person itself
     * otherwise. No permission needed, nothing audited: it reveals nothing about the person.
     *
     * @throws PersonNotFound when no such person was ever registered
     */
    PersonId current(PersonId id);

    /**
     * The labels of persons another module holds in records the caller has already been let read (the rows of a list
     * of cases), in one read for a page of them. No people permission needed and not audited, as {@code
     * access.Directory} gives user names: the calling module answers for who sees its rows, and audits restricted ones.
     * Ids of no person are left out of the answer.
     */
    Map<PersonId, PersonLabel> labels(Collection<PersonId> ids);
}
