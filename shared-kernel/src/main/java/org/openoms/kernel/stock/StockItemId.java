package org.openoms.kernel.stock;

import org.openoms.kernel.common.LocationId;
import org.openoms.kernel.common.Require;
import org.openoms.kernel.common.Sku;

/** One SKU at one fulfilment location: the identity of a stock item's event stream. */
public record StockItemId(Sku sku, LocationId location) {

    public StockItemId {
        Require.present(sku, "sku");
        Require.present(location, "location");
    }

    public static StockItemId of(String sku, String location) {
        return new StockItemId(new Sku(sku), new LocationId(location));
    }

    /** Axon names the stream by toString(); locations never hold '@', so the last one splits. */
    @Override
    public String toString() {
        return sku.value() + "@" + location.value();
    }
}
