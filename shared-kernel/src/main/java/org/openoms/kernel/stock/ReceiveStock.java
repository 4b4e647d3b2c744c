package org.openoms.kernel.stock;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openoms.kernel.common.Bounds;
import org.openoms.kernel.common.Require;

/** Goods in: a delivery, a transfer in or an opening balance. */
public record ReceiveStock(@TargetAggregateIdentifier StockItemId stockItemId, int quantity, String reference) {

    public ReceiveStock {
        Require.present(stockItemId, "stockItemId");
        Require.quantity(quantity, "quantity", Bounds.MAX_STOCK_QUANTITY);
        reference = Require.optionalText(reference, "reference", 100);
    }
}
