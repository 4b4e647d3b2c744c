package org.openoms.kernel.stock.query;

/** Stock per SKU and location; null filters match everything. */
public record FindStockLevels(String sku, String location) {
}
