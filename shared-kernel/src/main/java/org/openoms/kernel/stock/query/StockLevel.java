package org.openoms.kernel.stock.query;

/** Available to promise = on hand − reserved, never below zero; quarantined units are counted apart. */
public record StockLevel(String sku, String location, int onHand, int reserved, int quarantined,
                         int availableToPromise) {
}
