package org.masar.assistance;

import java.util.List;

/**
 * What adding the people a filter finds to a payment list did.
 *
 * @param added how many transfers were added
 * @param skipped the ids of the people left out because they are paid in the cycle already
 */
public record TransfersAdded(int added, List<String> skipped) {

    public TransfersAdded {
        skipped = List.copyOf(skipped);
    }
}
