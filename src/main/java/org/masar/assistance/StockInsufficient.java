package org.masar.assistance;

import org.masar.shared.ConflictException;

/**
 * The warehouse does not hold enough of an item for a dispatch, transfer or loss (PostgreSQL refused to take the
 * balance below zero): a 409, and nothing of the step was written.
 */
public class StockInsufficient extends ConflictException {

    public StockInsufficient(String item, Object warehouse, long asked) {
        super("assistance.stock-insufficient", item, warehouse, asked);
    }
}
