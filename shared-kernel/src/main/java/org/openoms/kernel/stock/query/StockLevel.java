package org.openoms.kernel.stock.query;

/** Available to promise = on hand − reserved, never below zero. */
public record StockLevel(String sku, String location, int onHand, int reserved, int availableToPromise) {
}
