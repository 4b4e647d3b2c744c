package org.openoms.kernel.messaging;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.openoms.kernel.common.Require;
import org.openoms.kernel.order.OrderId;

/** An internal note on an order, for colleagues; never sent to the customer. */
public record AddOrderNote(@TargetAggregateIdentifier OrderId orderId, String text) {

    public AddOrderNote {
        Require.present(orderId, "orderId");
        text = Require.freeText(text, "text", 10_000);
    }
}
