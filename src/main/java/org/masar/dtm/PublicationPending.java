package org.masar.dtm;

import org.masar.shared.ConflictException;

/** The version waits for a second officer's decision on its publication, so it may not change meanwhile (withdraw the request first): a 409. */
public class PublicationPending extends ConflictException {

    public PublicationPending(RoundId round) {
        super("dtm.publication-pending", round);
    }
}
