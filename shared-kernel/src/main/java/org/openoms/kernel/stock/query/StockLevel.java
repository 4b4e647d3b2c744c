package org.openoms.kernel.stock.query;

/** Stock at one location; {@link org.openoms.kernel.stock.AvailableToPromise} says what may be promised. */
public record StockLevel(String sku, String location, int onHand, int reserved, int quarantined,
                         int availableToPromise) {
}
