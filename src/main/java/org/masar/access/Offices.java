package org.masar.access;

import java.util.List;
import java.util.Optional;

/** The offices of the mission and its partners. Changes need {@code access:manage} and are audited. */
public interface Offices {

    /** Every office, active first, by code. Needs {@code access:manage}. */
    List<Office> list();

    Optional<Office> find(OfficeId id);

    /** @throws OfficeNotFound when there is no such office */
    Office get(OfficeId id);

    /** @throws CodeTaken when the code is used already */
    Office create(OfficeDraft draft);

    Office update(OfficeId id, OfficeDraft draft, int version);

    /** Deactivates or reactivates; an inactive office is kept for history but not offered in forms. */
    Office setActive(OfficeId id, boolean active);
}
