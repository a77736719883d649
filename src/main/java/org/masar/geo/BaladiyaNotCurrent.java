package org.masar.geo;

import org.masar.shared.ConflictException;

/** The baladiya exists but OCHA's current table no longer has it (its validity ended): a new site cannot go there. */
public class BaladiyaNotCurrent extends ConflictException {

    public BaladiyaNotCurrent(PCode pcode) {
        super("geo.baladiya-not-current", pcode.value());
    }
}
