package org.masar.people;

import org.masar.shared.ConflictException;

/** A consent step that contradicts the consents on record: a 409 whose code says which. */
public class ConsentConflict extends ConflictException {

    private ConsentConflict(String code, Object consent) {
        super(code, consent);
    }

    /** The same consent (purpose and partner) holds already. */
    public static ConsentConflict alreadyGiven(Object purpose) {
        return new ConsentConflict("people.consent.already-given", purpose);
    }

    /** The consent was withdrawn already. */
    public static ConsentConflict alreadyWithdrawn(ConsentId consent) {
        return new ConsentConflict("people.consent.already-withdrawn", consent);
    }
}
