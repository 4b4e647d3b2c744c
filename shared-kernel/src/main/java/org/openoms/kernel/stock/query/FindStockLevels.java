package org.openoms.kernel.stock.query;

import org.openoms.kernel.common.Require;

/** Stock per SKU and location; null filters match everything. */
public record FindStockLevels(String sku, String location) {

    public FindStockLevels {
        sku = Require.optionalText(sku, "sku", 64);
        location = Require.optionalText(location, "location", 64);
    }
}
